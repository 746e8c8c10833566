#include "auth/password.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QStringList>

namespace od::password {

namespace {
constexpr int kSaltBytes = 16;
constexpr int kHashBytes = 32;
const QLatin1String kScheme("pbkdf2-sha256");

QByteArray derive(const QString &password, const QByteArray &salt, int iterations, int bytes)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt, iterations, quint64(bytes));
}
} // namespace

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

QString hash(const QString &password, int iterations)
{
    if (iterations < kMinIterations)
        iterations = kMinIterations;
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), kSaltBytes / 4);
    const QByteArray key = derive(password, salt, iterations, kHashBytes);
    return QStringLiteral("%1$%2$%3$%4").arg(kScheme).arg(iterations).arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(key.toBase64()));
}

bool verify(const QString &password, const QString &stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts[0] != kScheme)
        return false;
    bool ok = false;
    const int iterations = parts[1].toInt(&ok);
    if (!ok || iterations < kMinIterations || iterations > 10000000)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts[2].toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts[3].toLatin1());
    if (salt.size() < 8 || expected.size() < 16)
        return false;
    return constantTimeEquals(derive(password, salt, iterations, int(expected.size())), expected);
}

} // namespace od::password
