#include "auth/userservice.h"

#include "auth/password.h"
#include "domain/text.h"
#include "storage/recordrepository.h"
#include "storage/sql.h"
#include "workflow/audit.h"
#include "workflow/writetransaction.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

namespace od {

namespace {

// Audit text of one changed field.
QString field(const char *key, const QJsonValue &value) { return Audit::json(QJsonObject{{QLatin1String(key), value}}); }

Status checkPassword(const QString &password)
{
    if (Status st = checkText(password, QCoreApplication::translate("Auth", "The password"), 256); !st.ok())
        return st;
    if (password.size() < 6)
        return Error(QStringLiteral("auth.password_short"), QCoreApplication::translate("Auth", "The password must have at least 6 characters."));
    return {};
}

// Refuses when `login` is the only active administrator (demoting or deactivating it would lock
// everybody out of the user administration).
Status notTheLastAdmin(QSqlDatabase db, const QString &login)
{
    auto admins = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM users WHERE role = 'admin' AND active = 1"));
    if (!admins.ok())
        return admins.error();
    if (admins.value() <= 1)
        return Error(QStringLiteral("auth.last_admin"),
                     QCoreApplication::translate("Auth", "\"%1\" is the last administrator; make someone else an administrator first.").arg(login));
    return {};
}
} // namespace

Result<qint64> UserService::count()
{
    if (Status st = m_db.open(); !st.ok())
        return st.error();
    return sql::scalar(m_db.connection(), QStringLiteral("SELECT COUNT(*) FROM users"));
}

Result<int64_t> UserService::create(const Session &by, const StaffUser &user, const QString &password)
{
    if (Status st = m_db.open(); !st.ok())
        return st.error();
    const QString login = user.login.trimmed();
    if (login.isEmpty() || login.size() > 64)
        return Error(QStringLiteral("auth.login_invalid"), QCoreApplication::translate("Auth", "A login needs 1 to 64 characters."));
    if (Status st = checkText(login, QCoreApplication::translate("Auth", "The login")); !st.ok())
        return st.error();
    if (Status st = checkText(user.displayName, QCoreApplication::translate("Auth", "The display name"), 64); !st.ok())
        return st.error();
    if (Status st = checkPassword(password); !st.ok())
        return st.error();
    const QString hashed = password::hash(password); // slow: outside the transaction
    return sql::inTransaction(m_db, [&](QSqlDatabase db) -> Result<int64_t> {
        auto n = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM users"));
        if (!n.ok())
            return n.error();
        const bool bootstrap = n.value() == 0;
        if (bootstrap) {
            if (user.role != Role::Admin)
                return Error(QStringLiteral("auth.bootstrap"), QCoreApplication::translate("Auth", "The first user must be an administrator."));
        } else if (Status st = requireRight(by, Right::ManageUsers); !st.ok()) {
            return st.error();
        }
        QSqlQuery q(db);
        if (Status st = sql::exec(q,
                                  QStringLiteral("INSERT INTO users(login, display_name, role, password_hash, active, created_at) "
                                                 "VALUES (?,?,?,?,?,?) RETURNING id"),
                                  {login, user.displayName, toKey(user.role), hashed, int(user.active), sql::nowText()});
            !st.ok()) {
            if (st.error().code == QLatin1String("db.unique"))
                return Error(QStringLiteral("auth.login_taken"), QCoreApplication::translate("Auth", "The login \"%1\" is already taken.").arg(login));
            return st.error();
        }
        if (!q.next())
            return Error(QStringLiteral("db.error"), QCoreApplication::translate("Auth", "The new user got no id."));
        const int64_t id = q.value(0).toLongLong();
        q.finish();
        const QString after = Audit::json(QJsonObject{{QStringLiteral("login"), login}, {QStringLiteral("role"), toKey(user.role)}});
        if (Status st = Audit::entry(db, bootstrap ? login : by.login, QStringLiteral("user.create"), QStringLiteral("user"), login, {}, after); !st.ok())
            return st.error();
        return id;
    });
}

Result<Session> UserService::authenticate(const QString &login, const QString &pw)
{
    if (Status st = m_db.open(); !st.ok())
        return st.error();
    QSqlQuery q(m_db.connection());
    if (Status st = sql::exec(q, QStringLiteral("SELECT role, password_hash, active FROM users WHERE login = ?"), {login.trimmed()}); !st.ok())
        return st.error();
    const Error failed(QStringLiteral("auth.failed"), QCoreApplication::translate("Auth", "Wrong login or password."));
    if (!q.next()) {
        // Spend the same time as a real check so the answer does not reveal which logins exist.
        static const QString dummy = password::hash(QStringLiteral("dummy-password"));
        password::verify(pw, dummy);
        return failed;
    }
    const QString roleKey = q.value(0).toString();
    const QString stored = q.value(1).toString();
    const bool active = q.value(2).toInt() != 0;
    q.finish();
    if (!password::verify(pw, stored))
        return failed;
    if (!active)
        return Error(QStringLiteral("auth.inactive"), QCoreApplication::translate("Auth", "This account has been disabled."));
    auto role = fromKey<Role>(roleKey);
    if (!role)
        return Error(QStringLiteral("auth.role"), QCoreApplication::translate("Auth", "The account has an unknown role \"%1\".").arg(roleKey));
    return Session{login.trimmed(), *role};
}

Status UserService::changeRole(const Session &by, const QString &login, Role role)
{
    return withWriteTransaction(m_db, by, Right::ManageUsers, [&](QSqlDatabase db) -> Status {
        QSqlQuery q(db);
        if (Status st = sql::exec(q, QStringLiteral("SELECT role FROM users WHERE login = ?"), {login}); !st.ok())
            return st;
        if (!q.next())
            return Error(QStringLiteral("auth.no_user"), QCoreApplication::translate("Auth", "There is no user \"%1\".").arg(login));
        const QString before = q.value(0).toString();
        q.finish();
        if (before == toKey(Role::Admin) && role != Role::Admin) {
            if (Status st = notTheLastAdmin(db, login); !st.ok())
                return st;
        }
        QSqlQuery up(db);
        if (Status st = sql::exec(up, QStringLiteral("UPDATE users SET role = ? WHERE login = ?"), {toKey(role), login}); !st.ok())
            return st;
        return Audit::entry(db, by.login, QStringLiteral("user.role"), QStringLiteral("user"), login, field("role", before), field("role", toKey(role)));
    });
}

Status UserService::changePassword(const Session &by, const QString &login, const QString &pw)
{
    if (by.login != login) {
        if (Status st = requireRight(by, Right::ManageUsers); !st.ok())
            return st;
    }
    return writePassword(login, pw, QString(), by.login, QStringLiteral("user.password"));
}

Status UserService::resetOnMachine(const QString &login, const QString &pw, const QString &machineUser)
{
    return writePassword(login, pw, QStringLiteral(", role = 'admin', active = 1"), QStringLiteral("cli:") + machineUser,
                         QStringLiteral("user.password_reset"));
}

Status UserService::writePassword(const QString &login, const QString &pw, const QString &alsoSet, const QString &auditUser, const QString &action)
{
    if (Status st = checkPassword(pw); !st.ok())
        return st;
    if (Status st = m_db.open(); !st.ok())
        return st;
    const QString hashed = password::hash(pw); // slow: outside the transaction
    return sql::inTransaction(m_db, [&](QSqlDatabase db) -> Status {
        QSqlQuery up(db);
        if (Status st = sql::exec(up, QStringLiteral("UPDATE users SET password_hash = ?%1 WHERE login = ?").arg(alsoSet), {hashed, login}); !st.ok())
            return st;
        if (up.numRowsAffected() == 0)
            return Error(QStringLiteral("auth.no_user"), QCoreApplication::translate("Auth", "There is no user \"%1\".").arg(login));
        return Audit::entry(db, auditUser, action, QStringLiteral("user"), login);
    });
}

Status UserService::setActive(const Session &by, const QString &login, bool active)
{
    if (Status st = requireRight(by, Right::ManageUsers); !st.ok())
        return st;
    if (!active && by.login == login)
        return Error(QStringLiteral("auth.self"), QCoreApplication::translate("Auth", "You cannot deactivate your own account."));
    return withWriteTransaction(m_db, by, Right::ManageUsers, [&](QSqlDatabase db) -> Status {
        QSqlQuery q(db);
        if (Status st = sql::exec(q, QStringLiteral("SELECT role, active FROM users WHERE login = ?"), {login}); !st.ok())
            return st;
        if (!q.next())
            return Error(QStringLiteral("auth.no_user"), QCoreApplication::translate("Auth", "There is no user \"%1\".").arg(login));
        const QString role = q.value(0).toString();
        const bool before = q.value(1).toInt() != 0;
        q.finish();
        if (before == active)
            return Status();
        if (!active && role == toKey(Role::Admin)) {
            if (Status st = notTheLastAdmin(db, login); !st.ok())
                return st;
        }
        QSqlQuery up(db);
        if (Status st = sql::exec(up, QStringLiteral("UPDATE users SET active = ? WHERE login = ?"), {int(active), login}); !st.ok())
            return st;
        return Audit::entry(db, by.login, QStringLiteral("user.active"), QStringLiteral("user"), login, field("active", before), field("active", active));
    });
}

Status UserService::changeDisplayName(const Session &by, const QString &login, const QString &displayName)
{
    if (by.login != login) {
        if (Status st = requireRight(by, Right::ManageUsers); !st.ok())
            return st;
    }
    const QString name = displayName.trimmed();
    if (name.size() > 64)
        return Error(QStringLiteral("auth.name_invalid"), QCoreApplication::translate("Auth", "A display name has at most 64 characters."));
    return sql::inTransaction(m_db, [&](QSqlDatabase db) -> Status {
        QSqlQuery up(db);
        if (Status st = sql::exec(up, QStringLiteral("UPDATE users SET display_name = ? WHERE login = ?"), {name, login}); !st.ok())
            return st;
        if (up.numRowsAffected() == 0)
            return Error(QStringLiteral("auth.no_user"), QCoreApplication::translate("Auth", "There is no user \"%1\".").arg(login));
        return Audit::entry(db, by.login, QStringLiteral("user.name"), QStringLiteral("user"), login, {}, field("display_name", name));
    });
}

Result<std::optional<StaffUser>> UserService::find(const QString &login) { return RecordRepository(m_db).user(login); }

} // namespace od
