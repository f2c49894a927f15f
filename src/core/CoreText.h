#pragma once

#include <QCoreApplication>

namespace steward {

// The core library's user-visible text, under one translation context ("steward::core"), so that lupdate
// finds every message and one German translation covers the library.
class CoreText
{
    Q_DECLARE_TR_FUNCTIONS(steward::core)
};

} // namespace steward
