#include "platforms/top/topsign.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <algorithm>
#include <vector>

namespace od::top {

QString toKey(SignMethod m)
{
    switch (m) {
    case SignMethod::Md5:
        return QStringLiteral("md5");
    case SignMethod::HmacMd5:
        return QStringLiteral("hmac");
    case SignMethod::HmacSha256:
        return QStringLiteral("hmac-sha256");
    }
    return QStringLiteral("md5");
}

std::optional<SignMethod> signMethodFromKey(const QString &key)
{
    if (key == QLatin1String("md5"))
        return SignMethod::Md5;
    if (key == QLatin1String("hmac"))
        return SignMethod::HmacMd5;
    if (key == QLatin1String("hmac-sha256"))
        return SignMethod::HmacSha256;
    return std::nullopt;
}

QByteArray signBase(const Params &params)
{
    std::vector<std::pair<QByteArray, QByteArray>> kv;
    for (const auto &[k, v] : params) {
        if (k == QLatin1String("sign") || v.isEmpty())
            continue;
        kv.emplace_back(k.toUtf8(), v.toUtf8());
    }
    std::sort(kv.begin(), kv.end(), [](const auto &a, const auto &b) { return a.first < b.first; }); // byte order
    QByteArray s;
    for (const auto &[k, v] : kv)
        s += k + v;
    return s;
}

QByteArray sign(const Params &params, const QByteArray &secret, SignMethod method)
{
    const QByteArray s = signBase(params);
    QByteArray digest;
    switch (method) {
    case SignMethod::Md5:
        digest = QCryptographicHash::hash(secret + s + secret, QCryptographicHash::Md5);
        break;
    case SignMethod::HmacMd5:
        digest = QMessageAuthenticationCode::hash(s, secret, QCryptographicHash::Md5);
        break;
    case SignMethod::HmacSha256:
        digest = QMessageAuthenticationCode::hash(s, secret, QCryptographicHash::Sha256);
        break;
    }
    return digest.toHex().toUpper();
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    unsigned char diff = a.size() == b.size() ? 0 : 1;
    const qsizetype n = std::max(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char x = i < a.size() ? static_cast<unsigned char>(a[i]) : 0;
        const unsigned char y = i < b.size() ? static_cast<unsigned char>(b[i]) : 0;
        diff |= static_cast<unsigned char>(x ^ y);
    }
    return diff == 0;
}

} // namespace od::top
