#include "gateway/deskrequests.h"

#include "gateway/gatewaylock.h"
#include "storage/select.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

namespace od::gateway {

namespace {
using sql::v64;
const char *kFmt = "yyyy-MM-dd HH:mm:ss";

DeskRequest readRow(const QSqlQuery &q)
{
    DeskRequest r;
    r.id = q.value(0).toLongLong();
    r.kind = requestKindFromKey(q.value(1).toString()).value_or(RequestKind::Download);
    r.params = q.value(2).toString();
    r.requestedBy = q.value(3).toString();
    r.requestedAt = q.value(4).toString();
    r.state = q.value(5).toString();
    r.progress = q.value(6).toString();
    r.result = q.value(7).toString();
    r.startedAt = q.value(8).toString();
    r.finishedAt = q.value(9).toString();
    r.gateway = q.value(10).toString();
    r.cancelRequested = q.value(11).toInt() != 0;
    return r;
}
const QString kColumns =
    QStringLiteral("id, kind, params, requested_by, requested_at, state, progress, result, started_at, finished_at, gateway, cancel_requested");
} // namespace

QString toKey(RequestKind k)
{
    switch (k) {
    case RequestKind::Download:
        return QStringLiteral("download");
    case RequestKind::RunSchedule:
        return QStringLiteral("run_schedule");
    case RequestKind::CrmWake:
        return QStringLiteral("crm_wake");
    case RequestKind::WriteBack:
        return QStringLiteral("write_back");
    }
    return {};
}

std::optional<RequestKind> requestKindFromKey(const QString &key)
{
    for (RequestKind k : {RequestKind::Download, RequestKind::RunSchedule, RequestKind::CrmWake, RequestKind::WriteBack})
        if (toKey(k) == key)
            return k;
    return std::nullopt;
}

QString label(RequestKind k)
{
    switch (k) {
    case RequestKind::Download:
        return QCoreApplication::translate("DeskRequests", "Download");
    case RequestKind::RunSchedule:
        return QCoreApplication::translate("DeskRequests", "Run schedules now");
    case RequestKind::CrmWake:
        return QCoreApplication::translate("DeskRequests", "Send CRM events again");
    case RequestKind::WriteBack:
        return QCoreApplication::translate("DeskRequests", "Write back to the platform");
    }
    return {};
}

QString requestStateLabel(const QString &state)
{
    if (state == QLatin1String("queued"))
        return QCoreApplication::translate("DeskRequests", "Queued");
    if (state == QLatin1String("running"))
        return QCoreApplication::translate("DeskRequests", "Running");
    if (state == QLatin1String("done"))
        return QCoreApplication::translate("DeskRequests", "Done");
    if (state == QLatin1String("failed"))
        return QCoreApplication::translate("DeskRequests", "Failed");
    if (state == QLatin1String("cancelled"))
        return QCoreApplication::translate("DeskRequests", "Cancelled");
    return state;
}

QString DownloadRequest::toJson() const
{
    QJsonObject o{{QStringLiteral("shop_id"), qint64(shopId)},
                  {QStringLiteral("start"), start},
                  {QStringLiteral("end"), end},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("tids"), QJsonArray::fromStringList(tids)}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<DownloadRequest> DownloadRequest::fromJson(const QString &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isObject())
        return Error(QStringLiteral("request.params"), QCoreApplication::translate("DeskRequests", "The request's parameters are unreadable."));
    const QJsonObject o = doc.object();
    DownloadRequest r;
    r.shopId = o.value(QLatin1String("shop_id")).toInteger();
    r.start = o.value(QLatin1String("start")).toString();
    r.end = o.value(QLatin1String("end")).toString();
    r.status = o.value(QLatin1String("status")).toString();
    for (const QJsonValue &v : o.value(QLatin1String("tids")).toArray())
        r.tids << v.toString();
    return r;
}

Status DownloadRequest::validate() const
{
    if (shopId <= 0)
        return Error(QStringLiteral("request.no_shop"), QCoreApplication::translate("DeskRequests", "Choose the shop to download from."));
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,32}$"));
    for (const QString &tid : tids)
        if (!digits.match(tid).hasMatch())
            return Error(QStringLiteral("request.tids"),
                         QCoreApplication::translate("DeskRequests", "\"%1\" is not a trade number (trade numbers are digits).").arg(tid));
    if (!tids.isEmpty())
        return {};
    const QDateTime s = QDateTime::fromString(start, QString::fromLatin1(kFmt));
    const QDateTime e = QDateTime::fromString(end, QString::fromLatin1(kFmt));
    if (!s.isValid() || !e.isValid())
        return Error(QStringLiteral("request.range"), QCoreApplication::translate("DeskRequests", "Give a time range or paste trade numbers."));
    if (e < s)
        return Error(QStringLiteral("request.range"), QCoreApplication::translate("DeskRequests", "The end of the range is before its start."));
    if (s < QDateTime::currentDateTime().addDays(-90))
        return Error(QStringLiteral("request.range"),
                     QCoreApplication::translate("DeskRequests", "The platform keeps orders for three months: start the range later."));
    return {};
}

