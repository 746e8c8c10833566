#include "push/pushstore.h"

#include "intake/platformchanges.h"
#include "storage/listrepository.h"
#include "storage/sql.h"
#include "workflow/platformprogress.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <mutex>
#include <optional>

namespace od::push {

namespace {
using sql::v64;

// Two 32-bit keys for pg_advisory_xact_lock: one order of one shop.
std::pair<qint32, qint32> orderLockKey(int64_t shopId, const QString &tid)
{
    const QByteArray h = QCryptographicHash::hash(QByteArray::number(qlonglong(shopId)) + '/' + tid.toUtf8(), QCryptographicHash::Sha1);
    qint32 a = 0, b = 0;
    memcpy(&a, h.constData(), 4);
    memcpy(&b, h.constData() + 4, 4);
    return {a, b};
}
// SQLite has one writer at a time; its busy handler backs off by sleeping, which makes many handler
// threads contending for the write lock very slow. Writers in this process queue here instead
// (other processes still meet SQLite's busy timeout).
std::mutex g_sqliteWriters;

std::unique_lock<std::mutex> sqliteWriterLock(Database &db)
{
    return db.isPostgres() ? std::unique_lock<std::mutex>() : std::unique_lock<std::mutex>(g_sqliteWriters);
}
} // namespace

Status PushStore::upsertPendingRefund(const PendingRefund &r)
{
    QSqlQuery q(m_db.connection());
    const QString search = buildSearchText({r.refundId, r.tid, r.oid});
    const Status st =
        sql::exec(q,
                  QStringLiteral("INSERT INTO pending_refunds(shop_id, refund_id, tid, oid, amount_fen, reason, goods_return, platform_status, "
                                 "refund_phase, refund_version, created, modified, received_at, search_text) "
                                 "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
                                 "ON CONFLICT (shop_id, refund_id) DO UPDATE SET amount_fen = excluded.amount_fen, platform_status = excluded.platform_status, "
                                 "refund_phase = excluded.refund_phase, refund_version = excluded.refund_version, modified = excluded.modified "
                                 "WHERE pending_refunds.modified < excluded.modified AND pending_refunds.state = 'pending' RETURNING id"),
                  {v64(r.shopId), r.refundId, r.tid, r.oid, v64(r.amount.fen()), r.reason, int(r.goodsReturn), r.platformStatus, r.refundPhase, r.refundVersion,
                   r.created, r.modified, sql::nowText(), search});
    if (!st.ok())
        return st;
    if (!q.next())
        return {}; // not newer, or handled already: the stored copy (and its payload) stays
    const int64_t id = q.value(0).toLongLong();
    q.finish();
    return payload::write(m_db.connection(), payload::Kind::Refund, id, payload::encode(r.rawPayload));
}

std::vector<Result<IntakeResult>> PushStore::intakeBatch(const std::vector<const MappedPush *> &pushes, const std::vector<const payload::Stored *> &encoded)
{
    std::vector<Result<IntakeResult>> out;
    out.reserve(pushes.size());
    auto failAll = [&](const Error &e) {
        out.assign(pushes.size(), Result<IntakeResult>(e));
        return out;
    };
    if (Status st = m_db.open(); !st.ok())
        return failAll(st.error());
    QSqlDatabase db = m_db.connection();
    auto writer = sqliteWriterLock(m_db);
    sql::Transaction tx(db, m_db.dialect());
    if (Status st = tx.begin(); !st.ok())
        return failAll(st.error());
    QSqlQuery sp(db);
    for (size_t i = 0; i < pushes.size(); ++i) {
        const MappedPush *push = pushes[i];
        // Each order in its own savepoint: one that fails leaves the others of the batch intact.
        if (!sp.exec(QStringLiteral("SAVEPOINT intake_one")))
            return failAll(sql::dbError(sp, "starting an order of a batch"));
        auto r = intakeInTransaction(*push, i < encoded.size() ? encoded[i] : nullptr);
        if (!sp.exec(r.ok() ? QStringLiteral("RELEASE SAVEPOINT intake_one") : QStringLiteral("ROLLBACK TO SAVEPOINT intake_one")))
            return failAll(sql::dbError(sp, "ending an order of a batch"));
        if (!r.ok())
            sp.exec(QStringLiteral("RELEASE SAVEPOINT intake_one"));
        out.push_back(std::move(r));
    }
    if (Status st = tx.commit(); !st.ok())
        return failAll(st.error());
    return out;
}

Result<IntakeResult> PushStore::intakeInTransaction(const MappedPush &push, const payload::Stored *encoded)
{
    QSqlDatabase db = m_db.connection();
    const Trade &t = push.trade;
    if (m_db.isPostgres()) {
        // Serialises pushes of the same order (also its very first insert, which no row lock covers).
        const auto key = orderLockKey(t.shopId, t.tid);
        QSqlQuery lock(db);
        if (Status st = sql::exec(lock, QStringLiteral("SELECT pg_advisory_xact_lock(?, ?)"), {key.first, key.second}); !st.ok())
            return st.error();
    }
    if (push.deleted)
        return intakeDeleted(push);
    std::optional<TradeRepository> own;
    TradeRepository &trades = m_trades ? *m_trades : own.emplace(m_db);
    auto up = trades.upsertInTransaction(t, encoded);
    if (!up.ok())
        return up.error();
    IntakeResult res{up->outcome, up->tradeId, up->salesOrderId, {}, 0};
    if (res.outcome == UpsertOutcome::AlreadyConverted && res.salesOrderId > 0) {
        if (Status st = recordChange(push, res); !st.ok())
            return st.error();
        // A COD order paid, an order finished on the mall: the sales order follows (once).
        if (auto progressed = PlatformProgress::apply(m_db, res.salesOrderId, t); !progressed.ok())
            return progressed.error();
    }
    return res;
}

Result<IntakeResult> PushStore::intakeDeleted(const MappedPush &push)
{
    // Deleted (or moved to the recycle bin) on the mall: a pending copy leaves 待转入订单 (without a
    // tombstone: restored from the recycle bin, it comes back with its next push); a converted one
    // gets a platform change on its sales order.
    QSqlDatabase db = m_db.connection();
    const Trade &t = push.trade;
    QSqlQuery q(db);
    if (Status st = sql::exec(q, QStringLiteral("SELECT id, state, modified, COALESCE(sales_order_id, 0) FROM trades WHERE shop_id = ? AND tid = ?"),
                              {v64(t.shopId), t.tid});
        !st.ok())
        return st.error();
    IntakeResult res{UpsertOutcome::Deleted, 0, 0, {}, 0};
    if (!q.next())
        return res;
    res.tradeId = q.value(0).toLongLong();
    const QString state = q.value(1).toString();
    const QString storedModified = q.value(2).toString();
    res.salesOrderId = q.value(3).toLongLong();
    q.finish();
    if (state == toKey(TradeState::Converted) && res.salesOrderId > 0) {
        res.outcome = UpsertOutcome::AlreadyConverted;
        if (Status st = recordChange(push, res); !st.ok())
            return st.error();
        return res;
    }
    if (state != toKey(TradeState::Pending) || t.modified <= storedModified) {
        res.outcome = state == toKey(TradeState::Pending) ? UpsertOutcome::Unchanged : UpsertOutcome::Tombstoned;
        return res;
    }
    QSqlQuery del(db);
    if (Status st = sql::exec(del, QStringLiteral("DELETE FROM trades WHERE id = ? AND state = 'pending'"), {v64(res.tradeId)}); !st.ok())
        return st.error();
    return res;
}

Status PushStore::recordChange(const MappedPush &push, IntakeResult &res)
{
    // The same function as for pulled trades: one set of kinds, translated details, once per copy.
    std::optional<TradeRepository> own;
    TradeRepository &trades = m_trades ? *m_trades : own.emplace(m_db);
    auto recorded = intake::PlatformChanges(m_db).record(trades, res.tradeId, res.salesOrderId, push.trade, push.deleted, push.refunds);
    if (!recorded.ok())
        return recorded.error();
    if (!recorded->has_value())
        return {};
    res.changeKind = intake::toKey(**recorded);
    for (const PendingRefund &r : push.refunds) {
        if (Status st = upsertPendingRefund(r); !st.ok())
            return st.error();
        ++res.refundsUpserted;
    }
    return {};
}

Status PushStore::recordException(const PushException &e)
{
    if (Status st = m_db.open(); !st.ok())
        return st;
    const qint64 full = e.bodySize >= 0 ? e.bodySize : e.body.size();
    QByteArray kept = e.body;
    if (full > kMaxStoredBody || kept.size() > kMaxStoredBody)
        kept = kept.left(kTruncatedBodyKeep);
    // Search by order number when the body names one, even a broken body.
    static const QRegularExpression orderNo(QStringLiteral("\"order_no\"\\s*:\\s*\"?([0-9A-Za-z_-]{1,64})"));
    const auto m = orderNo.match(QString::fromUtf8(kept.left(kTruncatedBodyKeep)));
    QStringList parts{e.shopCode, e.remote, e.errorCode, e.reason};
    if (m.hasMatch())
        parts << m.captured(1);
    auto writer = sqliteWriterLock(m_db);
    QSqlQuery ins(m_db.connection());
    if (!ins.prepare(QStringLiteral("INSERT INTO push_exceptions(received_at, shop_code, remote, kind, reason, body, body_size, search_text) "
                                    "VALUES (?,?,?,?,?,?,?,?)")))
        return sql::dbError(ins, "preparing a push exception");
    ins.addBindValue(sql::nowText());
    ins.addBindValue(sql::bindable(e.shopCode));
    ins.addBindValue(sql::bindable(e.remote));
    ins.addBindValue(sql::bindable(e.kind));
    ins.addBindValue(sql::bindable(e.reason));
    ins.addBindValue(kept.isNull() ? QByteArray("") : kept);
    ins.addBindValue(v64(full));
    ins.addBindValue(sql::bindable(buildSearchText(parts)));
    if (!ins.exec())
        return sql::dbError(ins, "storing a refused push");
    return {};
}

} // namespace od::push
