#include "crm/matrixsign.h"

#include <QCryptographicHash>
#include <algorithm>
#include <vector>

namespace od::crm {

namespace {

const QString kSign = QStringLiteral("sign");

QByteArray upperMd5Hex(const QByteArray &data) { return QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex().toUpper(); }

// Keys in byte order of their UTF-8 form (QString's own order is by UTF-16 code unit, which
// differs for characters beyond the BMP).
template <typename Map> std::vector<std::pair<QByteArray, typename Map::const_iterator>> sortedKeys(const Map &m)
{
    std::vector<std::pair<QByteArray, typename Map::const_iterator>> keys;
    keys.reserve(m.size());
    for (auto it = m.cbegin(); it != m.cend(); ++it)
        keys.emplace_back(it.key().toUtf8(), it);
    std::sort(keys.begin(), keys.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    return keys;
}

void assembleInto(QByteArray &out, const QVariantMap &params, bool topLevel)
{
    for (const auto &[key, it] : sortedKeys(params)) {
        if (topLevel && it.key() == kSign)
            continue;
        const QVariant &v = it.value();
        if (!v.isValid() || v.isNull())
            continue;
        out += key;
        switch (v.typeId()) {
        case QMetaType::Bool:
            out += v.toBool() ? "1" : "0";
            break;
        case QMetaType::QVariantMap:
            assembleInto(out, v.toMap(), false);
            break;
        default:
            out += v.toString().toUtf8();
        }
    }
}

} // namespace

QByteArray matrixAssemble(const QVariantMap &params)
{
    QByteArray out;
    assembleInto(out, params, true);
    return out;
}

QByteArray matrixAssemble(const QMap<QString, QString> &params)
{
    QByteArray out;
    for (const auto &[key, it] : sortedKeys(params)) {
        if (it.key() == kSign) // a form has no nulls: empty values are kept
            continue;
        out += key;
        out += it.value().toUtf8();
    }
    return out;
}

static QString signOf(const QByteArray &assembled, const QString &token) { return QString::fromLatin1(upperMd5Hex(upperMd5Hex(assembled) + token.toUtf8())); }

QString matrixSign(const QVariantMap &params, const QString &token) { return signOf(matrixAssemble(params), token); }
QString matrixSign(const QMap<QString, QString> &params, const QString &token) { return signOf(matrixAssemble(params), token); }

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    const qsizetype n = std::max(a.size(), b.size());
    unsigned char diff = a.size() == b.size() ? 0 : 1;
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char x = i < a.size() ? static_cast<unsigned char>(a[i]) : 0;
        const unsigned char y = i < b.size() ? static_cast<unsigned char>(b[i]) : 0;
        diff |= x ^ y;
    }
    return diff == 0;
}

bool matrixVerify(const QMap<QString, QString> &params, const QString &token)
{
    const QByteArray got = params.value(kSign).toLatin1().toUpper();
    const QByteArray want = matrixSign(params, token).toLatin1();
    return !got.isEmpty() && constantTimeEquals(got, want);
}

} // namespace od::crm
