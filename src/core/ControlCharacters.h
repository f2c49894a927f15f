#pragma once

#include <QString>

namespace steward {

// Control characters (C0, DEL, C1) have no place in a name, tag, host, id or user name: a newline there splits a
// line of a config file or a log, an ESC rewrites the terminal that prints it. These find them and show them.
bool isControlCharacter(QChar c);
// The index of the first control character in `text`, or -1.
qsizetype indexOfControlCharacter(QStringView text);
// `text` with each control character written as an escape ("\n", "\t", "\r", "\x1b"), for messages that quote input.
QString escapeControlCharacters(QStringView text);

} // namespace steward
