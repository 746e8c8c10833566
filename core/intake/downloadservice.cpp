#include "intake/downloadservice.h"

#include "intake/platformchanges.h"
#include "platforms/registry.h"
#include "storage/sql.h"
#include "storage/traderepository.h"
#include "workflow/platformprogress.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <map>

namespace od::intake {

namespace {
const QString kFmt = QStringLiteral("yyyy-MM-dd HH:mm:ss");
QVariant v64(int64_t x) { return QVariant::fromValue<qint64>(x); }
} // namespace

std::vector<std::pair<QString, QString>> sliceWindow(const QString &start, const QString &end, qint64 maxSecs)
{
    std::vector<std::pair<QString, QString>> out;
    QDateTime a = QDateTime::fromString(start, kFmt);
    const QDateTime e = QDateTime::fromString(end, kFmt);
    if (!a.isValid() || !e.isValid() || a > e || maxSecs <= 0)
        return out;
    // Consecutive slices share their boundary second: a trade modified exactly then is listed twice
    // (harmless, the stores are idempotent) rather than never.
    while (true) {
        const QDateTime b = std::min(a.addSecs(maxSecs), e);
        out.emplace_back(a.toString(kFmt), b.toString(kFmt));
        if (b >= e)
            break;
        a = b;
    }
    return out;
}

DownloadService::DownloadService(Database &db, Shop shop, std::unique_ptr<platforms::PlatformClient> client)
    : m_db(db), m_shop(std::move(shop)), m_platform(platforms::platformFor(m_shop)), m_client(std::move(client))
{
    m_pageSize = m_platform.callLimits().maxPageSize;
}

DownloadService::DownloadService(Database &db, Shop shop, const platforms::Credentials &credentials, const platforms::ClientOptions &options)
    : DownloadService(db, std::move(shop), nullptr)
{
    auto client = m_platform.connect(m_shop, credentials, options);
    if (client.ok())
        m_client = std::move(client).value();
    else
        m_connectError = client.error();
}

Status DownloadService::checkClient() const
{
    if (m_client)
        return {};
    if (!m_connectError.code.isEmpty())
        return m_connectError;
    return Error(QStringLiteral("intake.no_client"), QCoreApplication::translate("DownloadService", "Shop %1 cannot be downloaded from.").arg(m_shop.name));
}

DownloadService::~DownloadService() = default;

RunStats DownloadService::run(const QString &kind, const QString &start, const QString &end, const std::function<Status(RunStats &)> &body)
{
    RunStats stats;
    stats.kind = kind;
    stats.windowStart = start;
    stats.windowEnd = end;
    RunLog log(m_db);
    auto id = log.start(m_shop.id, kind, start, end);
    if (!id.ok()) {
        stats.errorCode = id.error().code;
        stats.error = id.error().message;
        return stats;
    }
    stats.runId = id.value();
    Status st = checkClient();
    if (st.ok())
        st = body(stats);
    stats.ok = st.ok();
    if (!st.ok()) {
        stats.errorCode = st.error().code;
        stats.error = st.error().message;
    }
    if (Status fin = log.finish(stats); !fin.ok() && stats.ok) {
        stats.ok = false;
        stats.errorCode = fin.error().code;
        stats.error = fin.error().message;
    }
    return stats;
}

// Listing one window (≤ CallLimits::maxWindowSecs; TOP: 1 day). The gateway sorts by modified DESCENDING, so page 1 holds the newest
// trades. We read the LAST page first and walk back to page 1. A trade that changes during the run
// gets modified = the gateway's now, which is after our window end (the end is fixed when the run
// starts), so it leaves the window: the trades older than it move one place towards page 1, i.e.
// towards pages we have not read yet — we may read one twice, never miss one. (Read forwards, they
// would move into pages already read and be missed.) Such a changed trade is outside this window
// by construction and is picked up by the next run, whose window starts at this run's end minus an
// overlap (m_overlapSecs, for a gateway whose index lags or whose clock is a little behind ours).
// Should the gateway's clock be behind ours, a changed trade could stay inside the window and move
// to the front; therefore, after the backwards walk, page 1 is listed again until it shows nothing
// new; if it shows a change, the walk is repeated (bounded).
// Also, the window end is capped at our clock minus one second, so that a change made in the very
// second the run starts (modified = now) cannot land inside the window.
Status DownloadService::checkCancel() const
{
    if (m_cancel && m_cancel())
        return Error(QStringLiteral("intake.cancelled"),
                     QCoreApplication::translate("DownloadService", "Stopped on request; what was downloaded so far is kept."));
    return {};
}

std::vector<PendingDownload> DownloadService::kept(const std::vector<PendingDownload> &rows) const
{
    if (m_status.isEmpty())
        return rows;
    std::vector<PendingDownload> out;
    for (const PendingDownload &r : rows)
        if (r.platformStatus == m_status)
            out.push_back(r);
    return out;
}

Status DownloadService::listWindow(const QString &start, const QString &end, const Lister &list, RunStats &stats)
{
    std::set<QString> seen; // tid|modified pairs listed in this window
    for (int pass = 0; pass < 3; ++pass) {
        if (Status st = checkCancel(); !st.ok())
            return st;
        auto first = list(start, end, 1, m_pageSize);
        if (!first.ok())
            return first.error();
        if (Status st = storeListed(kept(first->rows), seen, stats); !st.ok())
            return st;
        const qint64 total = first->total >= 0 ? first->total : qint64(first->rows.size());
        const int pages = int((total + m_pageSize - 1) / m_pageSize);
        for (int page = pages; page >= 2; --page) {
            if (Status st = checkCancel(); !st.ok())
                return st;
            auto r = list(start, end, page, m_pageSize);
            if (!r.ok())
                return r.error();
            if (Status st = storeListed(kept(r->rows), seen, stats); !st.ok())
                return st;
        }
        auto again = list(start, end, 1, m_pageSize);
        if (!again.ok())
            return again.error();
        const size_t before = seen.size();
        if (Status st = storeListed(kept(again->rows), seen, stats); !st.ok())
            return st;
        if (seen.size() == before)
            return {};
        // A trade changed inside the window during the walk and moved to the front: others may have
        // shifted into pages already read. Walk again (bounded; the next run overlaps anyway).
    }
    return {};
}

Status DownloadService::storeListed(const std::vector<PendingDownload> &rows, std::set<QString> &seen, RunStats &stats)
{
    if (rows.empty())
        return {};
    if (Status st = m_db.open(); !st.ok())
        return st;
    TradeRepository repo(m_db);
    sql::Transaction tx(m_db.connection(), m_db.dialect());
    if (Status st = tx.begin(); !st.ok())
        return st;
    // Which of these do we hold already in this platform copy or a newer one (pending or converted)?
    // Those need no details. One query per page.
    std::map<QString, QString> held;
    {
        QStringList marks;
        QVariantList values{v64(m_shop.id)};
        for (const PendingDownload &row : rows) {
            marks << QStringLiteral("?");
            values << row.tid;
        }
        QSqlQuery have(m_db.connection());
        have.setForwardOnly(true);
        if (Status st = sql::exec(have,
                                  QStringLiteral("SELECT t.tid, t.modified, COALESCE((SELECT MAX(c.platform_modified) FROM platform_changes c "
                                                 "WHERE c.order_id = t.sales_order_id), '') "
                                                 "FROM trades t WHERE t.shop_id = ? AND t.tid IN (%1)")
                                      .arg(marks.join(QLatin1Char(','))),
                                  values);
            !st.ok())
            return st;
        while (have.next())
            held[have.value(0).toString()] = std::max(have.value(1).toString(), have.value(2).toString());
    }
    for (PendingDownload row : rows) {
        row.shopId = m_shop.id;
        if (seen.insert(row.tid + QLatin1Char('|') + row.modified).second)
            ++stats.seen;
        if (auto h = held.find(row.tid); h != held.end() && h->second >= row.modified)
            continue;
        auto r = repo.upsertPendingDownload(row);
        if (!r.ok())
            return r.error();
    }
    if (Status st = tx.commit(); !st.ok())
        return st;
    if (m_hook)
        m_hook(stats);
    return {};
}

Status DownloadService::markPendingFailed(const QString &tid, const QString &error)
{
    QSqlQuery q(m_db.connection());
    return sql::exec(q, QStringLiteral("UPDATE pending_downloads SET attempts = attempts + 1, last_error = ? WHERE shop_id = ? AND tid = ?"),
                     {error, v64(m_shop.id), tid});
}

Status DownloadService::storeTrades(const std::vector<Trade> &trades, RunStats &stats)
{
    if (trades.empty())
        return {};
    if (Status st = m_db.open(); !st.ok())
        return st;
    TradeRepository repo(m_db);
    PlatformChanges changes(m_db);
    sql::Transaction tx(m_db.connection(), m_db.dialect());
    if (Status st = tx.begin(); !st.ok())
        return st;
    for (const Trade &t : trades) {
        auto r = repo.upsertInTransaction(t);
        if (!r.ok())
            return r.error();
        switch (r->outcome) {
        case UpsertOutcome::Created:
            ++stats.created;
            break;
        case UpsertOutcome::Updated:
            ++stats.updated;
            break;
        case UpsertOutcome::Unchanged:
            break;
        case UpsertOutcome::Tombstoned:
            ++stats.refused;
            break;
        case UpsertOutcome::Deleted:
            break;
        case UpsertOutcome::AlreadyConverted: {
            auto recorded = changes.record(repo, r->tradeId, r->salesOrderId, t);
            if (!recorded.ok())
                return recorded.error();
            if (recorded->has_value())
                ++stats.updated;
            // A COD trade paid, a trade finished: the sales order follows (once).
            if (auto progressed = PlatformProgress::apply(m_db, r->salesOrderId, t); !progressed.ok())
                return progressed.error();
            break;
        }
        }
    }
    if (Status st = tx.commit(); !st.ok())
        return st;
    if (m_hook)
        m_hook(stats);
    return {};
}

Status DownloadService::fetchDetails(const std::vector<int64_t> &ids, RunStats &stats)
{
    if (Status st = m_db.open(); !st.ok())
        return st;
    int64_t cursor = 0;
    size_t next = 0;
    for (;;) {
        // The next batch of pending rows: the selected ids, or all of this shop in id order.
        std::vector<QString> tids;
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (ids.empty()) {
            if (Status st = sql::exec(q, QStringLiteral("SELECT id, tid FROM pending_downloads WHERE shop_id = ? AND id > ? ORDER BY id LIMIT 50"),
                                      {v64(m_shop.id), v64(cursor)});
                !st.ok())
                return st;
            while (q.next()) {
                cursor = q.value(0).toLongLong();
                tids.push_back(q.value(1).toString());
            }
        } else {
            for (; next < ids.size() && tids.size() < 50; ++next) {
                if (Status st =
                        sql::exec(q, QStringLiteral("SELECT tid FROM pending_downloads WHERE id = ? AND shop_id = ?"), {v64(ids[next]), v64(m_shop.id)});
                    !st.ok())
                    return st;
                if (q.next())
                    tids.push_back(q.value(0).toString());
            }
            if (tids.empty() && next < ids.size())
                continue;
        }
        q.finish();
        if (tids.empty())
            return {};
        std::vector<Trade> batch;
        auto fetched = m_client->fetchTrades(QStringList(tids.begin(), tids.end()));
        for (size_t i = 0; i < tids.size(); ++i) {
            const QString &tid = tids[i];
            auto &t = fetched[i];
            if (!t.ok()) {
                if (!m_platform.errorIsPerTrade(t.error()))
                    return t.error();
                ++stats.refused;
                if (Status st = markPendingFailed(tid, t.error().message); !st.ok())
                    return st;
                continue;
            }
            Trade trade = std::move(t).value();
            trade.shopId = m_shop.id;
            batch.push_back(std::move(trade));
        }
        if (Status st = storeTrades(batch, stats); !st.ok())
            return st;
    }
}

RunStats DownloadService::downloadOrders(const QString &start, const QString &end, const QString &kind)
{
    const QString cap = QDateTime::currentDateTime().addSecs(-1).toString(kFmt);
    const QString last = std::min(end, cap);
    return run(kind, start, last, [&](RunStats &stats) -> Status {
        const auto slices = sliceWindow(start, last, m_platform.callLimits().maxWindowSecs);
        if (slices.empty())
            return Error(QStringLiteral("intake.window"),
                         QCoreApplication::translate("DownloadService", "The time range %1 – %2 is not valid.").arg(start, end));
        Lister list = [this](const QString &s, const QString &e, int page, int size) { return m_client->listChanged(s, e, page, size); };
        for (const auto &[s, e] : slices)
            if (Status st = listWindow(s, e, list, stats); !st.ok())
                return st;
        return fetchDetails({}, stats);
    });
}

RunStats DownloadService::gapFill(const QString &start, const QString &end)
{
    return run(QStringLiteral("gapfill"), start, end, [&](RunStats &stats) -> Status {
        if (!m_platform.capabilities().gapFill)
            return Error(QStringLiteral("intake.no_gapfill"),
                         QCoreApplication::translate("DownloadService", "The platform of shop %1 cannot list trades by creation time.").arg(m_shop.name));
        const auto slices = sliceWindow(start, end, m_platform.callLimits().maxWindowSecs);
        if (slices.empty())
            return Error(QStringLiteral("intake.window"),
                         QCoreApplication::translate("DownloadService", "The time range %1 – %2 is not valid.").arg(start, end));
        Lister list = [this](const QString &s, const QString &e, int page, int size) { return m_client->listCreated(s, e, page, size); };
        for (const auto &[s, e] : slices)
            if (Status st = listWindow(s, e, list, stats); !st.ok())
                return st;
        return fetchDetails({}, stats);
    });
}

RunStats DownloadService::downloadTids(const QStringList &tids)
{
    return run(QStringLiteral("manual"), QString(), QString(), [&](RunStats &stats) -> Status {
        std::vector<Trade> batch;
        for (const QString &tid : tids) {
            if (Status st = checkCancel(); !st.ok()) {
                (void)storeTrades(batch, stats); // what was fetched is kept
                return st;
            }
            auto t = m_client->fetchTrade(tid.trimmed());
            ++stats.seen;
            if (!t.ok()) {
                if (!m_platform.errorIsPerTrade(t.error()))
                    return t.error();
                ++stats.refused;
                continue;
            }
            Trade trade = std::move(t).value();
            trade.shopId = m_shop.id;
            batch.push_back(std::move(trade));
            if (batch.size() == 50) {
                if (Status st = storeTrades(batch, stats); !st.ok())
                    return st;
                batch.clear();
            }
        }
        return storeTrades(batch, stats);
    });
}

RunStats DownloadService::fetchPending(const std::vector<int64_t> &ids)
{
    return run(QStringLiteral("fetch"), QString(), QString(), [&](RunStats &stats) -> Status {
        stats.seen = int(ids.size());
        return fetchDetails(ids, stats);
    });
}

Status DownloadService::removePending(const std::vector<int64_t> &ids)
{
    TradeRepository repo(m_db);
    for (int64_t id : ids)
        if (Status st = repo.removePendingDownload(id); !st.ok())
            return st;
    return {};
}

RunStats DownloadService::runSchedule(const Schedule &s)
{
    const QDateTime now = QDateTime::currentDateTime();
    const QString end = now.toString(kFmt);
    QDateTime start;
    if (s.kind == QLatin1String("gapfill")) {
        start = now.addSecs(-60LL * (s.lookbackMin > 0 ? s.lookbackMin : 3 * 24 * 60));
    } else if (!s.coveredUntil.isEmpty()) {
        start = QDateTime::fromString(s.coveredUntil, kFmt).addSecs(-m_overlapSecs);
    } else {
        start = now.addSecs(-60LL * (s.lookbackMin > 0 ? s.lookbackMin : 24 * 60));
    }
    start = std::max(start, now.addDays(-m_platform.callLimits().maxLookbackDays)); // TOP keeps three months
    RunStats stats;
    if (s.kind == QLatin1String("gapfill"))
        stats = gapFill(start.toString(kFmt), end);
    else if (s.kind == QLatin1String("refunds"))
        stats = downloadRefunds(start.toString(kFmt), end);
    else
        stats = downloadOrders(start.toString(kFmt), end);
    if (stats.ok && s.id > 0) {
        if (Status st = RunLog(m_db).setCoveredUntil(s.id, stats.windowEnd); !st.ok()) {
            stats.ok = false;
            stats.error = st.error().message;
        }
    }
    return stats;
}

} // namespace od::intake
