#pragma once

#include <QCoreApplication>

namespace steward::cli {

// stewardctl's own user-visible text, under one translation context ("stewardctl"), so that lupdate finds every
// message and one German translation covers the command line.
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(stewardctl)
};

} // namespace steward::cli
