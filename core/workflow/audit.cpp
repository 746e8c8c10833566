#include "workflow/audit.h"

#include "storage/select.h"
#include "storage/sql.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace od::Audit {

QString json(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

Status record(QSqlDatabase db, const Session &session, const QString &action, const QString &entity, int64_t id, const QJsonObject &before,
              const QJsonObject &after, const QString &detail)
{
    AuditEntry a;
    a.user = session.login;
    a.action = action;
    a.entity = entity;
    a.entityId = QString::number(id);
    a.before = before.isEmpty() ? QString() : json(before);
    a.after = after.isEmpty() ? QString() : json(after);
    a.detail = detail;
    return append(db, std::move(a));
}

Status append(QSqlDatabase db, AuditEntry e)
{
    if (e.at.isEmpty())
        e.at = sql::nowText();
    QSqlQuery q(db);
    return sql::exec(q,
                     QStringLiteral("INSERT INTO audit_log(at, user_login, action, entity, entity_id, before_json, after_json, detail) "
                                    "VALUES (?,?,?,?,?,?,?,?)"),
                     {e.at, e.user, e.action, e.entity, e.entityId, e.before, e.after, e.detail});
}

Result<std::vector<AuditEntry>> timeline(Database &db, const QString &entity, const QString &entityId)
{
    return sql::selectAll(db,
                          QStringLiteral("SELECT id, at, user_login, action, entity, entity_id, before_json, after_json, detail "
                                         "FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id"),
                          {entity, entityId}, [](const QSqlQuery &q) {
                              AuditEntry e;
                              e.id = q.value(0).toLongLong();
                              e.at = q.value(1).toString();
                              e.user = q.value(2).toString();
                              e.action = q.value(3).toString();
                              e.entity = q.value(4).toString();
                              e.entityId = q.value(5).toString();
                              e.before = q.value(6).toString();
                              e.after = q.value(7).toString();
                              e.detail = q.value(8).toString();
                              return e;
                          });
}

Status entry(QSqlDatabase db, const QString &user, const QString &action, const QString &entity, const QString &entityId, const QString &before,
             const QString &after)
{
    AuditEntry a;
    a.user = user;
    a.action = action;
    a.entity = entity;
    a.entityId = entityId;
    a.before = before;
    a.after = after;
    return append(db, std::move(a));
}

} // namespace od::Audit
