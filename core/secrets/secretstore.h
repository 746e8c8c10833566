#pragma once
// Where shop secrets live. A shop row only names its secret (secret_ref); the value comes from one
// of these stores and never goes to the database, logs or settings.
#include "domain/result.h"
#include <QHash>
#include <QMutex>
#include <QString>
#include <memory>
#include <vector>

namespace od {

class SecretStore {
public:
    virtual ~SecretStore() = default;
    virtual Result<QString> get(const QString &ref) = 0;
    virtual Status set(const QString &ref, const QString &value) = 0;
    virtual Status remove(const QString &ref) = 0;
    virtual QString name() const = 0;
};

Error secretNotFound(const QString &ref, const QString &where);

// ORDERDESK_SECRET_<REF> (ref upper-cased, every non-alphanumeric character replaced by '_').
// set/remove only change this process's environment.
class EnvSecretStore : public SecretStore {
public:
    static QByteArray variableName(const QString &ref);
    Result<QString> get(const QString &ref) override;
    Status set(const QString &ref, const QString &value) override;
    Status remove(const QString &ref) override;
    QString name() const override { return QStringLiteral("env"); }
};

// A JSON object {"ref": "value", ...} in a file that must not be readable by group or others.
class FileSecretStore : public SecretStore {
public:
    explicit FileSecretStore(QString path) : m_path(std::move(path)) { }
    // Fails when the file is readable or writable by group/others (on POSIX).
    Status checkPermissions() const;
    Result<QString> get(const QString &ref) override;
    Status set(const QString &ref, const QString &value) override;
    Status remove(const QString &ref) override;
    QString name() const override { return QStringLiteral("file"); }

private:
    Result<QHash<QString, QString>> load() const;
    Status save(const QHash<QString, QString> &values) const;
    QString m_path;
    mutable QMutex m_mutex;
};

// In memory only: demo mode and tests.
class MemorySecretStore : public SecretStore {
public:
    Result<QString> get(const QString &ref) override;
    Status set(const QString &ref, const QString &value) override;
    Status remove(const QString &ref) override;
    QString name() const override { return QStringLiteral("memory"); }

private:
    QMutex m_mutex;
    QHash<QString, QString> m_values;
};

// The operating system's keychain: qtkeychain (Secret Service / KWallet) on Linux, the Credential
// Manager on Windows. Returns nullptr where none is compiled in.
std::unique_ptr<SecretStore> makeKeychainSecretStore(const QString &service = QStringLiteral("OrderDesk"));
bool keychainAvailable();

// What both keychain stores share: the service name their entries are filed under, and their name.
class KeychainSecretStoreBase : public SecretStore {
public:
    explicit KeychainSecretStoreBase(QString service) : m_service(std::move(service)) { }
    QString name() const override { return QStringLiteral("keychain"); }

protected:
    const QString m_service;
};

// Tries each store in turn for get(); set/remove go to the first store.
class ChainSecretStore : public SecretStore {
public:
    void add(std::unique_ptr<SecretStore> store) { m_stores.push_back(std::move(store)); }
    Result<QString> get(const QString &ref) override;
    Status set(const QString &ref, const QString &value) override;
    Status remove(const QString &ref) override;
    QString name() const override;

private:
    std::vector<std::unique_ptr<SecretStore>> m_stores;
};

} // namespace od
