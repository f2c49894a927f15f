#include "JwtSigner.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace steward::test {

namespace {

constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QString opensslError(const char *what)
{
    char text[256] = {};
    ERR_error_string_n(ERR_get_error(), text, sizeof text);
    return QStringLiteral("%1 failed: %2").arg(QLatin1String(what), QString::fromLatin1(text));
}

bool addExtension(X509 *cert, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, cert, cert, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
    if (!extension)
        return false;
    const bool added = X509_add_ext(cert, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return added;
}

QByteArray base32(const QByteArray &bytes)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : bytes) {
        buffer = (buffer << 8) | quint8(byte);
        bits += 8;
        while (bits >= 5) {
            out.append(alphabet[(buffer >> (bits - 5)) & 0x1f]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out.append(alphabet[(buffer << (5 - bits)) & 0x1f]);
    return out;
}

QJsonObject decodePart(const QByteArray &token, int index)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(index), QByteArray::Base64UrlEncoding)).object();
}

} // namespace

struct JwtSigner::Key
{
    EVP_PKEY *pkey = nullptr;
    X509 *cert = nullptr;
    QByteArray certPem;
    QByteArray certDer;
    QString keyId;

    ~Key()
    {
        X509_free(cert);
        EVP_PKEY_free(pkey);
    }
};

JwtSigner::JwtSigner() : m_key(std::make_unique<Key>())
{
    m_key->pkey = EVP_RSA_gen(2048);
    if (!m_key->pkey) {
        m_error = opensslError("RSA key generation");
        return;
    }
    X509 *cert = X509_new();
    m_key->cert = cert;
    X509_set_version(cert, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert), long(QRandomGenerator::global()->bounded(1, 1 << 30)));
    // Valid from an hour ago: the registry checks the chain against its own clock.
    X509_gmtime_adj(X509_getm_notBefore(cert), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert), 7 * 24 * 3600);
    X509_set_pubkey(cert, m_key->pkey);
    X509_NAME *name = X509_get_subject_name(cert);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("ImageSteward test token signer"), -1, -1, 0);
    X509_set_issuer_name(cert, name);
    if (!addExtension(cert, NID_basic_constraints, "critical,CA:TRUE") ||
        !addExtension(cert, NID_key_usage, "critical,digitalSignature,keyCertSign") ||
        !addExtension(cert, NID_subject_key_identifier, "hash")) {
        m_error = opensslError("certificate extensions");
        return;
    }
    if (X509_sign(cert, m_key->pkey, EVP_sha256()) <= 0) {
        m_error = opensslError("certificate signing");
        return;
    }

    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(bio, cert);
    char *pem = nullptr;
    const long pemSize = BIO_get_mem_data(bio, &pem);
    m_key->certPem = QByteArray(pem, pemSize);
    BIO_free(bio);

    unsigned char *der = nullptr;
    const int derSize = i2d_X509(cert, &der);
    m_key->certDer = QByteArray(reinterpret_cast<const char *>(der), derSize);
    OPENSSL_free(der);

    unsigned char *spki = nullptr;
    const int spkiSize = i2d_PUBKEY(m_key->pkey, &spki);
    const QByteArray spkiDer(reinterpret_cast<const char *>(spki), spkiSize);
    OPENSSL_free(spki);
    const QByteArray encoded = base32(QCryptographicHash::hash(spkiDer, QCryptographicHash::Sha256).left(30));
    QStringList groups;
    for (qsizetype i = 0; i < encoded.size(); i += 4)
        groups.append(QString::fromLatin1(encoded.mid(i, 4)));
    m_key->keyId = groups.join(QLatin1Char(':'));
}

JwtSigner::~JwtSigner() = default;

bool JwtSigner::isValid() const
{
    return m_error.isEmpty() && !m_key->keyId.isEmpty();
}

QByteArray JwtSigner::certificatePem() const
{
    return m_key->certPem;
}

QByteArray JwtSigner::certificateDer() const
{
    return m_key->certDer;
}

QString JwtSigner::keyId() const
{
    return m_key->keyId;
}

QByteArray JwtSigner::sign(const QJsonObject &claims, KeyReference reference) const
{
    QJsonObject header{{QStringLiteral("typ"), QStringLiteral("JWT")},
                       {QStringLiteral("alg"), QStringLiteral("RS256")}};
    if (reference == KeyReference::X5c)
        header.insert(QStringLiteral("x5c"), QJsonArray{QString::fromLatin1(m_key->certDer.toBase64())});
    else
        header.insert(QStringLiteral("kid"), m_key->keyId);
    const QByteArray signingInput = QJsonDocument(header).toJson(QJsonDocument::Compact).toBase64(Base64Url) + '.' +
                                    QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(Base64Url);

    EVP_MD_CTX *context = EVP_MD_CTX_new();
    size_t length = 0;
    QByteArray signature;
    if (EVP_DigestSignInit(context, nullptr, EVP_sha256(), nullptr, m_key->pkey) == 1 &&
        EVP_DigestSign(context, nullptr, &length, reinterpret_cast<const unsigned char *>(signingInput.constData()),
                       size_t(signingInput.size())) == 1) {
        signature.resize(qsizetype(length));
        if (EVP_DigestSign(context, reinterpret_cast<unsigned char *>(signature.data()), &length,
                           reinterpret_cast<const unsigned char *>(signingInput.constData()),
                           size_t(signingInput.size())) != 1)
            signature.clear();
        signature.resize(qsizetype(length));
    }
    EVP_MD_CTX_free(context);
    return signingInput + '.' + signature.toBase64(Base64Url);
}

QJsonObject JwtSigner::decodeClaims(const QByteArray &token)
{
    return decodePart(token, 1);
}

QJsonObject JwtSigner::decodeHeader(const QByteArray &token)
{
    return decodePart(token, 0);
}

} // namespace steward::test