Result<int64_t> DeskRequests::submit(const Session &by, RequestKind kind, const QString &params)
{
    if (Status st = requireRight(by, Right::Convert); !st.ok())
        return st.error();
    if (Status st = m_db.open(); !st.ok())
        return st.error();
    QSqlDatabase c = m_db.connection();
    QSqlQuery q(c);
    const QString sql = QStringLiteral("INSERT INTO desk_requests(kind, params, requested_by, requested_at) VALUES (?, ?, ?, ?)");
    if (m_db.isPostgres()) {
        if (Status st = sql::exec(q, sql + QStringLiteral(" RETURNING id"), {toKey(kind), params, by.login, sql::nowText()}); !st.ok())
            return st.error();
        if (!q.next())
            return Error(QStringLiteral("db.insert"), QStringLiteral("no id returned"));
        return int64_t(q.value(0).toLongLong());
    }
    if (Status st = sql::exec(q, sql, {toKey(kind), params, by.login, sql::nowText()}); !st.ok())
        return st.error();
    return int64_t(q.lastInsertId().toLongLong());
}

Result<std::optional<DeskRequest>> DeskRequests::get(int64_t id)
{
    return sql::selectOne(m_db, QStringLiteral("SELECT %1 FROM desk_requests WHERE id = ?").arg(kColumns), {v64(id)}, readRow);
}

Result<QList<DeskRequest>> DeskRequests::recent(int limit)
{
    auto rows = sql::selectAll(m_db, QStringLiteral("SELECT %1 FROM desk_requests ORDER BY id DESC LIMIT %2").arg(kColumns).arg(limit), {}, readRow);
    if (!rows.ok())
        return rows.error();
    return QList<DeskRequest>(rows.value().begin(), rows.value().end());
}

Status DeskRequests::cancel(const Session &by, int64_t id)
{
    if (Status st = requireRight(by, Right::Convert); !st.ok())
        return st;
    QSqlQuery q(m_db.connection());
    if (Status st = sql::exec(q, QStringLiteral("UPDATE desk_requests SET state = 'cancelled', finished_at = ? WHERE id = ? AND state = 'queued'"),
                              {sql::nowText(), v64(id)});
        !st.ok())
        return st;
    return sql::exec(q, QStringLiteral("UPDATE desk_requests SET cancel_requested = 1 WHERE id = ? AND state = 'running'"), {v64(id)});
}

Result<std::optional<DeskRequest>> DeskRequests::claimNext(const QString &gateway)
{
    return sql::inTransaction(m_db, [&](QSqlDatabase c) -> Result<std::optional<DeskRequest>> {
        QSqlQuery q(c);
        const QString lock = sql::forUpdate(m_db, QStringLiteral("SKIP LOCKED"));
        if (Status st = sql::exec(q, QStringLiteral("SELECT %1 FROM desk_requests WHERE state = 'queued' ORDER BY id LIMIT 1%2").arg(kColumns, lock)); !st.ok())
            return st.error();
        if (!q.next())
            return std::optional<DeskRequest>();
        DeskRequest r = readRow(q);
        r.state = QStringLiteral("running");
        r.startedAt = sql::nowText();
        r.gateway = gateway;
        QSqlQuery up(c);
        if (Status st = sql::exec(up, QStringLiteral("UPDATE desk_requests SET state = 'running', started_at = ?, gateway = ? WHERE id = ?"),
                                  {r.startedAt, gateway, v64(r.id)});
            !st.ok())
            return st.error();
        return std::optional<DeskRequest>(r);
    });
}

Status DeskRequests::setProgress(int64_t id, const QString &progress)
{
    QSqlQuery q(m_db.connection());
    return sql::exec(q, QStringLiteral("UPDATE desk_requests SET progress = ? WHERE id = ?"), {progress, v64(id)});
}

Result<bool> DeskRequests::cancelRequested(int64_t id)
{
    auto n = sql::scalar(m_db.connection(), QStringLiteral("SELECT cancel_requested FROM desk_requests WHERE id = ?"), {v64(id)});
    if (!n.ok())
        return n.error();
    return n.value() != 0;
}

Status DeskRequests::finish(int64_t id, bool ok, const QString &result, bool cancelled)
{
    QSqlQuery q(m_db.connection());
    const QString state = cancelled ? QStringLiteral("cancelled") : ok ? QStringLiteral("done") : QStringLiteral("failed");
    return sql::exec(q, QStringLiteral("UPDATE desk_requests SET state = ?, result = ?, finished_at = ? WHERE id = ?"),
                     {state, result, sql::nowText(), v64(id)});
}

Result<int> DeskRequests::requeueStale(const QString &exceptGateway)
{
    QSqlQuery q(m_db.connection());
    if (Status st = sql::exec(q,
                              QStringLiteral("UPDATE desk_requests SET state = 'queued', started_at = '', gateway = '', progress = '' "
                                             "WHERE state = 'running' AND gateway <> ?"),
                              {exceptGateway});
        !st.ok())
        return st.error();
    return q.numRowsAffected();
}

Result<bool> DeskRequests::gatewayActive()
{
    if (!m_db.isPostgres())
        return true;
    auto n = sql::scalar(m_db.connection(),
                         QStringLiteral("SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND granted AND classid = 0 AND objid = ? "
                                        "AND objsubid = 1 AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"),
                         {v64(kGatewayLockKey)});
    if (!n.ok())
        return n.error();
    return n.value() > 0;
}

} // namespace od::gateway
