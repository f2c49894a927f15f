#pragma once

#include "core/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace steward::store {

// One schema version: the function that takes the catalog from version-1 to version. It runs inside the
// transaction the catalog opens for it, so it only issues statements; a failure rolls the whole step back.
struct Migration
{
    int version = 0;
    QString summary;
    Status (*apply)(QSqlDatabase &db) = nullptr;
};

// Every schema version in order; the last one is the version this build writes. Append, never edit a shipped step.
const QList<Migration> &migrations();
int latestSchemaVersion();

// Runs each statement; stops at the first failure and names it.
Status execAll(QSqlDatabase &db, const QStringList &statements);

} // namespace steward::store
