#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace steward {

// A Kasm user group; images are assigned to groups ("All Users", a test group, ...).
struct KasmGroup
{
    QString groupId;
    QString name;
    QString description;
    int priority = 0;
    bool isSystem = false; // "All Users" and "Administrators" are built in
    QJsonObject raw;

    bool operator==(const KasmGroup &other) const
    {
        return groupId == other.groupId && name == other.name && description == other.description &&
               priority == other.priority && isSystem == other.isSystem;
    }
};

} // namespace steward

Q_DECLARE_METATYPE(steward::KasmGroup)
