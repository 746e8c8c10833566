#include "secrets/secretstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileDevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QSaveFile>

namespace od {

Error secretNotFound(const QString &ref, const QString &where)
{
    return Error(QStringLiteral("secret.not_found"), QCoreApplication::translate("Secrets", "Secret \"%1\" was not found in %2.").arg(ref, where));
}

static Error emptyRef() { return Error(QStringLiteral("secret.empty_ref"), QCoreApplication::translate("Secrets", "No secret name was given.")); }

// ---- environment ----
QByteArray EnvSecretStore::variableName(const QString &ref)
{
    QByteArray out("ORDERDESK_SECRET_");
    for (QChar c : ref.toUpper()) {
        const bool alnum = (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        out.append(alnum ? char(c.unicode()) : '_');
    }
    return out;
}

Result<QString> EnvSecretStore::get(const QString &ref)
{
    if (ref.isEmpty())
        return emptyRef();
    const QByteArray var = variableName(ref);
    if (!qEnvironmentVariableIsSet(var.constData()))
        return secretNotFound(ref, QCoreApplication::translate("Secrets", "the environment variable %1").arg(QString::fromLatin1(var)));
    return qEnvironmentVariable(var.constData());
}

Status EnvSecretStore::set(const QString &ref, const QString &value)
{
    if (ref.isEmpty())
        return emptyRef();
    qputenv(variableName(ref).constData(), value.toUtf8());
    return {};
}

Status EnvSecretStore::remove(const QString &ref)
{
    qunsetenv(variableName(ref).constData());
    return {};
}

// ---- file ----
Status FileSecretStore::checkPermissions() const
{
    if (!QFile::exists(m_path))
        return Error(QStringLiteral("secret.file_missing"), QCoreApplication::translate("Secrets", "The secrets file %1 does not exist.").arg(m_path));
#ifndef Q_OS_WIN
    const QFileDevice::Permissions p = QFile::permissions(m_path);
    const QFileDevice::Permissions open =
        QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    if (p & open)
        return Error(QStringLiteral("secret.file_permissions"),
                     QCoreApplication::translate("Secrets",
                                                 "The secrets file %1 can be read or changed by other users; "
                                                 "allow only its owner (chmod 600).")
                         .arg(m_path));
#endif
    return {};
}

Result<QHash<QString, QString>> FileSecretStore::load() const
{
    if (Status st = checkPermissions(); !st.ok())
        return st.error();
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("secret.file_read"),
                     QCoreApplication::translate("Secrets", "Cannot read the secrets file %1: %2").arg(m_path, f.errorString()));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!doc.isObject())
        return Error(QStringLiteral("secret.file_format"),
                     QCoreApplication::translate("Secrets", "The secrets file %1 is not a JSON object of name/value pairs.").arg(m_path));
    QHash<QString, QString> out;
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

Status FileSecretStore::save(const QHash<QString, QString> &values) const
{
    QJsonObject o;
    for (auto it = values.begin(); it != values.end(); ++it)
        o.insert(it.key(), it.value());
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly))
        return Error(QStringLiteral("secret.file_write"),
                     QCoreApplication::translate("Secrets", "Cannot write the secrets file %1: %2").arg(m_path, f.errorString()));
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(QJsonDocument(o).toJson());
    if (!f.commit())
        return Error(QStringLiteral("secret.file_write"),
                     QCoreApplication::translate("Secrets", "Cannot write the secrets file %1: %2").arg(m_path, f.errorString()));
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

Result<QString> FileSecretStore::get(const QString &ref)
{
    if (ref.isEmpty())
        return emptyRef();
    QMutexLocker lock(&m_mutex);
    auto values = load();
    if (!values.ok())
        return values.error();
    auto it = values->constFind(ref);
    if (it == values->constEnd())
        return secretNotFound(ref, m_path);
    return it.value();
}

Status FileSecretStore::set(const QString &ref, const QString &value)
{
    if (ref.isEmpty())
        return emptyRef();
    QMutexLocker lock(&m_mutex);
    QHash<QString, QString> values;
    if (QFile::exists(m_path)) {
        auto loaded = load();
        if (!loaded.ok())
            return loaded.error();
        values = loaded.value();
    }
    values.insert(ref, value);
    return save(values);
}

Status FileSecretStore::remove(const QString &ref)
{
    QMutexLocker lock(&m_mutex);
    auto values = load();
    if (!values.ok())
        return values.error();
    values.value().remove(ref);
    return save(values.value());
}

// ---- memory ----
Result<QString> MemorySecretStore::get(const QString &ref)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_values.constFind(ref);
    if (it == m_values.constEnd())
        return secretNotFound(ref, QCoreApplication::translate("Secrets", "memory"));
    return it.value();
}

Status MemorySecretStore::set(const QString &ref, const QString &value)
{
    if (ref.isEmpty())
        return emptyRef();
    QMutexLocker lock(&m_mutex);
    m_values.insert(ref, value);
    return {};
}

Status MemorySecretStore::remove(const QString &ref)
{
    QMutexLocker lock(&m_mutex);
    m_values.remove(ref);
    return {};
}

// ---- chain ----
Result<QString> ChainSecretStore::get(const QString &ref)
{
    QStringList tried;
    for (auto &s : m_stores) {
        auto r = s->get(ref);
        if (r.ok())
            return r;
        tried << r.error().message;
    }
    return Error(QStringLiteral("secret.not_found"), tried.isEmpty() ? secretNotFound(ref, name()).message : tried.join(QLatin1Char(' ')));
}

Status ChainSecretStore::set(const QString &ref, const QString &value)
{
    if (m_stores.empty())
        return secretNotFound(ref, name());
    return m_stores.front()->set(ref, value);
}

Status ChainSecretStore::remove(const QString &ref)
{
    for (auto &s : m_stores)
        (void)s->remove(ref);
    return {};
}

QString ChainSecretStore::name() const
{
    QStringList n;
    for (const auto &s : m_stores)
        n << s->name();
    return n.join(QLatin1String(" → "));
}

} // namespace od
