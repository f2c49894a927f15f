#pragma once

#include <QCoreApplication>

namespace steward::registry {

// The registry library's user-visible text, under one translation context ("steward::registry"), so that lupdate
// finds every message and one German translation covers the library.
class RegistryText
{
    Q_DECLARE_TR_FUNCTIONS(steward::registry)
};

} // namespace steward::registry
