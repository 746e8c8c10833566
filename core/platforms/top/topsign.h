#pragma once
// TOP (Taobao Open Platform) request signing, protocols.md §1: every parameter except `sign`, empty
// values dropped, sorted by key in byte order, key+value concatenated; then md5 (secret+s+secret),
// hmac (HMAC-MD5) or hmac-sha256, upper-case hex.
#include <QByteArray>
#include <QString>
#include <map>
#include <optional>

namespace od::top {

enum class SignMethod { Md5, HmacMd5, HmacSha256 };

QString toKey(SignMethod m); // "md5", "hmac", "hmac-sha256"
std::optional<SignMethod> signMethodFromKey(const QString &key);

using Params = std::map<QString, QString>;

// The string that is signed (without the secret).
QByteArray signBase(const Params &params);
// Upper-case hex signature of `params` (the `sign` key, if present, is ignored).
QByteArray sign(const Params &params, const QByteArray &secret, SignMethod method);
// Compares two signatures without an early exit on the first differing byte.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

} // namespace od::top
