#pragma once

#include "net/CheckSettings.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QString>

#include <optional>
#include <variant>

class QCommandLineParser;

namespace ipw::cli {

/// What the user asked for on the command line, validated.
struct CheckRequest {
    CheckSettings settings;  ///< password not included: it comes from stdin
    bool passwordFromStdin = false;
    bool json = false;
    bool transcript = false;
};

/// The connection-check options of imap-password-check: --imap/--smtp HOST[:PORT], security, --no-imap,
/// --no-smtp, --user, --smtp-user, --password-stdin, --ca-file, --trust-cert, --timeout, --allow-plaintext, --json,
/// --transcript.
/// (--lang is handled by main before anything else, so that every message is in the chosen language.)
///
/// Other option groups (providers, saved accounts) register their own options on the same parser and may fill
/// endpoints in before toRequest() runs: an endpoint already present in `base` is kept unless --imap/--smtp
/// override it.
///
///     QCommandLineParser parser;
///     CheckOptions options;
///     options.addTo(parser);
///     parser.parse(args);
///     auto request = options.toRequest(parser, {});   // CheckRequest, or a localized error message
class CheckOptions {
    Q_DECLARE_TR_FUNCTIONS(CheckOptions)
public:
    CheckOptions();
    void addTo(QCommandLineParser &parser) const;
    /// `baseIsSavedAccount`: `base` holds a saved account's servers, so a server it lacks (an account saved
    /// without SMTP) is left out as if --no-smtp/--no-imap had been given, instead of being asked for.
    std::variant<CheckRequest, QString> toRequest(const QCommandLineParser &parser, const CheckSettings &base,
                                                  bool baseIsSavedAccount = false) const;

    /// "host", "host:port", "[v6]:port", IDN allowed → endpoint; error message on failure. Without `security`, a
    /// standard port implies it (ServerAddress::securityForPort); without a port, the security's standard port.
    static std::variant<ServerEndpoint, QString> parseEndpoint(const QString &text, const QString &option,
                                                               std::optional<Security> security, Protocol protocol);
    /// The host and the port as typed (HostPort::parse), or the localized error naming --`option`.
    static std::variant<HostPort, QString> parseHostPort(const QString &text, const QString &option);

private:
    QCommandLineOption m_imap, m_imapSecurity, m_smtp, m_smtpSecurity, m_noImap, m_noSmtp, m_user, m_smtpUser,
        m_passwordStdin, m_caFile, m_trustCert, m_timeout, m_allowPlaintext, m_json, m_transcript;
};

}  // namespace ipw::cli
