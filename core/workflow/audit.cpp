#include "workflow/audit.h"

#include "storage/sql.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace od::Audit {

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Status record(QSqlDatabase db, const Session &session, const QString &action, const QString &entity, int64_t id,
              const QJsonObject &before, const QJsonObject &after, const QString &detail)
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
    return sql::exec(q, QStringLiteral("INSERT INTO audit_log(at, user_login, action, entity, entity_id, before_json, after_json, detail) "
                                       "VALUES (?,?,?,?,?,?,?,?)"),
                     {e.at, e.user, e.action, e.entity, e.entityId, e.before, e.after, e.detail});
}

Result<std::vector<AuditEntry>> timeline(Database &db, const QString &entity, const QString &entityId)
{
    if (Status st = db.open(); !st.ok())
        return st.error();
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (Status st = sql::exec(q, QStringLiteral("SELECT id, at, user_login, action, entity, entity_id, before_json, after_json, detail "
                                                "FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id"),
                              {entity, entityId});
        !st.ok())
        return st.error();
    std::vector<AuditEntry> out;
    while (q.next()) {
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
        out.push_back(std::move(e));
    }
    return out;
}

} // namespace od::Audit
