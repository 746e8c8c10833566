#pragma once
// The ShopEx matrix sign (protocols.md §3):
//   assemble = for each key in byte-sorted (UTF-8) order, skipping "sign" and null values (empty
//   strings are kept, booleans are "1"/"0"), key then value; nested maps are assembled recursively.
//   sign = UPPER(HEX(MD5( UPPER(HEX(MD5(assemble))) + token )))
// The token is a secret: callers pass it in, nothing here logs it.
#include <QByteArray>
#include <QMap>
#include <QString>
#include <QVariantMap>

namespace od::crm {

// Assembles a (possibly nested) parameter map. Values: QString/number → text, bool → "1"/"0",
// null/invalid → skipped, QVariantMap → key + recursive assemble.
QByteArray matrixAssemble(const QVariantMap &params);
// A form (wire params): every value counts, empty or not.
QByteArray matrixAssemble(const QMap<QString, QString> &params);

QString matrixSign(const QVariantMap &params, const QString &token);
QString matrixSign(const QMap<QString, QString> &params, const QString &token);

// Constant-time comparison of the received sign (case-insensitive hex) with the expected one.
bool matrixVerify(const QMap<QString, QString> &params, const QString &token);
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

} // namespace od::crm
