// The keychain store on Linux (and other non-Windows systems): qtkeychain, whose jobs are
// asynchronous — each call runs its job to completion in a local event loop.
#include "secrets/secretstore.h"

#include <QCoreApplication>

#ifdef ORDERDESK_HAVE_QTKEYCHAIN
#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace od {
namespace {

// Runs a job synchronously with a deadline (no Secret Service must not hang a headless gateway).
bool runJob(QKeychain::Job &job)
{
    QEventLoop loop;
    bool done = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    job.start();
    if (!done)
        loop.exec();
    return done;
}

Error keychainError(const QString &ref, const QString &detail)
{
    return Error(QStringLiteral("secret.keychain"),
                 QCoreApplication::translate("Secrets", "The system keychain could not give secret \"%1\": %2").arg(ref, detail));
}

class KeychainStore : public KeychainSecretStoreBase {
public:
    using KeychainSecretStoreBase::KeychainSecretStoreBase;
    Result<QString> get(const QString &ref) override
    {
        QKeychain::ReadPasswordJob job(m_service);
        job.setAutoDelete(false);
        job.setKey(ref);
        if (!runJob(job))
            return keychainError(ref, QCoreApplication::translate("Secrets", "no answer within 10 seconds"));
        if (job.error() == QKeychain::EntryNotFound)
            return secretNotFound(ref, QCoreApplication::translate("Secrets", "the system keychain"));
        if (job.error() != QKeychain::NoError)
            return keychainError(ref, job.errorString());
        return job.textData();
    }
    Status set(const QString &ref, const QString &value) override
    {
        QKeychain::WritePasswordJob job(m_service);
        job.setAutoDelete(false);
        job.setKey(ref);
        job.setTextData(value);
        if (!runJob(job))
            return keychainError(ref, QCoreApplication::translate("Secrets", "no answer within 10 seconds"));
        if (job.error() != QKeychain::NoError)
            return keychainError(ref, job.errorString());
        return {};
    }
    Status remove(const QString &ref) override
    {
        QKeychain::DeletePasswordJob job(m_service);
        job.setAutoDelete(false);
        job.setKey(ref);
        if (!runJob(job))
            return keychainError(ref, QCoreApplication::translate("Secrets", "no answer within 10 seconds"));
        if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
            return keychainError(ref, job.errorString());
        return {};
    }
};

} // namespace

std::unique_ptr<SecretStore> makeKeychainSecretStore(const QString &service) { return std::make_unique<KeychainStore>(service); }
bool keychainAvailable() { return true; }

} // namespace od

#else

namespace od {
std::unique_ptr<SecretStore> makeKeychainSecretStore(const QString &) { return nullptr; }
bool keychainAvailable() { return false; }
} // namespace od

#endif
