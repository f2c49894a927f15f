// DeleteLater: immediate without an application, deferred while it runs, and no hang while it is being destroyed;
// drainPostedEvents: delivers what is posted, also an answer a thread posts a little later. Its
// own main(): the test is the application's end. A regression hangs at the end of main (Qt's post-event lock taken
// twice), which the alarm turns into a failure.
#include "core/Teardown.h"

#include <QCoreApplication>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <memory>
#include <unistd.h>

namespace {

int failures = 0;

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "FAIL: %s\n", what);
        ++failures;
    }
}

} // namespace

int main(int argc, char **argv)
{
    std::signal(SIGALRM, [](int) {
        const char message[] = "FAIL: the application hung on its way out (a deleteLater under the post-event lock)\n";
        [[maybe_unused]] const ssize_t written = write(STDERR_FILENO, message, sizeof message - 1);
        _exit(2);
    });
    alarm(60);

    bool immediateDeleted = false;
    auto *immediate = new QObject;
    QObject::connect(immediate, &QObject::destroyed, [&immediateDeleted] { immediateDeleted = true; });
    std::shared_ptr<QObject>(immediate, steward::DeleteLater{}).reset();
    check(immediateDeleted, "not deleted at once with no application");

    bool deferredDeleted = false;
    {
        QCoreApplication app(argc, argv);

        // While the application runs: deleted from the event loop, not inside the call that let go.
        auto *deferred = new QObject;
        QObject::connect(deferred, &QObject::destroyed, [&deferredDeleted] { deferredDeleted = true; });
        std::shared_ptr<QObject>(deferred, steward::DeleteLater{}).reset();
        check(!deferredDeleted, "deleted at once while the application runs");
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
        app.exec();
        check(deferredDeleted, "not deleted by the event loop");

        bool delivered = false;
        bool answered = false;
        QMetaObject::invokeMethod(
            &app, [&delivered] { delivered = true; }, Qt::QueuedConnection);
        QThread *late = QThread::create([&app, &answered] {
            QThread::msleep(30);
            QMetaObject::invokeMethod(
                &app, [&answered] { answered = true; }, Qt::QueuedConnection);
        });
        late->start();
        steward::drainPostedEvents(500);
        late->wait();
        delete late;
        check(delivered, "drainPostedEvents did not deliver a posted event");
        check(answered, "drainPostedEvents did not wait for an answer under way");

        // The last owner sits in an event nobody will deliver: the application's destruction drops it.
        std::shared_ptr<QObject> owner(new QObject, steward::DeleteLater{});
        QMetaObject::invokeMethod(
            &app, [owner] { Q_UNUSED(owner); }, Qt::QueuedConnection);
        owner.reset();
    }
    std::fprintf(stderr, failures ? "tst_teardown: %d failure(s)\n" : "tst_teardown: passed\n", failures);
    return failures ? 1 : 0;
}
