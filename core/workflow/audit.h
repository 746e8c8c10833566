#pragma once
// The audit trail: who did what, when, to which record, with the values before and after.
// Entries are written inside the caller's transaction, so an action and its entry commit together.
#include "auth/session.h"
#include "domain/types.h"
#include "storage/database.h"
#include <QJsonObject>
#include <vector>

namespace od::Audit {

// Appends `entry` on `db` (the caller's open transaction). An empty `at` means now.
Status append(QSqlDatabase db, AuditEntry entry);
// An entity's timeline, oldest first.
Result<std::vector<AuditEntry>> timeline(Database &db, const QString &entity, const QString &entityId);
// An entry by `user` about `entity` `entityId`, before/after as JSON text (empty: none).
Status entry(QSqlDatabase db, const QString &user, const QString &action, const QString &entity, const QString &entityId, const QString &before = {},
             const QString &after = {});
// Compact JSON text of an object, for before/after.
QString json(const QJsonObject &o);
// An entry by `session` about record `entity` #id: empty objects leave before/after empty.
Status record(QSqlDatabase db, const Session &session, const QString &action, const QString &entity, int64_t id, const QJsonObject &before,
              const QJsonObject &after, const QString &detail);

} // namespace od::Audit
