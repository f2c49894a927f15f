#pragma once

#include "core/Result.h"

#include <QByteArrayView>
#include <QMetaType>
#include <QString>

namespace steward {

// A content digest "algorithm:hex" (OCI image-spec descriptor grammar). Only sha256 and sha512 are accepted, because
// those are the ones we can verify; sha256 is what registries use.
class Digest
{
public:
    Digest() = default;

    // Rejects anything malformed with a message that names the wrong part.
    static Result<Digest> parse(QStringView text);
    static Digest sha256(QByteArrayView data);

    bool isValid() const { return !m_algorithm.isEmpty(); }
    const QString &algorithm() const { return m_algorithm; }
    const QString &hex() const { return m_hex; }
    QString toString() const;
    // "sha256:0123456789ab": for people, never for lookups.
    QString shortString() const;

    // True when `data` hashes to this digest.
    bool matches(QByteArrayView data) const;

    friend bool operator==(const Digest &a, const Digest &b) = default;

private:
    Digest(QString algorithm, QString hex);

    QString m_algorithm;
    QString m_hex;
};

} // namespace steward

Q_DECLARE_METATYPE(steward::Digest)
