#pragma once

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QList>
#include <QString>

namespace steward::test {

// A secret's bytes in every encoding a careless writer might use: as is, UTF-16, base64 (alone and as the
// "user:secret" of Basic auth), hex.
inline QList<QByteArray> leakNeedles(const QByteArray &secret, const QByteArray &user)
{
    const QString wide = QString::fromLatin1(secret);
    return {secret, QByteArray(reinterpret_cast<const char *>(wide.utf16()), wide.size() * 2), secret.toBase64(),
            QByteArray(user + ':' + secret).toBase64(), secret.toHex()};
}

struct LeakScan
{
    int scanned = 0;
    QString leakedInto; // the first file that holds a needle; empty: none
};

// Reads every file under `root` (hidden and system files too) and reports the first that holds any needle.
inline LeakScan scanForLeaks(const QString &root, const QList<QByteArray> &needles)
{
    LeakScan scan;
    QDirIterator files(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.readAll();
        ++scan.scanned;
        for (const QByteArray &needle : needles) {
            if (scan.leakedInto.isEmpty() && content.contains(needle))
                scan.leakedInto = path;
        }
    }
    return scan;
}

} // namespace steward::test
