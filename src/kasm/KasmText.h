#pragma once

#include <QCoreApplication>

namespace steward::kasm {

// The kasm library's user-visible text, under one translation context ("steward::kasm"), so that lupdate
// finds every message and one German translation covers the library.
class KasmText
{
    Q_DECLARE_TR_FUNCTIONS(steward::kasm)
};

} // namespace steward::kasm
