// The real Secret Service through QtKeychain: the keychain every credential of ImageSteward lives in.
#include "ServiceRequirement.h"

#include <QSignalSpy>
#include <QTest>
#include <qt6keychain/keychain.h>

namespace {

const QString service = QStringLiteral("org.imagesteward.ImageSteward.smoke-test");

struct Outcome
{
    QKeychain::Error error = QKeychain::OtherError;
    QString message;
    QString secret;
};

template<typename Job>
Outcome run(Job *job)
{
    job->setAutoDelete(false);
    QSignalSpy finished(job, &QKeychain::Job::finished);
    job->start();
    if (!finished.wait(20000))
        return {QKeychain::OtherError, QStringLiteral("the keychain did not answer within 20 s"), {}};
    Outcome outcome{job->error(), job->errorString(), {}};
    if constexpr (std::is_same_v<Job, QKeychain::ReadPasswordJob>)
        outcome.secret = job->textData();
    delete job;
    return outcome;
}

} // namespace

class TestKeychainSmoke final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writeReadOverwriteDelete()
    {
        const QString key = QStringLiteral("registry:127.0.0.1:alice");

        auto *write = new QKeychain::WritePasswordJob(service);
        write->setInsecureFallback(false);
        write->setKey(key);
        write->setTextData(QStringLiteral("first-secret"));
        const Outcome written = run(write);
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_KEYCHAIN", written.error == QKeychain::NoError,
                                QStringLiteral("writing to the Secret Service failed: ") + written.message);

        auto *read = new QKeychain::ReadPasswordJob(service);
        read->setKey(key);
        Outcome got = run(read);
        QCOMPARE(got.error, QKeychain::NoError);
        QCOMPARE(got.secret, QStringLiteral("first-secret"));

        auto *overwrite = new QKeychain::WritePasswordJob(service);
        overwrite->setInsecureFallback(false);
        overwrite->setKey(key);
        overwrite->setTextData(QStringLiteral("second-secret"));
        QCOMPARE(run(overwrite).error, QKeychain::NoError);

        read = new QKeychain::ReadPasswordJob(service);
        read->setKey(key);
        got = run(read);
        QCOMPARE(got.error, QKeychain::NoError);
        QCOMPARE(got.secret, QStringLiteral("second-secret"));

        auto *remove = new QKeychain::DeletePasswordJob(service);
        remove->setKey(key);
        QCOMPARE(run(remove).error, QKeychain::NoError);

        read = new QKeychain::ReadPasswordJob(service);
        read->setKey(key);
        got = run(read);
        QCOMPARE(got.error, QKeychain::EntryNotFound);
        QVERIFY(got.secret.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKeychainSmoke)
#include "tst_keychainsmoke.moc"
