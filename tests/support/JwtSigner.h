#pragma once

// Signs JSON Web Tokens with RS256 under an RSA key made when the signer is created, and describes that key the two
// ways CNCF distribution's token auth accepts: an `x5c` chain (a self-signed certificate for the registry's
// `rootcertbundle`) or a `kid` (the libtrust key ID of that certificate's key).
//
// libcrypto is linked directly: Qt has no RSA signing API, and signing in-process keeps a token request at
// microseconds where an `openssl` process per token would cost milliseconds and a temporary file for the key.

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace steward::test {

class JwtSigner
{
public:
    enum class KeyReference
    {
        X5c,
        Kid
    };

    JwtSigner(); // generates a 2048-bit key and its certificate; check isValid()
    ~JwtSigner();
    JwtSigner(const JwtSigner &) = delete;
    JwtSigner &operator=(const JwtSigner &) = delete;

    bool isValid() const;
    QString errorString() const { return m_error; }

    QByteArray certificatePem() const;
    QByteArray certificateDer() const;
    // base32 of the first 30 bytes of sha256(SubjectPublicKeyInfo DER), in 12 groups of 4 joined by ':'.
    QString keyId() const;

    // header.payload.signature, the header naming the key by `reference`.
    QByteArray sign(const QJsonObject &claims, KeyReference reference) const;

    // The claims of a token, without checking its signature (for assertions).
    static QJsonObject decodeClaims(const QByteArray &token);
    static QJsonObject decodeHeader(const QByteArray &token);

private:
    struct Key;
    std::unique_ptr<Key> m_key;
    QString m_error;
};

} // namespace steward::test
