#include "core/Teardown.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEvent>
#include <QObject>
#include <QThread>

namespace steward {

void DeleteLater::operator()(QObject *object) const
{
    if (!object || QCoreApplication::closingDown())
        return; // the process is ending; see the header
    if (!QCoreApplication::instance())
        delete object;
    else
        object->deleteLater();
}

void drainPostedEvents(int budgetMs)
{
    // Worker threads post their last answers while they are being joined, so one round is not enough; a short
    // pause between rounds lets an answer under way arrive.
    const QDeadlineTimer deadline(budgetMs);
    do {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QThread::msleep(10);
    } while (!deadline.hasExpired());
    QCoreApplication::sendPostedEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

} // namespace steward
