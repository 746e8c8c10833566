#pragma once
// Verification of a pushed body's `app_sign`, per shop (shops.sign_scheme). The mall's formula is not
// published (protocols.md §2), so a shop picks one of these schemes:
//   top_md5        lower(hex(md5(secret + s + secret)))   (default)
//   top_md5_upper  upper(hex(md5(secret + s + secret)))
//   hmac_sha256    lower(hex(hmac_sha256(secret, s)))
//   none           no check at all: only for a mall on a trusted LAN
// s = every top-level scalar field except app_sign, sorted by key (byte order), key then value,
// empty values dropped, nested objects/arrays left out. Strings as they are, integers in decimal,
// true/false as "true"/"false", null dropped.
#include "domain/result.h"
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>

namespace od::push {

inline const char *kDefaultScheme = "top_md5";
QStringList signSchemes(); // every scheme, "none" last
bool isKnownScheme(const QString &scheme);
bool isInsecureScheme(const QString &scheme); // "none"

// The text of a JSON scalar as it enters `s`; false for null, objects and arrays.
bool scalarText(const nlohmann::json &v, std::string *out);
QByteArray signingString(const nlohmann::json &body);
// The expected app_sign for `body` under `scheme`.
Result<QString> computeSign(const QString &scheme, const nlohmann::json &body, const QString &secret);
// Checks body["app_sign"] (constant-time compare). Errors: push.sign_missing, push.sign_mismatch,
// push.sign_scheme.
Status verifySign(const QString &scheme, const nlohmann::json &body, const QString &secret);
// Signs a body in place (simulators, tests).
Status signBody(nlohmann::json &body, const QString &scheme, const QString &secret);
// Which (secure) schemes accept this captured body with this secret? Empty when none does or when
// the body is not a JSON object with an app_sign.
QStringList matchingSchemes(const QByteArray &body, const QString &secret);

bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

} // namespace od::push
