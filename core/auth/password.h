#pragma once
// Staff passwords: PBKDF2-HMAC-SHA256, random 16-byte salt, stored as
// "pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>". Verification is constant-time.
#include <QString>

namespace od::password {

constexpr int kDefaultIterations = 120000;
constexpr int kMinIterations = 100000;

QString hash(const QString &password, int iterations = kDefaultIterations);
// True if `password` matches `stored`. Malformed or too-weak stored hashes never match.
bool verify(const QString &password, const QString &stored);
// Compares two byte strings in time that depends only on their lengths.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

} // namespace od::password
