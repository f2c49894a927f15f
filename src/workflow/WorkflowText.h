#pragma once

#include <QCoreApplication>

namespace steward::workflow {

// The workflow library's user-visible text, under one translation context ("steward::workflow"), so that lupdate
// finds every message and one German translation covers the library.
class WorkflowText
{
    Q_DECLARE_TR_FUNCTIONS(steward::workflow)
};

} // namespace steward::workflow
