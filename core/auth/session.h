#pragma once
// Who is acting: every service call takes a Session, and every action checks its rights in the core.
#include "domain/result.h"
#include "domain/states.h"
#include <QString>

namespace od {

struct Session {
    QString login;
    Role role = Role::Operator;
};

// The lowest role that has `right`.
Role minimumRole(Right right);
// Translated name of what a right lets staff do ("Refusing a refund").
QString rightLabel(Right right);
// Ok if the session's role has the right; else "auth.denied" with a message that names the action,
// the role it needs and the role the user has.
Status requireRight(const Session &session, Right right);

} // namespace od
