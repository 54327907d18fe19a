#include "TestEnv.h"

#include <QDir>

namespace ipw::test {
namespace {
QString fromEnv(const char *name, const QString &fallback)
{
    const QString value = qEnvironmentVariable(name);
    return QDir::cleanPath(value.isEmpty() ? fallback : value);
}
}  // namespace

QString sourceDir()
{
    return fromEnv("IPW_SOURCE_DIR", QStringLiteral(IPW_SOURCE_DIR_DEFAULT));
}
QString sharedDataDir()
{
    return sourceDir() + QStringLiteral("/tests/data");
}
QString testDataDir()
{
    return fromEnv("IPW_TEST_DATA", QString());
}

}  // namespace ipw::test
