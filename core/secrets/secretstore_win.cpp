// The keychain store on Windows: the Credential Manager (generic credentials, per user).
#include "secrets/secretstore.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <windows.h>
#include <wincred.h>

namespace od {
namespace {

std::wstring target(const QString &service, const QString &ref) { return (service + QLatin1Char('/') + ref).toStdWString(); }

Error credError(const QString &ref, DWORD code)
{
    return Error(
        QStringLiteral("secret.keychain"),
        QCoreApplication::translate("Secrets", "The Windows Credential Manager could not handle secret \"%1\" (error %2).").arg(ref).arg(qulonglong(code)));
}

// We write UTF-8. Windows' own tools (cmdkey /generic:… /pass:…, the Credential Manager's dialog) write
// the password as UTF-16LE: a blob with a zero byte, or one that is not UTF-8, of even length, is that.
QString blobText(const QByteArray &blob)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString asUtf8 = utf8.decode(blob);
    if ((blob.contains('\0') || utf8.hasError()) && blob.size() % 2 == 0) {
        QString text = QString::fromUtf16(reinterpret_cast<const char16_t *>(blob.constData()), blob.size() / 2);
        while (text.endsWith(QChar(0)))
            text.chop(1);
        return text;
    }
    return asUtf8;
}

class CredentialStore : public KeychainSecretStoreBase {
public:
    using KeychainSecretStoreBase::KeychainSecretStoreBase;
    Result<QString> get(const QString &ref) override
    {
        PCREDENTIALW cred = nullptr;
        const std::wstring t = target(m_service, ref);
        if (!CredReadW(t.c_str(), CRED_TYPE_GENERIC, 0, &cred)) {
            const DWORD err = GetLastError();
            if (err == ERROR_NOT_FOUND)
                return secretNotFound(ref, QCoreApplication::translate("Secrets", "the Windows Credential Manager"));
            return credError(ref, err);
        }
        const QString value = blobText(QByteArray(reinterpret_cast<const char *>(cred->CredentialBlob), int(cred->CredentialBlobSize)));
        CredFree(cred);
        return value;
    }
    Status set(const QString &ref, const QString &value) override
    {
        const QByteArray blob = value.toUtf8();
        std::wstring t = target(m_service, ref);
        std::wstring user = L"OrderDesk";
        CREDENTIALW cred{};
        cred.Type = CRED_TYPE_GENERIC;
        cred.TargetName = t.data();
        cred.CredentialBlobSize = DWORD(blob.size());
        cred.CredentialBlob = reinterpret_cast<LPBYTE>(const_cast<char *>(blob.constData()));
        cred.Persist = CRED_PERSIST_LOCAL_MACHINE;
        cred.UserName = user.data();
        if (!CredWriteW(&cred, 0))
            return credError(ref, GetLastError());
        return {};
    }
    Status remove(const QString &ref) override
    {
        const std::wstring t = target(m_service, ref);
        if (!CredDeleteW(t.c_str(), CRED_TYPE_GENERIC, 0) && GetLastError() != ERROR_NOT_FOUND)
            return credError(ref, GetLastError());
        return {};
    }
};

} // namespace

std::unique_ptr<SecretStore> makeKeychainSecretStore(const QString &service) { return std::make_unique<CredentialStore>(service); }
bool keychainAvailable() { return true; }

} // namespace od
