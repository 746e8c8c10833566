#include "intake/runlog.h"

#include "storage/select.h"
#include "storage/sql.h"

#include <QSqlQuery>

namespace od::intake {

namespace {
using sql::v64;
}

Result<int64_t> RunLog::start(int64_t shopId, const QString &kind, const QString &windowStart, const QString &windowEnd)
{
    if (Status st = m_db.open(); !st.ok())
        return st.error();
    QSqlQuery q(m_db.connection());
    if (Status st =
            sql::exec(q, QStringLiteral("INSERT INTO schedule_runs(shop_id, kind, window_start, window_end, started_at) VALUES (?,?,?,?,?) RETURNING id"),
                      {v64(shopId), kind, windowStart, windowEnd, sql::nowText()});
        !st.ok())
        return st.error();
    if (!q.next())
        return Error(QStringLiteral("db.insert"), QStringLiteral("schedule_runs: no id"));
    return q.value(0).toLongLong();
}

Status RunLog::finish(const RunStats &s)
{
    if (Status st = m_db.open(); !st.ok())
        return st;
    QSqlQuery q(m_db.connection());
    return sql::exec(q,
                     QStringLiteral("UPDATE schedule_runs SET window_start = ?, window_end = ?, finished_at = ?, seen = ?, created = ?, "
                                    "updated = ?, refused = ?, error = ?, ok = ? WHERE id = ?"),
                     {s.windowStart, s.windowEnd, sql::nowText(), s.seen, s.created, s.updated, s.refused, s.error, int(s.ok), v64(s.runId)});
}

Result<int64_t> RunLog::upsertSchedule(const Schedule &s)
{
    if (Status st = m_db.open(); !st.ok())
        return st.error();
    QSqlQuery q(m_db.connection());
    if (Status st = sql::exec(q,
                              QStringLiteral("INSERT INTO schedules(shop_id, kind, interval_min, lookback_min, enabled) VALUES (?,?,?,?,?) "
                                             "ON CONFLICT (shop_id, kind) DO UPDATE SET interval_min = excluded.interval_min, "
                                             "lookback_min = excluded.lookback_min, enabled = excluded.enabled RETURNING id"),
                              {v64(s.shopId), s.kind, s.intervalMin, s.lookbackMin, int(s.enabled)});
        !st.ok())
        return st.error();
    if (!q.next())
        return Error(QStringLiteral("db.insert"), QStringLiteral("schedules: no id"));
    return q.value(0).toLongLong();
}

static Schedule readSchedule(const QSqlQuery &q)
{
    Schedule s;
    s.id = q.value(0).toLongLong();
    s.shopId = q.value(1).toLongLong();
    s.kind = q.value(2).toString();
    s.intervalMin = q.value(3).toInt();
    s.lookbackMin = q.value(4).toInt();
    s.enabled = q.value(5).toInt() != 0;
    s.coveredUntil = q.value(6).toString();
    return s;
}

Result<std::vector<Schedule>> RunLog::schedules(bool enabledOnly)
{
    return sql::selectAll(m_db,
                          QStringLiteral("SELECT s.id, s.shop_id, s.kind, s.interval_min, s.lookback_min, s.enabled, s.covered_until "
                                         "FROM schedules s JOIN shops p ON p.id = s.shop_id %1 ORDER BY s.id")
                              .arg(enabledOnly ? QStringLiteral("WHERE s.enabled = 1 AND p.enabled = 1") : QString()),
                          {}, readSchedule);
}

Result<std::optional<Schedule>> RunLog::schedule(int64_t id)
{
    return sql::selectOne(m_db, QStringLiteral("SELECT id, shop_id, kind, interval_min, lookback_min, enabled, covered_until FROM schedules WHERE id = ?"),
                          {v64(id)}, readSchedule);
}

Status RunLog::setCoveredUntil(int64_t scheduleId, const QString &until)
{
    QSqlQuery q(m_db.connection());
    // Never moves backwards (a slow manual run finishing after a newer scheduled one).
    return sql::exec(q, QStringLiteral("UPDATE schedules SET covered_until = ? WHERE id = ? AND covered_until < ?"), {until, v64(scheduleId), until});
}

Result<QString> RunLog::lastStarted(int64_t shopId, const QString &kind)
{
    QSqlQuery q(m_db.connection());
    if (Status st = sql::exec(q, QStringLiteral("SELECT MAX(started_at) FROM schedule_runs WHERE shop_id = ? AND kind = ?"), {v64(shopId), kind}); !st.ok())
        return st.error();
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace od::intake
