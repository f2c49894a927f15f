// The Build → Push → Test → Deploy cycle end to end as a pipeline drives it: stewardctl on a profile's simulated
// deployment and the real registry (Debian's docker-registry), the registry's tags checked with skopeo. Both deploy
// strategies, rollback, the guards (unverified, re-pushed unique tag, a change by another process), and a real
// SIGKILL at every step boundary of a deploy, resumed or abandoned by the next process.
#include "RegistryFixture.h"
#include "RegistryTestUtil.h"
#include "SeedImage.h"
#include "ServiceRequirement.h"
#include "SyncHttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace steward::test;

namespace {

struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::NormalExit;
    QString out;
    QString err;
    QJsonValue json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(out.toUtf8()).array(); }
};

const QString Testers = QStringLiteral("Image Testers");

} // namespace

class TestPromotionCycle final : public QObject
{
    Q_OBJECT

private:
    RegistryFixture m_registry;
    bool m_started = false;
    std::unique_ptr<QTemporaryDir> m_profile;

    QString repo(const QString &name) const { return m_registry.hostPort() + QStringLiteral("/kasm-demo/") + name; }

    Run stewardctl(const QStringList &args, const QString &killAt = {}) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        if (!killAt.isEmpty())
            env.insert(QStringLiteral("STEWARDCTL_KILL_AT"), killAt);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(STEWARDCTL_PATH),
                      QStringList{QStringLiteral("--profile"), m_profile->path(), QStringLiteral("--insecure-registry"),
                                  m_registry.hostPort()} +
                          args);
        if (!process.waitForFinished(60000))
            process.kill();
        return {process.exitCode(), process.exitStatus(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    Run ok(const QStringList &args) const
    {
        const Run run = stewardctl(args);
        if (run.exitCode != 0)
            qWarning("stewardctl %s: %s", qPrintable(args.join(u' ')), qPrintable(run.err));
        return run;
    }

    QString seed(const QString &name, const QString &tag, const QByteArray &payload,
                 const SeedOptions &options = {}) const
    {
        SyncHttp http;
        const SeededImage image =
            seedImage(http, m_registry.baseUrl(), QStringLiteral("kasm-demo/") + name, tag, payload, options);
        return image.ok ? image.digest : QString();
    }

    QString skopeoDigest(const QString &ref) const
    {
        const QString relative = ref.mid(m_registry.hostPort().size() + 1);
        return skopeoInspect(m_registry, relative).value(QStringLiteral("Digest")).toString();
    }

    QJsonObject image(const QString &friendlyName) const
    {
        const Run run = ok({QStringLiteral("kasm"), QStringLiteral("images"), QStringLiteral("--json"),
                            QStringLiteral("--demo-registry"), m_registry.hostPort()});
        for (const QJsonValue &value : QJsonDocument::fromJson(run.out.toUtf8()).array()) {
            if (value.toObject().value(QStringLiteral("friendly_name")).toString() == friendlyName)
                return value.toObject();
        }
        return {};
    }

    QStringList groupsOf(const QString &friendlyName) const
    {
        QStringList names;
        for (const QJsonValue &group : image(friendlyName).value(QStringLiteral("groups")).toArray())
            names << (group.isObject() ? group.toObject().value(QStringLiteral("name")).toString() : group.toString());
        names.sort();
        return names;
    }

    QJsonArray history(const QString &friendlyName) const
    {
        return ok({QStringLiteral("history"), friendlyName, QStringLiteral("--json")}).array();
    }

    QStringList demo() const { return {QStringLiteral("--demo-registry"), m_registry.hostPort()}; }

    // A fresh profile whose simulated deployment points at the test registry, with `friendlyName` managed.
    void manage(const QString &friendlyName, const QString &name, const QString &strategy)
    {
        m_profile = std::make_unique<QTemporaryDir>();
        const Run managed =
            ok(QStringList{QStringLiteral("manage"), friendlyName, QStringLiteral("--repository"), repo(name),
                           QStringLiteral("--test-group"), Testers, QStringLiteral("--strategy"), strategy,
                           QStringLiteral("--moving"), QStringLiteral("stable")} +
               demo());
        QVERIFY2(managed.exitCode == 0, qPrintable(managed.err));
    }

    // send-to-test, then verify: the build is ready to deploy.
    void testAndVerify(const QString &friendlyName, const QString &name, const QString &tag, const QString &digest)
    {
        const Run sent = ok(QStringList{QStringLiteral("send-to-test"), repo(name) + QLatin1Char(':') + tag,
                                        QStringLiteral("--image"), friendlyName, QStringLiteral("--json")} +
                            demo());
        QVERIFY2(sent.exitCode == 0, qPrintable(sent.err));
        QCOMPARE(sent.json().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        QCOMPARE(sent.json().toObject().value(QStringLiteral("digest")).toString(), digest);
        const QJsonObject twin = image(friendlyName + QStringLiteral(" (test)"));
        QCOMPARE(twin.value(QStringLiteral("name")).toString(), repo(name) + QLatin1Char(':') + tag);
        QCOMPARE(groupsOf(friendlyName + QStringLiteral(" (test)")), QStringList{Testers});
        const Run verified = ok(QStringList{QStringLiteral("verify"), friendlyName, QStringLiteral("--digest"), digest,
                                            QStringLiteral("--note"), QStringLiteral("smoke test passed")} +
                                demo());
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
    }

private Q_SLOTS:
    void initTestCase() { m_started = m_registry.start(); }

    // stewardctl words a plan's steps as the plan dialog does: the twin and the test group by name, never "@twin" or
    // a Kasm id; --json keeps the ids in the steps' params and says the same sentence in "description".
    void thePrintedPlanNamesTheTwinAndTheTestGroupLikeTheWindow()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        seed(QStringLiteral("chrome"), QStringLiteral("20261115-0400"), "prod\n");
        const QString build = seed(QStringLiteral("chrome"), QStringLiteral("20261128-0400"), "build words\n");
        QVERIFY(!build.isEmpty());
        manage(QStringLiteral("Chrome"), QStringLiteral("chrome"), QStringLiteral("pin"));
        const QString chromeId = image(QStringLiteral("Chrome")).value(QStringLiteral("image_id")).toString();
        QVERIFY(!chromeId.isEmpty());
        const QStringList send{QStringLiteral("send-to-test"), repo(QStringLiteral("chrome:20261128-0400")),
                               QStringLiteral("--image"), QStringLiteral("Chrome")};

        const Run planned = ok(send + QStringList{QStringLiteral("--plan-only")} + demo());
        QVERIFY2(planned.exitCode == 0, qPrintable(planned.err));
        QVERIFY2(!planned.out.contains(QLatin1String("@twin")), qPrintable(planned.out));
        QVERIFY2(planned.out.contains(QStringLiteral("Assign “Chrome (test)” to %1 only").arg(Testers)),
                 qPrintable(planned.out));
        QVERIFY2(planned.out.contains(QStringLiteral("Create the test twin “Chrome (test)”")), qPrintable(planned.out));
        QVERIFY2(!planned.out.contains(QLatin1String("not in the deployment")), qPrintable(planned.out));
        // The heading and the steps' digests are short, as in the window; --json keeps them in full.
        const QString heading = planned.out.section(u'\n', 0, 0);
        QVERIFY2(heading.startsWith(QLatin1String("Plan send-to-test for \"Chrome\": 20261128-0400 ")),
                 qPrintable(heading));
        QVERIFY2(heading.endsWith(build.left(19) + u'…'), qPrintable(heading));
        QVERIFY2(!planned.out.contains(build), qPrintable(planned.out));
        const QString steps =
            planned.out.split(u'\n').filter(QRegularExpression(QStringLiteral("^  \\d+\\. "))).join(u'\n');
        QCOMPARE(steps.count(u'\n'), 3); // four steps
        QVERIFY2(!steps.contains(build), qPrintable(steps));
        QVERIFY2(steps.contains(build.left(19) + u'…'), qPrintable(steps));

        const Run json = ok(send + QStringList{QStringLiteral("--plan-only"), QStringLiteral("--json")} + demo());
        QString groupsDescription;
        for (const QJsonValue &step : json.json().toObject().value(QStringLiteral("steps")).toArray()) {
            const QJsonObject o = step.toObject();
            QVERIFY2(!o.value(QStringLiteral("description")).toString().contains(QLatin1String("@twin")),
                     qPrintable(o.value(QStringLiteral("description")).toString()));
            if (o.value(QStringLiteral("action")).toString() != QLatin1String("set-groups"))
                continue;
            groupsDescription = o.value(QStringLiteral("description")).toString();
            // The machine fields stay ids: a script matches on them.
            QCOMPARE(o.value(QStringLiteral("params")).toObject().value(QStringLiteral("image_id")).toString(),
                     QStringLiteral("@twin"));
        }
        QCOMPARE(groupsDescription, QStringLiteral("Assign “Chrome (test)” to %1 only").arg(Testers));

        // The progress lines of a run say it the same way.
        const Run sent = ok(send + demo());
        QVERIFY2(sent.exitCode == 0, qPrintable(sent.err));
        QVERIFY2(sent.out.contains(QStringLiteral("[done] Assign “Chrome (test)” to %1 only").arg(Testers)),
                 qPrintable(sent.out));
        QVERIFY2(!sent.out.contains(QLatin1String("@twin")), qPrintable(sent.out));
        QVERIFY(ok(QStringList{QStringLiteral("verify"), QStringLiteral("Chrome"), QStringLiteral("--digest"), build} +
                   demo())
                    .exitCode == 0);

        // `history` names the image as the window does, not by its Kasm id; --json keeps the id and the full digest.
        const Run history = ok(QStringList{QStringLiteral("history"), QStringLiteral("Chrome")} + demo());
        QVERIFY2(history.exitCode == 0, qPrintable(history.err));
        const QStringList rows = history.out.split(u'\n', Qt::SkipEmptyParts).mid(1);
        QVERIFY2(rows.size() >= 2, qPrintable(history.out)); // sent to test, verified
        for (const QString &row : rows) {
            QVERIFY2(row.contains(QLatin1String(" Chrome ")), qPrintable(row));
            QVERIFY2(!row.contains(chromeId), qPrintable(row));
            QVERIFY2(!row.contains(QLatin1String("not in the deployment")), qPrintable(row));
            QVERIFY2(!row.contains(build) && row.contains(build.left(19) + u'…'), qPrintable(row));
        }
        const QJsonObject event = this->history(QStringLiteral("Chrome")).first().toObject();
        QCOMPARE(event.value(QStringLiteral("image_id")).toString(), chromeId);
        QCOMPARE(event.value(QStringLiteral("digest")).toString(), build);

        // An interrupted deploy, as `plans` lists it and `abandon` undoes it: the user-facing image by name.
        const Run killed = stewardctl(QStringList{QStringLiteral("deploy"), QStringLiteral("Chrome")} + demo(),
                                      QStringLiteral("done:1"));
        QCOMPARE(killed.status, QProcess::CrashExit);
        const Run plans = ok({QStringLiteral("plans")});
        QVERIFY2(plans.out.contains(QStringLiteral("[done] Point “Chrome” at ")), qPrintable(plans.out));
        QVERIFY2(!plans.out.contains(chromeId), qPrintable(plans.out));
        const QString id = ok({QStringLiteral("plans"), QStringLiteral("--json")})
                               .array()
                               .first()
                               .toObject()
                               .value(QStringLiteral("promotion_id"))
                               .toString();
        const Run abandoned = ok({QStringLiteral("abandon"), id});
        QVERIFY2(abandoned.exitCode == 0, qPrintable(abandoned.err));
        QVERIFY2(abandoned.out.contains(QStringLiteral("[undone] Point “Chrome” at ")), qPrintable(abandoned.out));
        QVERIFY2(!abandoned.out.contains(chromeId), qPrintable(abandoned.out));
    }

    void pinCycleWithRollback()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        const QString production = seed(QStringLiteral("chrome"), QStringLiteral("20261115-0400"), "prod\n");
        const QString build1 = seed(QStringLiteral("chrome"), QStringLiteral("20261128-0400"), "build one\n");
        SeedOptions nextDay;
        nextDay.created = QDateTime(QDate(2026, 11, 29), QTime(4, 0), Qt::UTC);
        const QString build2 = seed(QStringLiteral("chrome"), QStringLiteral("ci-2"), "build two\n", nextDay);
        QVERIFY(!production.isEmpty() && !build1.isEmpty() && !build2.isEmpty());
        manage(QStringLiteral("Chrome"), QStringLiteral("chrome"), QStringLiteral("pin"));
        // CI's push step: the unique tag from the image's creation time, recorded as a build of the managed image.
        const Run pushed =
            ok({QStringLiteral("push-tags"), repo(QStringLiteral("chrome:ci-2")), QStringLiteral("--unique"),
                QStringLiteral("%Y%m%d-%H%M"), QStringLiteral("--no-moving")});
        QVERIFY2(pushed.out.contains(QLatin1String("Recorded as a build of Chrome")),
                 qPrintable(pushed.out + pushed.err));
        QCOMPARE(skopeoDigest(repo(QStringLiteral("chrome:20261129-0400"))), build2);
        const QStringList groupsBefore = groupsOf(QStringLiteral("Chrome"));

        // Nothing verified yet: refused, nothing changed.
        const Run early = stewardctl(QStringList{QStringLiteral("deploy"), QStringLiteral("Chrome")} + demo());
        QCOMPARE(early.exitCode, 1);
        QVERIFY2(early.err.contains(QLatin1String("Nothing of \"Chrome\" is verified yet")), qPrintable(early.err));

        testAndVerify(QStringLiteral("Chrome"), QStringLiteral("chrome"), QStringLiteral("20261128-0400"), build1);
        const QString twinId = image(QStringLiteral("Chrome (test)")).value(QStringLiteral("image_id")).toString();
        QVERIFY(!twinId.isEmpty());

        const Run deployed =
            ok(QStringList{QStringLiteral("deploy"), QStringLiteral("Chrome"), QStringLiteral("--json")} + demo());
        QVERIFY2(deployed.exitCode == 0, qPrintable(deployed.err));
        const QJsonObject plan = deployed.json().toObject();
        QCOMPARE(plan.value(QStringLiteral("previous_digest")).toString(), production);
        QCOMPARE(plan.value(QStringLiteral("steps")).toArray().size(), 2); // set the name, record the stage
        QCOMPARE(image(QStringLiteral("Chrome")).value(QStringLiteral("name")).toString(),
                 repo(QStringLiteral("chrome:20261128-0400")));
        QCOMPARE(groupsOf(QStringLiteral("Chrome")), groupsBefore);

        // Build 2: the same twin is re-pinned, not duplicated.
        testAndVerify(QStringLiteral("Chrome"), QStringLiteral("chrome"), QStringLiteral("20261129-0400"), build2);
        QCOMPARE(image(QStringLiteral("Chrome (test)")).value(QStringLiteral("image_id")).toString(), twinId);
        QVERIFY(ok(QStringList{QStringLiteral("deploy"), QStringLiteral("Chrome")} + demo()).exitCode == 0);
        QCOMPARE(image(QStringLiteral("Chrome")).value(QStringLiteral("name")).toString(),
                 repo(QStringLiteral("chrome:20261129-0400")));

        const Run rolledBack = ok(QStringList{QStringLiteral("rollback"), QStringLiteral("Chrome")} + demo());
        QVERIFY2(rolledBack.exitCode == 0, qPrintable(rolledBack.err));
        QCOMPARE(image(QStringLiteral("Chrome")).value(QStringLiteral("name")).toString(),
                 repo(QStringLiteral("chrome:20261128-0400")));
        // The registry was never touched by a pin: the tags are what CI pushed.
        QCOMPARE(skopeoDigest(repo(QStringLiteral("chrome:20261128-0400"))), build1);
        QCOMPARE(skopeoDigest(repo(QStringLiteral("chrome:20261129-0400"))), build2);

        QStringList stages;
        for (const QJsonValue &event : history(QStringLiteral("Chrome")))
            stages << event.toObject().value(QStringLiteral("kind")).toString();
        QCOMPARE(stages, (QStringList{QStringLiteral("rollback"), QStringLiteral("deploy"), QStringLiteral("verify"),
                                      QStringLiteral("test"), QStringLiteral("deploy"), QStringLiteral("verify"),
                                      QStringLiteral("test"), QStringLiteral("build")}));
        const QJsonObject rollback = history(QStringLiteral("Chrome")).first().toObject();
        QCOMPARE(rollback.value(QStringLiteral("digest")).toString(), build1);
        QCOMPARE(rollback.value(QStringLiteral("previous_digest")).toString(), build2);
        QVERIFY(ok({QStringLiteral("plans"), QStringLiteral("--json")}).array().isEmpty());
    }

    void sendToTestWaitDrivesTheSimulatedFleetUntilTheAgentsHoldTheBuild()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        QVERIFY(!seed(QStringLiteral("chrome"), QStringLiteral("20261115-0400"), "prod\n").isEmpty());
        SeedOptions both;
        both.multiPlatform = true; // the demo's arm64 agents pull it too
        const QString build1 = seed(QStringLiteral("chrome"), QStringLiteral("20261203-0400"), "waited one\n", both);
        const QString build2 = seed(QStringLiteral("chrome"), QStringLiteral("20261204-0400"), "waited two\n", both);
        QVERIFY(!build1.isEmpty() && !build2.isEmpty());
        manage(QStringLiteral("Chrome"), QStringLiteral("chrome"), QStringLiteral("pin"));

        // Nothing else runs the simulated fleet: --wait drives it (at ×3600 here). The demo's agent-east-05 has no
        // disk left for a fifth image, so the pull model says it never pulls the twin: 11 of 12 is all there is.
        const Run sent =
            stewardctl(QStringList{QStringLiteral("send-to-test"), repo(QStringLiteral("chrome:20261203-0400")),
                                   QStringLiteral("--image"), QStringLiteral("Chrome"), QStringLiteral("--wait"),
                                   QStringLiteral("90"), QStringLiteral("--speed"), QStringLiteral("3600"),
                                   QStringLiteral("--json")} +
                       demo());
        QVERIFY2(sent.status == QProcess::NormalExit && sent.exitCode == 0, qPrintable(sent.out + sent.err));
        const QJsonObject result = sent.json().toObject();
        QCOMPARE(result.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        const QJsonObject finalReadiness = result.value(QStringLiteral("final_readiness")).toObject();
        QCOMPARE(finalReadiness.value(QStringLiteral("eligible")).toInt(), 12);
        QCOMPARE(finalReadiness.value(QStringLiteral("holding")).toInt(), 11);
        // What the agents hold was written to the profile: a later process sees it.
        int holding = 0;
        const Run agents =
            ok(QStringList{QStringLiteral("kasm"), QStringLiteral("agents"), QStringLiteral("--json")} + demo());
        for (const QJsonValue &agent : QJsonDocument::fromJson(agents.out.toUtf8()).array())
            holding += QJsonDocument(agent.toObject()).toJson().contains(build1.toUtf8());
        QCOMPARE(holding, 11);

        // All of them (the default) cannot be had: the wait ends at once with the reason, not at the timeout.
        const Run all =
            stewardctl(QStringList{QStringLiteral("send-to-test"), repo(QStringLiteral("chrome:20261204-0400")),
                                   QStringLiteral("--image"), QStringLiteral("Chrome"), QStringLiteral("--wait"),
                                   QStringLiteral("--speed"), QStringLiteral("3600")} +
                       demo());
        QCOMPARE(all.exitCode, 1);
        QVERIFY2(all.out.contains(QLatin1String("agents hold it (")), qPrintable(all.out));
        QVERIFY2(all.out.contains(QLatin1String("at their next check-in, within")), qPrintable(all.out));
        QVERIFY2(all.err.contains(QLatin1String("11 of 12 agents hold")), qPrintable(all.err));
        QVERIFY2(all.err.contains(QLatin1String("agent-east-05: not enough free disk")), qPrintable(all.err));

        const Run badShare =
            stewardctl(QStringList{QStringLiteral("send-to-test"), repo(QStringLiteral("chrome:20261204-0400")),
                                   QStringLiteral("--image"), QStringLiteral("Chrome"), QStringLiteral("--wait"),
                                   QStringLiteral("150")} +
                       demo());
        QCOMPARE(badShare.exitCode, 2);
        QVERIFY2(badShare.err.contains(QLatin1String("up to 100")), qPrintable(badShare.err));
    }

    void deployWaitReadyDrivesTheSimulatedFleetAndSaysWhoCannotPull()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        QVERIFY(!seed(QStringLiteral("chrome"), QStringLiteral("20261115-0400"), "prod\n").isEmpty());
        SeedOptions both;
        both.multiPlatform = true;
        const QString build = seed(QStringLiteral("chrome"), QStringLiteral("20261205-0400"), "ready one\n", both);
        QVERIFY(!build.isEmpty());
        manage(QStringLiteral("Chrome"), QStringLiteral("chrome"), QStringLiteral("pin"));
        testAndVerify(QStringLiteral("Chrome"), QStringLiteral("chrome"), QStringLiteral("20261205-0400"), build);
        // Without a fleet running nobody pulled the twin: the plan says so.
        const Run planned = ok(QStringList{QStringLiteral("deploy"), QStringLiteral("Chrome"),
                                           QStringLiteral("--plan-only"), QStringLiteral("--json")} +
                               demo());
        const QJsonObject before = planned.json().toObject().value(QStringLiteral("readiness")).toObject();
        QCOMPARE(before.value(QStringLiteral("eligible")).toInt(), 12);
        QCOMPARE(before.value(QStringLiteral("holding")).toInt(), 0);

        // --wait-ready runs the fleet until the twin is everywhere it can be; agent-east-05 never gets it through the
        // twin, so zero downtime is out of reach and the deploy is refused with the reason, the image unchanged.
        const Run deployed =
            stewardctl(QStringList{QStringLiteral("deploy"), QStringLiteral("Chrome"), QStringLiteral("--wait-ready"),
                                   QStringLiteral("--speed"), QStringLiteral("3600")} +
                       demo());
        QCOMPARE(deployed.exitCode, 1);
        QVERIFY2(deployed.err.contains(QLatin1String("11 of 12 agents hold")), qPrintable(deployed.err));
        QVERIFY2(deployed.err.contains(QLatin1String("agent-east-05: not enough free disk")), qPrintable(deployed.err));
        QCOMPARE(image(QStringLiteral("Chrome")).value(QStringLiteral("name")).toString(),
                 repo(QStringLiteral("chrome:20261115-0400")));
        const Run after = ok(QStringList{QStringLiteral("deploy"), QStringLiteral("Chrome"),
                                         QStringLiteral("--plan-only"), QStringLiteral("--json")} +
                             demo());
        QCOMPARE(after.json().toObject().value(QStringLiteral("readiness")).toObject().value(QStringLiteral("holding")),
                 QJsonValue(11));
    }

    void moveCycleMovesOnlyTheMovingTag()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        const QString production = seed(QStringLiteral("office"), QStringLiteral("20261110-0400"), "office prod\n");
        const QString build1 = seed(QStringLiteral("office"), QStringLiteral("20261201-0400"), "office one\n");
        QVERIFY(!production.isEmpty() && !build1.isEmpty());
        manage(QStringLiteral("Office"), QStringLiteral("office"), QStringLiteral("move"));
        testAndVerify(QStringLiteral("Office"), QStringLiteral("office"), QStringLiteral("20261201-0400"), build1);

        const Run deployed =
            ok(QStringList{QStringLiteral("deploy"), QStringLiteral("Office"), QStringLiteral("--json")} + demo());
        QVERIFY2(deployed.exitCode == 0, qPrintable(deployed.err));
        QCOMPARE(skopeoDigest(repo(QStringLiteral("office:stable"))), build1);
        QCOMPARE(image(QStringLiteral("Office")).value(QStringLiteral("name")).toString(),
                 repo(QStringLiteral("office:stable")));
        QVERIFY(deployed.out.contains(QLatin1String("hourly pull")));

        const Run rolledBack = ok(QStringList{QStringLiteral("rollback"), QStringLiteral("Office")} + demo());
        QVERIFY2(rolledBack.exitCode == 0, qPrintable(rolledBack.err));
        // Back to what the users had: the image's own pinned tag, since `stable` did not exist before.
        QCOMPARE(image(QStringLiteral("Office")).value(QStringLiteral("name")).toString(),
                 repo(QStringLiteral("office:stable")));
        QCOMPARE(skopeoDigest(repo(QStringLiteral("office:stable"))), production);
    }

    void guardsRefuseAndChangeNothing()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        QVERIFY(!seed(QStringLiteral("terminal"), QStringLiteral("1.1"), "terminal\n").isEmpty());
        const QString build = seed(QStringLiteral("terminal"), QStringLiteral("20261202-0400"), "terminal one\n");
        manage(QStringLiteral("Terminal"), QStringLiteral("terminal"), QStringLiteral("pin"));
        const QString before = image(QStringLiteral("Terminal")).value(QStringLiteral("name")).toString();

        const Run unknown = stewardctl(QStringList{QStringLiteral("deploy"), QStringLiteral("Edge")} + demo());
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QLatin1String("Edge")), qPrintable(unknown.err));
        const Run movingTag =
            stewardctl(QStringList{QStringLiteral("send-to-test"), repo(QStringLiteral("terminal:stable")),
                                   QStringLiteral("--image"), QStringLiteral("Terminal")} +
                       demo());
        QCOMPARE(movingTag.exitCode, 1);
        QVERIFY2(movingTag.err.contains(QLatin1String("moving tag")), qPrintable(movingTag.err));
        const Run vanished =
            stewardctl(QStringList{QStringLiteral("send-to-test"), repo(QStringLiteral("terminal:gone")),
                                   QStringLiteral("--image"), QStringLiteral("Terminal")} +
                       demo());
        QCOMPARE(vanished.exitCode, 1);
        QVERIFY2(vanished.err.contains(QLatin1String("has no")), qPrintable(vanished.err));
        const Run untested = stewardctl(
            QStringList{QStringLiteral("verify"), QStringLiteral("Terminal"), QStringLiteral("--digest"), build} +
            demo());
        QCOMPARE(untested.exitCode, 1);
        QVERIFY2(untested.err.contains(QLatin1String("never sent to test")), qPrintable(untested.err));

        const Run sent = ok(QStringList{QStringLiteral("send-to-test"), repo(QStringLiteral("terminal:20261202-0400")),
                                        QStringLiteral("--image"), QStringLiteral("Terminal")} +
                            demo());
        QVERIFY2(sent.exitCode == 0, qPrintable(sent.err));
        const Run unverified = stewardctl(
            QStringList{QStringLiteral("deploy"), QStringLiteral("Terminal"), QStringLiteral("--digest"), build} +
            demo());
        QCOMPARE(unverified.exitCode, 1);
        QVERIFY2(unverified.err.contains(QLatin1String("Nobody verified")), qPrintable(unverified.err));
        const Run noReason = stewardctl(QStringList{QStringLiteral("deploy"), QStringLiteral("Terminal"),
                                                    QStringLiteral("--digest"), build, QStringLiteral("--force")} +
                                        demo());
        QCOMPARE(noReason.exitCode, 2);
        QVERIFY(
            ok(QStringList{QStringLiteral("verify"), QStringLiteral("Terminal"), QStringLiteral("--digest"), build} +
               demo())
                .exitCode == 0);

        // CI re-pushed the unique tag after the test: what it names now was never tested.
        QVERIFY(!seed(QStringLiteral("terminal"), QStringLiteral("20261202-0400"), "something else\n").isEmpty());
        const Run repushed = stewardctl(QStringList{QStringLiteral("deploy"), QStringLiteral("Terminal")} + demo());
        QCOMPARE(repushed.exitCode, 1);
        QVERIFY2(repushed.err.contains(QLatin1String("now points at")), qPrintable(repushed.err));
        QCOMPARE(image(QStringLiteral("Terminal")).value(QStringLiteral("name")).toString(), before);
        QStringList stages;
        for (const QJsonValue &event : history(QStringLiteral("Terminal")))
            stages << event.toObject().value(QStringLiteral("kind")).toString();
        QCOMPARE(stages, (QStringList{QStringLiteral("verify"), QStringLiteral("test")}));
    }

    QStringList stagesOf(const QString &friendlyName) const
    {
        QStringList stages;
        for (const QJsonValue &event : history(friendlyName))
            stages << event.toObject().value(QStringLiteral("kind")).toString();
        return stages;
    }

    QString unfinishedPlanId() const
    {
        const QJsonArray plans = ok({QStringLiteral("plans"), QStringLiteral("--json")}).array();
        return plans.size() == 1 ? plans.first().toObject().value(QStringLiteral("promotion_id")).toString()
                                 : QString();
    }

    void killedPlanIsResumedOrAbandoned_data()
    {
        QTest::addColumn<QString>("plan");
        QTest::addColumn<int>("steps");
        QTest::addColumn<QString>("killAt");
        QTest::addColumn<bool>("resume");
        // pin deploy and rollback: 1 set-image-name, 2 record-stage; move deploy: 1 move-tag, 2 set-image-name,
        // 3 record-stage. Every boundary: the step marked running, its change made but not recorded, recorded done.
        const QList<std::pair<QString, int>> plans{
            {QStringLiteral("pin deploy"), 2}, {QStringLiteral("move deploy"), 3}, {QStringLiteral("pin rollback"), 2}};
        for (const auto &[plan, steps] : plans) {
            for (int seq = 1; seq <= steps; ++seq) {
                for (const QString &state :
                     {QStringLiteral("running"), QStringLiteral("effect"), QStringLiteral("done")}) {
                    const QString at = QStringLiteral("%1:%2").arg(state).arg(seq);
                    QTest::newRow(qPrintable(QStringLiteral("%1 killed at %2, resumed").arg(plan, at)))
                        << plan << steps << at << true;
                    QTest::newRow(qPrintable(QStringLiteral("%1 killed at %2, abandoned").arg(plan, at)))
                        << plan << steps << at << false;
                }
            }
        }
    }

    // Afterwards the registry (as skopeo sees it), the deployment and the journal agree: all of the plan, or none.
    void killedPlanIsResumedOrAbandoned()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        QFETCH(QString, plan);
        QFETCH(int, steps);
        QFETCH(QString, killAt);
        QFETCH(bool, resume);
        const bool move = plan.startsWith(QLatin1String("move"));
        const bool rollback = plan.endsWith(QLatin1String("rollback"));
        const QString name = move ? QStringLiteral("office") : QStringLiteral("chrome");
        const QString friendly = move ? QStringLiteral("Office") : QStringLiteral("Chrome");
        const QString prodTag = move ? QStringLiteral("20261110-0400") : QStringLiteral("20261115-0400");
        const QString buildTag = QStringLiteral("20261203-0400");
        const QString production = seed(name, prodTag, move ? "office prod\n" : "prod\n");
        const QString build = seed(name, buildTag, move ? "office kill\n" : "chrome kill\n");
        QVERIFY(!production.isEmpty() && !build.isEmpty());
        // `stable` points at production, as if an earlier move deploy had put it there.
        if (move)
            QCOMPARE(seed(name, QStringLiteral("stable"), "office prod\n"), production);
        manage(friendly, name, move ? QStringLiteral("move") : QStringLiteral("pin"));
        testAndVerify(friendly, name, buildTag, build);
        if (rollback)
            QVERIFY(ok(QStringList{QStringLiteral("deploy"), friendly} + demo()).exitCode == 0);
        const QString nameBefore = image(friendly).value(QStringLiteral("name")).toString();
        const QString verb = rollback ? QStringLiteral("rollback") : QStringLiteral("deploy");

        const Run killed = stewardctl(QStringList{verb, friendly} + demo(), killAt);
        QCOMPARE(killed.status, QProcess::CrashExit);
        const QString id = unfinishedPlanId();
        QVERIFY(!id.isEmpty());
        // No second plan on top of the unfinished one.
        const Run second = stewardctl(QStringList{QStringLiteral("deploy"), friendly} + demo());
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains(QStringLiteral("stewardctl resume %1").arg(id)) &&
                     second.err.contains(QStringLiteral("stewardctl abandon %1").arg(id)),
                 qPrintable(second.err));

        const Run finished =
            ok({resume ? QStringLiteral("resume") : QStringLiteral("abandon"), id, QStringLiteral("--json")});
        QVERIFY2(finished.exitCode == 0, qPrintable(finished.err));
        const QJsonObject journal = finished.json().toObject();
        QCOMPARE(journal.value(QStringLiteral("state")).toString(),
                 resume ? QStringLiteral("done") : QStringLiteral("rolled-back"));
        QCOMPARE(journal.value(QStringLiteral("steps")).toArray().size(), steps);
        const int killedSeq = killAt.section(QLatin1Char(':'), 1).toInt();
        for (const QJsonValue &value : journal.value(QStringLiteral("steps")).toArray()) {
            const QJsonObject step = value.toObject();
            const int seq = step.value(QStringLiteral("seq")).toInt();
            const QString expected = resume             ? QStringLiteral("done")
                                     : seq <= killedSeq ? QStringLiteral("undone")
                                                        : QStringLiteral("pending");
            QCOMPARE(step.value(QStringLiteral("state")).toString(), expected);
        }
        QVERIFY(ok({QStringLiteral("plans"), QStringLiteral("--json")}).array().isEmpty());

        const QString prodName = repo(name + QLatin1Char(':') + prodTag);
        const QString buildName = repo(name + QLatin1Char(':') + buildTag);
        const QString nameNow = image(friendly).value(QStringLiteral("name")).toString();
        if (move) {
            QCOMPARE(skopeoDigest(repo(QStringLiteral("office:stable"))), resume ? build : production);
            QCOMPARE(nameNow, resume ? repo(QStringLiteral("office:stable")) : nameBefore);
        } else {
            // A rollback of the first pin deploy goes back to the name the image had, not to repo@digest.
            QCOMPARE(nameBefore, rollback ? buildName : prodName);
            QCOMPARE(nameNow, resume == rollback ? prodName : buildName);
            // A pin never touches the registry.
            QCOMPARE(skopeoDigest(prodName), production);
            QCOMPARE(skopeoDigest(buildName), build);
        }
        // The stage history agrees: the plan's stage once, or, abandoned after it was recorded, answered by the way
        // back; nothing recorded that was undone without its answer.
        const QStringList stages = stagesOf(friendly);
        const bool recorded = killedSeq == steps && killAt != QStringLiteral("running:%1").arg(steps);
        const QString done = rollback ? QStringLiteral("rollback") : QStringLiteral("deploy");
        const QString answer = rollback ? QStringLiteral("deploy") : QStringLiteral("rollback");
        const int earlier = rollback ? 1 : 0; // the deploy the rollback rolls back
        if (resume) {
            QCOMPARE(stages.first(), done);
            QCOMPARE(stages.count(done), 1);
            QCOMPARE(stages.count(answer), earlier);
        } else {
            QCOMPARE(stages.count(done), recorded ? 1 : 0);
            QCOMPARE(stages.count(answer), earlier + (recorded ? 1 : 0));
            if (recorded)
                QCOMPARE(stages.first(), answer);
        }
    }

    void killedSendToTestIsResumedOrAbandoned_data()
    {
        QTest::addColumn<QString>("killAt");
        QTest::addColumn<bool>("resume");
        // 1 create-twin, 2 set-groups, 3 save-twin, 4 record-stage
        for (const QString &at : {QStringLiteral("running:1"), QStringLiteral("effect:1"), QStringLiteral("effect:2"),
                                  QStringLiteral("done:3"), QStringLiteral("effect:4")}) {
            QTest::newRow(qPrintable(QStringLiteral("killed at %1, resumed").arg(at))) << at << true;
            QTest::newRow(qPrintable(QStringLiteral("killed at %1, abandoned").arg(at))) << at << false;
        }
    }

    void killedSendToTestIsResumedOrAbandoned()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        QFETCH(QString, killAt);
        QFETCH(bool, resume);
        seed(QStringLiteral("chrome"), QStringLiteral("20261115-0400"), "prod\n");
        const QString build = seed(QStringLiteral("chrome"), QStringLiteral("20261205-0400"), "chrome twin\n");
        manage(QStringLiteral("Chrome"), QStringLiteral("chrome"), QStringLiteral("pin"));
        const QString candidate = repo(QStringLiteral("chrome:20261205-0400"));
        const QStringList send = QStringList{QStringLiteral("send-to-test"), candidate, QStringLiteral("--image"),
                                             QStringLiteral("Chrome")} +
                                 demo();
        const Run killed = stewardctl(send, killAt);
        QCOMPARE(killed.status, QProcess::CrashExit);
        const QString id = unfinishedPlanId();
        QVERIFY(!id.isEmpty());
        const Run finished =
            ok({resume ? QStringLiteral("resume") : QStringLiteral("abandon"), id, QStringLiteral("--json")});
        QVERIFY2(finished.exitCode == 0, qPrintable(finished.err));
        const QString twin = QStringLiteral("Chrome (test)");
        if (resume) {
            QCOMPARE(image(twin).value(QStringLiteral("name")).toString(), candidate);
            QCOMPARE(groupsOf(twin), QStringList{Testers});
            QCOMPARE(stagesOf(QStringLiteral("Chrome")), QStringList{QStringLiteral("test")});
        } else {
            // The twin the plan made is gone, even when the create's answer never reached the journal.
            QVERIFY2(image(twin).isEmpty(), qPrintable(killAt));
        }
        // Either way the next send-to-test works and leaves exactly one twin.
        QVERIFY(ok(send).exitCode == 0);
        int twins = 0;
        const Run images =
            ok(QStringList{QStringLiteral("kasm"), QStringLiteral("images"), QStringLiteral("--json")} + demo());
        for (const QJsonValue &value : QJsonDocument::fromJson(images.out.toUtf8()).array())
            twins += value.toObject().value(QStringLiteral("friendly_name")).toString() == twin ? 1 : 0;
        QCOMPARE(twins, 1);
        QCOMPARE(image(twin).value(QStringLiteral("name")).toString(), candidate);
        QVERIFY(!build.isEmpty());
    }

    void aChangeByAnotherProcessStopsTheResume()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        seed(QStringLiteral("chrome"), QStringLiteral("20261115-0400"), "prod\n");
        const QString build = seed(QStringLiteral("chrome"), QStringLiteral("20261204-0400"), "build conflict\n");
        manage(QStringLiteral("Chrome"), QStringLiteral("chrome"), QStringLiteral("pin"));
        testAndVerify(QStringLiteral("Chrome"), QStringLiteral("chrome"), QStringLiteral("20261204-0400"), build);
        const Run killed = stewardctl(QStringList{QStringLiteral("deploy"), QStringLiteral("Chrome")} + demo(),
                                      QStringLiteral("running:1"));
        QCOMPARE(killed.status, QProcess::CrashExit);
        // Another admin switches the image meanwhile.
        const QString theirs = repo(QStringLiteral("chrome:20261115-0400-hotfix"));
        QVERIFY(ok(QStringList{QStringLiteral("kasm"), QStringLiteral("set-image"), QStringLiteral("Chrome"),
                               QStringLiteral("--name"), theirs} +
                   demo())
                    .exitCode == 0);
        const QString id = ok({QStringLiteral("plans"), QStringLiteral("--json")})
                               .array()
                               .first()
                               .toObject()
                               .value(QStringLiteral("promotion_id"))
                               .toString();
        const Run resumed = stewardctl({QStringLiteral("resume"), id});
        QCOMPARE(resumed.exitCode, 1);
        QVERIFY2(resumed.err.contains(QLatin1String("another administrator or process")), qPrintable(resumed.err));
        QCOMPARE(image(QStringLiteral("Chrome")).value(QStringLiteral("name")).toString(), theirs);
        const QJsonObject plan = ok({QStringLiteral("plans"), QStringLiteral("--json")}).array().first().toObject();
        QCOMPARE(plan.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QCOMPARE(
            plan.value(QStringLiteral("steps")).toArray().at(0).toObject().value(QStringLiteral("state")).toString(),
            QStringLiteral("failed"));
        QCOMPARE(
            plan.value(QStringLiteral("steps")).toArray().at(1).toObject().value(QStringLiteral("state")).toString(),
            QStringLiteral("pending"));
        // Abandoning changes nothing of theirs: the one step that ran refused before changing anything.
        QVERIFY(ok({QStringLiteral("abandon"), id}).exitCode == 0);
        QCOMPARE(image(QStringLiteral("Chrome")).value(QStringLiteral("name")).toString(), theirs);
    }
};

QTEST_GUILESS_MAIN(TestPromotionCycle)
#include "tst_promotioncycle.moc"
