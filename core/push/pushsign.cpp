#include "push/pushsign.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace od::push {

QStringList signSchemes() { return {QStringLiteral("top_md5"), QStringLiteral("top_md5_upper"), QStringLiteral("hmac_sha256"), QStringLiteral("none")}; }

bool isKnownScheme(const QString &scheme) { return signSchemes().contains(scheme); }
bool isInsecureScheme(const QString &scheme) { return scheme == QLatin1String("none"); }

bool scalarText(const nlohmann::json &v, std::string *out)
{
    switch (v.type()) {
    case nlohmann::json::value_t::string:
        *out = v.get_ref<const std::string &>();
        return true;
    case nlohmann::json::value_t::number_integer:
        *out = std::to_string(v.get<int64_t>());
        return true;
    case nlohmann::json::value_t::number_unsigned:
        *out = std::to_string(v.get<uint64_t>());
        return true;
    case nlohmann::json::value_t::number_float:
        *out = v.dump();
        return true;
    case nlohmann::json::value_t::boolean:
        *out = v.get<bool>() ? "true" : "false";
        return true;
    default:
        return false; // null, object, array, binary
    }
}

QByteArray signingString(const nlohmann::json &body)
{
    QByteArray s;
    if (!body.is_object())
        return s;
    // nlohmann::json keeps object keys in a std::map: already sorted by byte order.
    std::string text;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() == "app_sign" || !scalarText(it.value(), &text) || text.empty())
            continue;
        s.append(it.key().data(), qsizetype(it.key().size()));
        s.append(text.data(), qsizetype(text.size()));
    }
    return s;
}

static Error unknownScheme(const QString &scheme)
{
    return Error(QStringLiteral("push.sign_scheme"),
                 QCoreApplication::translate("Push", "Unknown signature scheme \"%1\" (known: %2).").arg(scheme, signSchemes().join(QStringLiteral(", "))));
}

Result<QString> computeSign(const QString &scheme, const nlohmann::json &body, const QString &secret)
{
    const QByteArray s = signingString(body);
    const QByteArray key = secret.toUtf8();
    if (scheme == QLatin1String("top_md5") || scheme == QLatin1String("top_md5_upper")) {
        const QByteArray hex = QCryptographicHash::hash(key + s + key, QCryptographicHash::Md5).toHex();
        return scheme == QLatin1String("top_md5") ? QString::fromLatin1(hex) : QString::fromLatin1(hex).toUpper();
    }
    if (scheme == QLatin1String("hmac_sha256"))
        return QString::fromLatin1(QMessageAuthenticationCode::hash(s, key, QCryptographicHash::Sha256).toHex());
    if (scheme == QLatin1String("none"))
        return QString();
    return unknownScheme(scheme);
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    unsigned char diff = a.size() == b.size() ? 0 : 1;
    const qsizetype n = qMax(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char x = i < a.size() ? uchar(a[i]) : 0;
        const unsigned char y = i < b.size() ? uchar(b[i]) : 0;
        diff |= x ^ y;
    }
    return diff == 0;
}

Status verifySign(const QString &scheme, const nlohmann::json &body, const QString &secret)
{
    if (scheme == QLatin1String("none"))
        return {};
    auto expected = computeSign(scheme, body, secret);
    if (!expected.ok())
        return expected.error();
    auto it = body.is_object() ? body.find("app_sign") : body.end();
    if (it == body.end() || !it->is_string() || it->get_ref<const std::string &>().empty())
        return Error(QStringLiteral("push.sign_missing"), QCoreApplication::translate("Push", "The push has no app_sign."));
    const QByteArray given = QByteArray::fromStdString(it->get<std::string>());
    if (!constantTimeEquals(given, expected->toLatin1()))
        return Error(QStringLiteral("push.sign_mismatch"),
                     QCoreApplication::translate("Push", "Wrong signature: app_sign does not match the shop's secret (scheme %1).").arg(scheme));
    return {};
}

Status signBody(nlohmann::json &body, const QString &scheme, const QString &secret)
{
    auto sign = computeSign(scheme, body, secret);
    if (!sign.ok())
        return sign.error();
    body["app_sign"] = sign->toStdString();
    return {};
}

QStringList matchingSchemes(const QByteArray &raw, const QString &secret)
{
    QStringList out;
    nlohmann::json body = nlohmann::json::parse(raw.constData(), raw.constData() + raw.size(), nullptr, false);
    if (body.is_discarded() || !body.is_object())
        return out;
    for (const QString &scheme : signSchemes()) {
        if (!isInsecureScheme(scheme) && verifySign(scheme, body, secret).ok())
            out << scheme;
    }
    return out;
}

} // namespace od::push
