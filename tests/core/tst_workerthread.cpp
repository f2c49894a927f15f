// WorkerThread: the one way ImageSteward owns a thread. Destroying it runs every task already posted, then the last
// task, on the thread; the worker is deleted there; a call canceled before it starts is skipped.
#include "core/WorkerThread.h"

#include <QAtomicInt>
#include <QFutureWatcher>
#include <QMutex>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace steward;

namespace {

// Records on which thread it is destroyed.
class Worker final : public QObject
{
public:
    explicit Worker(QThread **destroyedOn) : m_destroyedOn(destroyedOn) {}
    ~Worker() override { *m_destroyedOn = QThread::currentThread(); }

private:
    QThread **m_destroyedOn;
};

} // namespace

class TestWorkerThread final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPostedTaskRunsBeforeTheThreadEnds()
    {
        QThread *destroyedOn = nullptr;
        QThread *workerThread = nullptr;
        QThread *lastTaskOn = nullptr;
        QList<int> ran;
        QMutex mutex;
        {
            WorkerThread thread(QStringLiteral("steward-test"), new Worker(&destroyedOn));
            workerThread = thread.thread();
            QCOMPARE(workerThread->objectName(), QStringLiteral("steward-test"));
            QVERIFY(workerThread->isRunning());
            // The first task holds the thread while the others queue up behind it.
            thread.post([] { QThread::msleep(200); });
            for (int i = 0; i < 50; ++i) {
                thread.post([&, i] {
                    const QMutexLocker locker(&mutex);
                    ran << i;
                });
            }
            thread.setLastTask([&] {
                lastTaskOn = QThread::currentThread();
                const QMutexLocker locker(&mutex);
                ran << -1;
            });
        }
        QCOMPARE(ran.size(), 51);
        for (int i = 0; i < 50; ++i)
            QCOMPARE(ran.at(i), i);
        QCOMPARE(ran.last(), -1);
        QCOMPARE(lastTaskOn, workerThread);
        QCOMPARE(destroyedOn, workerThread);
    }

    void aCallFulfilsItsFutureOnTheThread()
    {
        QThread *destroyedOn = nullptr;
        WorkerThread thread(QStringLiteral("steward-test"), new Worker(&destroyedOn));
        QFuture<QThread *> future = thread.call<QThread *>([] { return QThread::currentThread(); });
        QFutureWatcher<QThread *> watcher;
        QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
        watcher.setFuture(future);
        QVERIFY(future.isFinished() || finished.wait(5000));
        QCOMPARE(future.result(), thread.thread());
    }

    void aCallCanceledBeforeItStartsIsSkipped()
    {
        QThread *destroyedOn = nullptr;
        QAtomicInt ran = 0;
        {
            WorkerThread thread(QStringLiteral("steward-test"), new Worker(&destroyedOn));
            thread.post([] { QThread::msleep(100); });
            QFuture<int> skipped = thread.call<int>([&] { return ran.fetchAndAddRelaxed(1); });
            skipped.cancel();
            QFuture<int> kept = thread.call<int>([&] { return ran.fetchAndAddRelaxed(1); });
            Q_UNUSED(kept);
        }
        QCOMPARE(ran.loadRelaxed(), 1);
    }
};

QTEST_GUILESS_MAIN(TestWorkerThread)
#include "tst_workerthread.moc"
