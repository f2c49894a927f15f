// stewardctl: the command-line twin of ImageSteward, for CI pipelines and scripts.
#include "cli/CliText.h"
#include "cli/CommandLine.h"
#include "i18n/Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace steward::cli;

namespace {

QList<Command> allCommands()
{
    QList<Command> commands;
    commands += registryCommands();
    commands += storeCommands();
    commands += kasmCommands();
    commands += pullCommands();
    commands += workflowCommands();
    commands += promotionCommands();
    return commands;
}

QList<QCommandLineOption> globalOptions()
{
    return {
        {QStringLiteral("json"), CliText::tr("Print machine-readable JSON.")},
        {QStringLiteral("profile"), CliText::tr("Use the profile in DIR."), QStringLiteral("DIR")},
        {QStringLiteral("insecure-registry"), CliText::tr("Allow plain HTTP or unverified TLS for HOST (repeatable)."),
         QStringLiteral("HOST")},
        {QStringLiteral("ca-file"), CliText::tr("Trust the CA certificates in FILE for registries."),
         QStringLiteral("FILE")},
        {QStringLiteral("docker-config"), CliText::tr("Read docker logins from DIR/config.json."),
         QStringLiteral("DIR")},
        {QStringLiteral("kasm-env"),
         CliText::tr("Use the Kasm server named by STEWARD_KASM_URL, STEWARD_KASM_API_KEY and STEWARD_KASM_API_SECRET "
                     "(and STEWARD_KASM_CA_FILE) instead of the profile's deployment: for CI runners, which have no "
                     "keychain.")},
    };
}

// Options that take a value, so that their value is not mistaken for the command name.
bool takesValue(const QString &arg)
{
    for (const QCommandLineOption &option : globalOptions()) {
        if (option.valueName().isEmpty())
            continue;
        for (const QString &name : option.names()) {
            if (arg == QStringLiteral("--") + name)
                return true;
        }
    }
    return false;
}

// The command words are the first one or two arguments that are not options.
QStringList commandWords(const QStringList &args)
{
    QStringList words;
    for (qsizetype i = 1; i < args.size() && words.size() < 2; ++i) {
        const QString &arg = args.at(i);
        if (arg.startsWith(QLatin1Char('-'))) {
            if (!words.isEmpty())
                break;
            if (takesValue(arg))
                ++i;
            continue;
        }
        words << arg;
    }
    return words;
}

const Command *findCommand(const QList<Command> &commands, const QStringList &words, int *wordCount)
{
    if (words.size() >= 2) {
        const QString twoWords = words.at(0) + QLatin1Char(' ') + words.at(1);
        for (const Command &command : commands) {
            if (command.name == twoWords) {
                *wordCount = 2;
                return &command;
            }
        }
    }
    for (const Command &command : commands) {
        if (!words.isEmpty() && command.name == words.at(0)) {
            *wordCount = 1;
            return &command;
        }
    }
    return nullptr;
}

QString commandList(const QList<Command> &commands)
{
    QString text = CliText::tr("Commands:") + QLatin1Char('\n');
    for (const Command &command : commands) {
        const QString head = command.name + QLatin1Char(' ') + command.synopsis;
        text += QStringLiteral("  ") + head.leftJustified(44) + QLatin1Char(' ') + command.summary + QLatin1Char('\n');
    }
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("stewardctl"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("imagesteward.org"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STEWARD_VERSION));
    steward::installTranslations(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QList<Command> commands = allCommands();
    const QStringList args = QCoreApplication::arguments();

    int wordCount = 0;
    const QStringList words = commandWords(args);
    const Command *command = findCommand(commands, words, &wordCount);

    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("ImageSteward from the command line: registries, logins, the Kasm "
                                                 "deployment and agent pull forecasts.") +
                                     QLatin1Char('\n') + commandList(commands));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    parser.addOptions(globalOptions());
    if (command)
        parser.addOptions(command->options);
    parser.addPositionalArgument(QStringLiteral("command"), CliText::tr("What to do."));

    if (!parser.parse(args)) {
        err << QStringLiteral("stewardctl: ") << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(versionOption)) {
        out << QStringLiteral("stewardctl ") << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }
    if (parser.isSet(helpOption) || words.isEmpty()) {
        if (command) {
            out << QStringLiteral("Usage: stewardctl ") << command->name << QLatin1Char(' ') << command->synopsis
                << QStringLiteral("\n\n") << command->summary << QLatin1Char('\n');
            for (const QCommandLineOption &option : command->options) {
                const QString head = QStringLiteral("--") + option.names().constFirst() +
                                     (option.valueName().isEmpty() ? QString() : QLatin1Char(' ') + option.valueName());
                // At least two spaces between an option and its description, however long the option: the man page
                // and the shell completion are generated from this text.
                out << QStringLiteral("  ") << (head.size() < 30 ? head.leftJustified(31) : head + QStringLiteral("  "))
                    << option.description() << QLatin1Char('\n');
            }
            return ExitOk;
        }
        out << parser.helpText();
        return words.isEmpty() && !parser.isSet(helpOption) ? ExitUsage : ExitOk;
    }
    if (!command) {
        err << QStringLiteral("stewardctl: ")
            << CliText::tr("unknown command \"%1\"; run stewardctl --help for the list")
                   .arg(words.join(QLatin1Char(' ')))
            << Qt::endl;
        return ExitUsage;
    }

    const QStringList positional = parser.positionalArguments().mid(wordCount);
    CommandContext context(parser, positional, out, err);
    if (positional.size() < command->minArgs || (command->maxArgs >= 0 && positional.size() > command->maxArgs))
        return context.usage(CliText::tr("usage: stewardctl %1 %2").arg(command->name, command->synopsis));
    const int code = command->run(context);
    out.flush();
    err.flush();
    return code;
}
