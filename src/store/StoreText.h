#pragma once

#include <QCoreApplication>

namespace steward::store {

// The store library's user-visible text, under one translation context ("steward::store"), so that lupdate
// finds every message and one German translation covers the library.
class StoreText
{
    Q_DECLARE_TR_FUNCTIONS(steward::store)
};

} // namespace steward::store
