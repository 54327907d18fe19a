#pragma once
// Reading back what a test made, with the tools that users' own software would use (pdftotext, zbarimg, …).

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ipw::test {

/// The standard output of `program args` (UTF-8); the test fails (REQUIRE) when it does not exit 0 within 30 s.
QString toolOutput(const QString &program, const QStringList &args);
/// The whole file; empty when it cannot be read.
QByteArray fileBytes(const QString &path);

}  // namespace ipw::test
