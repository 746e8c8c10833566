// DownloadService: refunds → 待转入退单 (pending_refunds), by shop + refund id, newest modified wins,
// tombstones of kind 'refund' respected. The handling state (state, refuse_reason, ...) is staff's
// and never overwritten by a download.
#include "intake/downloadservice.h"

#include "storage/listrepository.h"
#include "storage/payloads.h"
#include "storage/sql.h"
#include "storage/traderepository.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace od::intake {

namespace {
using sql::v64;
}

Status DownloadService::storeRefunds(const std::vector<PendingRefund> &rows, RunStats &stats)
{
    if (rows.empty())
        return {};
    if (Status st = m_db.open(); !st.ok())
        return st;
    QSqlDatabase db = m_db.connection();
    TradeRepository repo(m_db);
    sql::Transaction tx(db, m_db.dialect());
    if (Status st = tx.begin(); !st.ok())
        return st;
    for (const PendingRefund &r : rows) {
        ++stats.seen;
        auto tomb = repo.isTombstoned(m_shop.id, QStringLiteral("refund"), r.refundId);
        if (!tomb.ok())
            return tomb.error();
        if (tomb.value()) {
            ++stats.refused;
            continue;
        }
        QSqlQuery cur(db);
        if (Status st =
                sql::exec(cur, QStringLiteral("SELECT modified FROM pending_refunds WHERE shop_id = ? AND refund_id = ?"), {v64(m_shop.id), r.refundId});
            !st.ok())
            return st;
        const bool exists = cur.next();
        const QString storedModified = exists ? cur.value(0).toString() : QString();
        cur.finish();
        if (exists && !(r.modified > storedModified))
            continue;
        QSqlQuery q(db);
        if (Status st = sql::exec(q,
                                  QStringLiteral("INSERT INTO pending_refunds(shop_id, refund_id, tid, oid, amount_fen, reason, goods_return, platform_status, "
                                                 "refund_phase, refund_version, created, modified, received_at, search_text) "
                                                 "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (shop_id, refund_id) DO UPDATE SET "
                                                 "tid = excluded.tid, oid = excluded.oid, amount_fen = excluded.amount_fen, reason = excluded.reason, "
                                                 "goods_return = excluded.goods_return, platform_status = excluded.platform_status, "
                                                 "refund_phase = excluded.refund_phase, refund_version = excluded.refund_version, "
                                                 "modified = excluded.modified, search_text = excluded.search_text "
                                                 "WHERE pending_refunds.modified < excluded.modified RETURNING id"),
                                  {v64(m_shop.id), r.refundId, r.tid, r.oid, v64(r.amount.fen()), r.reason, int(r.goodsReturn), r.platformStatus, r.refundPhase,
                                   r.refundVersion, r.created, r.modified, sql::nowText(), buildSearchText({r.refundId, r.tid, r.reason})});
            !st.ok())
            return st;
        if (!q.next())
            continue; // not newer than the stored copy
        const int64_t rowId = q.value(0).toLongLong();
        q.finish();
        // The payload beside the row (storage/payloads.h).
        if (Status st = payload::write(db, payload::Kind::Refund, rowId, payload::encode(r.rawPayload)); !st.ok())
            return st;
        ++(exists ? stats.updated : stats.created);
    }
    if (Status st = tx.commit(); !st.ok())
        return st;
    if (m_hook)
        m_hook(stats);
    return {};
}

RunStats DownloadService::downloadRefunds(const QString &start, const QString &end)
{
    return run(QStringLiteral("refunds"), start, end, [&](RunStats &stats) -> Status {
        if (!m_platform.capabilities().pullRefunds)
            return Error(QStringLiteral("intake.no_refunds"),
                         QCoreApplication::translate("DownloadService", "The platform of shop %1 has no refunds to download.").arg(m_shop.name));
        const auto slices = sliceWindow(start, end, m_platform.callLimits().maxWindowSecs);
        if (slices.empty())
            return Error(QStringLiteral("intake.window"),
                         QCoreApplication::translate("DownloadService", "The time range %1 – %2 is not valid.").arg(start, end));
        for (const auto &[s, e] : slices) {
            // Same order as trades: from the last page backwards (see listWindow).
            auto first = m_client->listRefunds(s, e, 1, m_pageSize);
            if (!first.ok())
                return first.error();
            const int pages = int((std::max<qint64>(first->total, 0) + m_pageSize - 1) / m_pageSize);
            std::vector<platforms::RefundPage> collected{first.value()};
            for (int page = pages; page >= 2; --page) {
                auto r = m_client->listRefunds(s, e, page, m_pageSize);
                if (!r.ok())
                    return r.error();
                collected.push_back(std::move(r).value());
            }
            for (platforms::RefundPage &page : collected) {
                // The list may lack the phase/version that a refusal needs: ask for the refund in full.
                for (PendingRefund &r : page.rows) {
                    if (r.refundPhase.isEmpty() || r.refundVersion.isEmpty()) {
                        auto full = m_client->fetchRefund(r.refundId);
                        if (!full.ok())
                            return full.error();
                        r = full.value();
                    }
                    r.shopId = m_shop.id;
                }
                if (Status st = storeRefunds(page.rows, stats); !st.ok())
                    return st;
            }
        }
        return Status{};
    });
}

} // namespace od::intake
