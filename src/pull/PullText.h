#pragma once

#include <QCoreApplication>

namespace steward::pull {

// The pull library's user-visible text, under one translation context ("steward::pull"), so that lupdate
// finds every message and one German translation covers the library.
class PullText
{
    Q_DECLARE_TR_FUNCTIONS(steward::pull)
};

} // namespace steward::pull
