#include "cli/CommandLine.h"

#include "registry/RegistryClient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace steward::cli {

CommandContext::CommandContext(const QCommandLineParser &parser, QStringList positional, QTextStream &out,
                               QTextStream &err)
    : m_parser(parser), m_positional(std::move(positional)), m_out(out), m_err(err)
{}

bool CommandContext::json() const
{
    return m_parser.isSet(QStringLiteral("json"));
}

bool CommandContext::kasmFromEnvironment() const
{
    return m_parser.isSet(QStringLiteral("kasm-env"));
}

QString CommandContext::profileDir() const
{
    return m_parser.value(QStringLiteral("profile"));
}

QString CommandContext::dockerConfigDir() const
{
    return m_parser.value(QStringLiteral("docker-config"));
}

QString CommandContext::caFile() const
{
    return m_parser.value(QStringLiteral("ca-file"));
}

QStringList CommandContext::insecureRegistries() const
{
    return m_parser.values(QStringLiteral("insecure-registry"));
}

void CommandContext::printJson(const QJsonValue &value)
{
    QJsonDocument doc;
    if (value.isArray())
        doc.setArray(value.toArray());
    else
        doc.setObject(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

int CommandContext::fail(const Error &error)
{
    m_out.flush();
    m_err << QStringLiteral("stewardctl: ") << error.toString() << Qt::endl;
    return ExitFailure;
}

int CommandContext::usage(const QString &message)
{
    m_out.flush();
    m_err << QStringLiteral("stewardctl: ") << message << Qt::endl;
    return ExitUsage;
}

void CommandContext::printTable(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (widths.size() <= c)
                widths << 0;
            widths[c] = std::max(widths[c], row.at(c).size());
        }
    }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c)
            line += c + 1 < row.size() ? row.at(c).leftJustified(widths.at(c) + 2) : row.at(c);
        m_out << line << Qt::endl;
    }
}

QByteArray CommandContext::readStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return in.readAll();
}

QString CommandContext::readSecretFromStdin()
{
    QByteArray bytes = readStdin();
    while (bytes.endsWith('\n') || bytes.endsWith('\r'))
        bytes.chop(1);
    return QString::fromUtf8(bytes);
}

Status CommandContext::applyTlsOptions(registry::RegistryClient &client) const
{
    if (const Status ca = registry::RegistryClient::checkCaFile(caFile()); !ca)
        return ca;
    registry::RegistryOptions defaults;
    defaults.caFile = caFile();
    client.setDefaultOptions(defaults);
    for (const QString &host : insecureRegistries()) {
        registry::RegistryOptions insecure = defaults;
        insecure.insecure = true;
        client.setRegistryOptions(host, insecure);
    }
    return {};
}

} // namespace steward::cli
