#include "PlistReader.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace ipw::test {
namespace {

QVariant readValue(QXmlStreamReader &r);

QVariant readDict(QXmlStreamReader &r)
{
    QVariantMap map;
    QString key;
    while (r.readNextStartElement()) {
        if (r.name() == u"key") {
            key = r.readElementText();
        } else {
            map.insert(key, readValue(r));
        }
    }
    return map;
}

QVariant readValue(QXmlStreamReader &r)
{
    const QString name = r.name().toString();
    if (name == u"dict")
        return readDict(r);
    if (name == u"array") {
        QVariantList list;
        while (r.readNextStartElement())
            list.append(readValue(r));
        return list;
    }
    if (name == u"true" || name == u"false") {
        r.skipCurrentElement();
        return name == u"true";
    }
    const QString text = r.readElementText();
    if (name == u"integer")
        return text.toLongLong();
    return text;
}

}  // namespace

std::optional<QByteArray> roundTripThroughPlistutil(const QByteArray &xml, QString *why)
{
    QTemporaryDir dir;
    const auto run = [&](const QStringList &args) {
        QProcess p;
        p.start(u"plistutil"_s, args);
        if (!p.waitForFinished(20000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            *why = u"plistutil %1: %2"_s.arg(args.join(u' '), QString::fromUtf8(p.readAllStandardError()));
            return false;
        }
        return true;
    };
    QFile in(dir.filePath(u"in.plist"_s));
    if (!in.open(QIODevice::WriteOnly) || in.write(xml) != xml.size())
        return std::nullopt;
    in.close();
    if (!run({u"-i"_s, in.fileName(), u"-o"_s, dir.filePath(u"bin.plist"_s), u"-f"_s, u"bin"_s}) ||
        !run({u"-i"_s, dir.filePath(u"bin.plist"_s), u"-o"_s, dir.filePath(u"out.plist"_s), u"-f"_s, u"xml"_s}))
        return std::nullopt;
    QFile out(dir.filePath(u"out.plist"_s));
    if (!out.open(QIODevice::ReadOnly))
        return std::nullopt;
    return out.readAll();
}

QVariant readPlist(const QByteArray &xml, QString *why)
{
    QXmlStreamReader r(xml);
    if (!r.readNextStartElement() || r.name() != u"plist" || !r.readNextStartElement()) {
        *why = u"not a plist"_s;
        return {};
    }
    QVariant value = readValue(r);
    if (r.hasError()) {
        *why = r.errorString();
        return {};
    }
    return value;
}

}  // namespace ipw::test
