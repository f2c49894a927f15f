#pragma once

class QObject;

namespace steward {

// A shared_ptr deleter for a QObject whose last owner may let go inside one of the object's own callbacks (a
// continuation that captured it): the object is deleted from the event loop then, not under its own feet. With no
// application it is deleted at once. While the application object is being destroyed it is left to the process's
// end: Qt then drops the events still posted while holding its post-event lock, and if dropping one releases the last
// owner, deleteLater() would wait for that lock itself, and deleting at once would wait for a thread of the object's
// (QNetworkAccessManager's) that waits for it too.
struct DeleteLater
{
    void operator()(QObject *object) const;
};

// Delivers the events still posted to this thread, round after round for up to `budgetMs`, so that what they hold
// (continuations owning clients, deployments, threads) is released while the event loop can still take the releases.
// For the end of main() and of a test, before the application object goes; never needed while the loop runs.
void drainPostedEvents(int budgetMs = 200);

} // namespace steward
