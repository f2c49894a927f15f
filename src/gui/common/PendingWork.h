#pragma once

#include <QObject>

namespace steward::gui {

// The context object of a widget's asynchronous work: the continuations of its futures and the workflow steps it
// starts. Not the widget itself: ~QWidget drops the events posted to the widget while QPointers to it are still set,
// and dropping one destroys an unfinished promise, which (Qt 6.4) runs the continuations behind it at once, on a
// half-destroyed widget. A plain QObject clears its QPointers before it drops its events, so then nothing runs.
// Declare it as the widget's last member, so that it goes before everything its continuations touch.
class PendingWork final : public QObject
{
    Q_DISABLE_COPY_MOVE(PendingWork)

public:
    PendingWork() = default;
    ~PendingWork() override = default;
};

} // namespace steward::gui
