#pragma once
// Staff accounts: create, log in, change role. Passwords are stored as salted slow hashes.
#include "auth/session.h"
#include "domain/types.h"
#include "storage/database.h"

namespace od {

class UserService {
public:
    explicit UserService(Database &db) : m_db(db) { }

    // Creates a user. `by` must be an admin, except for the very first user of an empty database
    // (bootstrap), which must be an admin itself.
    Result<int64_t> create(const Session &by, const StaffUser &user, const QString &password);
    // A session for the login and password, or "auth.failed" (same message for unknown login and
    // wrong password) / "auth.inactive".
    Result<Session> authenticate(const QString &login, const QString &password);
    Status changeRole(const Session &by, const QString &login, Role role);
    Status changePassword(const Session &by, const QString &login, const QString &password);
    // Deactivates (the account can no longer log in; its history stays) or reactivates a user.
    // Refuses deactivating the last active administrator (auth.last_admin) and oneself (auth.self).
    Status setActive(const Session &by, const QString &login, bool active);
    Status changeDisplayName(const Session &by, const QString &login, const QString &displayName);
    // The way back in when the last administrator forgot the password: for whoever may run programs
    // on the database's machine (`orderdesk-gateway --reset-password <login>`). Sets the password,
    // makes the account an active administrator, and audits it as "cli:<machineUser>". No session:
    // access to the machine (and the database) is the right.
    Status resetOnMachine(const QString &login, const QString &password, const QString &machineUser);
    Result<std::optional<StaffUser>> find(const QString &login);
    Result<qint64> count();

private:
    // The password hash (and `alsoSet`, further SET clauses) with its audit entry, in one transaction.
    Status writePassword(const QString &login, const QString &pw, const QString &alsoSet, const QString &auditUser, const QString &action);
    Database &m_db;
};

} // namespace od
