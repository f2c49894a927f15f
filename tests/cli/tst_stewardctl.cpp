// stewardctl as a script sees it: exit codes, help, version, one clear line on error.
#include <QProcess>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run stewardctl(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(STEWARDCTL_PATH), args);
    process.waitForFinished(30000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestStewardctl final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionPrintsTheProjectVersion()
    {
        const Run run = stewardctl({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QStringLiteral("stewardctl " STEWARD_VERSION));
    }

    void helpListsGlobalOptions()
    {
        const Run run = stewardctl({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const char *option : {"--json", "--profile", "--insecure-registry", "--ca-file", "--docker-config"})
            QVERIFY2(run.out.contains(QLatin1String(option)), option);
    }

    void noCommandIsAUsageError()
    {
        const Run run = stewardctl({});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.contains(QLatin1String("Usage:")));
    }

    void unknownCommandSaysSoOnOneLine()
    {
        const Run run =
            stewardctl({QStringLiteral("--profile"), QStringLiteral("/tmp/x"), QStringLiteral("frobnicate")});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(run.err.contains(QLatin1String("unknown command \"frobnicate\"")), qPrintable(run.err));
    }

    void unknownOptionIsAUsageError()
    {
        const Run run = stewardctl({QStringLiteral("--no-such-option")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("no-such-option")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestStewardctl)
#include "tst_stewardctl.moc"
