#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>

namespace steward::registry {

// What people want from an image's config blob.
struct ImageConfig
{
    QDateTime created; // invalid when absent
    QString architecture;
    QString os;
    QString variant;
    QString author;
    QMap<QString, QString> labels;
};

Result<ImageConfig> parseImageConfig(const QByteArray &bytes);

} // namespace steward::registry
