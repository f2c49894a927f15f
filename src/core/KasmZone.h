#pragma once

#include <QMetaType>
#include <QString>

namespace steward {

// A deployment zone: a set of agents, usually one site or network.
struct KasmZone
{
    QString zoneId;
    QString name;
    QString upstreamAuthAddress;

    bool operator==(const KasmZone &other) const = default;
};

} // namespace steward

Q_DECLARE_METATYPE(steward::KasmZone)
