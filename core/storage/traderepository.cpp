#include "storage/traderepository.h"

#include "storage/listrepository.h"
#include "storage/payloads.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace od {

namespace {
using sql::v64;

Error notFound(int64_t id)
{
    return Error(QStringLiteral("trade.not_found"), QCoreApplication::translate("Trades", "Trade %1 no longer exists (removed by someone else?).").arg(id));
}

QVariantList tradeValues(const Trade &t)
{
    return {t.platformStatus,
            t.buyerNick,
            t.receiverName,
            t.receiverMobile,
            t.receiverState,
            t.receiverCity,
            t.receiverDistrict,
            t.receiverAddress,
            t.created,
            t.modified,
            t.payTime,
            int(t.paid),
            int(t.cod),
            int(t.closed),
            v64(t.goodsTotal.fen()),
            v64(t.freight.fen()),
            v64(t.discount.fen()),
            v64(t.paidAmount.fen()),
            t.buyerMemo,
            t.sellerMemo,
            int(t.lines.size()),
            TradeRepository::skuSummaryOf(t),
            TradeRepository::searchTextOf(t),
            t.buyerMobile,
            t.expressCompany,
            t.trackingNo,
            t.consignTime,
            t.discountDetail,
            t.platformExtra,
            v64(amountDifferenceFen(t)),
            t.receiverZip,
            t.receiverPhone,
            t.buyerId,
            v64(t.pointFee),
            v64(t.obtainPoint),
            t.payNo,
            t.payMethod};
}

const char *kTradeCols = "platform_status, buyer_nick, receiver_name, receiver_mobile, receiver_state, receiver_city, "
                         "receiver_district, receiver_address, created, modified, pay_time, is_paid, is_cod, is_closed, "
                         "goods_fen, freight_fen, discount_fen, paid_fen, buyer_memo, seller_memo, line_count, "
                         "sku_summary, search_text, buyer_mobile, express_company, tracking_no, "
                         "consign_time, discount_detail, platform_extra, amount_diff_fen, receiver_zip, receiver_phone, "
                         "buyer_id, point_fee, obtain_point, pay_no, pay_method";
constexpr int kTradeColCount = 37;
} // namespace

QString TradeRepository::rowColumns() { return QString::fromLatin1(kTradeCols); }
QVariantList TradeRepository::rowValues(const Trade &t) { return tradeValues(t); }

QString TradeRepository::searchTextOf(const Trade &t)
{
    QStringList parts{t.tid, t.buyerNick, t.receiverName, t.receiverMobile};
    for (const TradeLine &l : t.lines) {
        parts << l.outerSkuId << l.skuCode;
    }
    parts.removeDuplicates();
    return buildSearchText(parts);
}

QString TradeRepository::skuSummaryOf(const Trade &t)
{
    QStringList parts;
    for (const TradeLine &l : t.lines) {
        parts << QStringLiteral("%1×%2").arg(l.title.left(40)).arg(l.quantity);
        if (parts.size() == 5) {
            parts << QStringLiteral("…");
            break;
        }
    }
    return parts.join(QStringLiteral("; "));
}

struct TradeRepository::Statements {
    explicit Statements(QSqlDatabase db) : tomb(db), find(db), insert(db), update(db), delLines(db), insLine(db), delPending(db), setPayload(db), delPayload(db)
    { }
    QSqlQuery tomb, find, insert, update, delLines, insLine, delPending, setPayload, delPayload;
    bool ready = false;
};

TradeRepository::TradeRepository(Database &db) : m_db(db) { }
TradeRepository::~TradeRepository() = default;

TradeRepository::Statements &TradeRepository::statements()
{
    if (!m_stmts) {
        QSqlDatabase db = m_db.connection();
        m_stmts = std::make_unique<Statements>(db);
        Statements &s = *m_stmts;
        QStringList sets;
        for (const QString &c : QString::fromLatin1(kTradeCols).split(QStringLiteral(", ")))
            sets << c + QStringLiteral(" = ?");
        const QString lock = sql::forUpdate(m_db);
        s.ready = s.tomb.prepare(QStringLiteral("SELECT COUNT(*) FROM tombstones WHERE shop_id = ? AND kind = 'trade' AND platform_id = ?"))
            && s.find.prepare(QStringLiteral("SELECT id, state, modified, COALESCE(sales_order_id, 0) FROM trades WHERE shop_id = ? AND tid = ?") + lock)
            && s.insert.prepare(QStringLiteral("INSERT INTO trades(shop_id, tid, %1, received_at) VALUES (?,?,%2?) "
                                               "ON CONFLICT (shop_id, tid) DO NOTHING RETURNING id")
                                    .arg(QLatin1String(kTradeCols), QStringLiteral("?,").repeated(kTradeColCount)))
            && s.update.prepare(QStringLiteral("UPDATE trades SET %1, last_error = ? WHERE id = ?").arg(sets.join(QStringLiteral(", "))))
            && s.delLines.prepare(QStringLiteral("DELETE FROM trade_lines WHERE trade_id = ?"))
            && s.insLine.prepare(QStringLiteral("INSERT INTO trade_lines(trade_id, line_no, oid, item_id, sku_id, outer_sku_id, title, "
                                                "attributes, quantity, unit_fen, amount_fen, refund_status, discount_fen) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"))
            && s.delPending.prepare(QStringLiteral("DELETE FROM pending_downloads WHERE shop_id = ? AND tid = ?"))
            && s.setPayload.prepare(QStringLiteral("INSERT INTO trade_payloads(trade_id, codec, body) VALUES (?,?,?) "
                                                   "ON CONFLICT (trade_id) DO UPDATE SET codec = excluded.codec, body = excluded.body"))
            && s.delPayload.prepare(QStringLiteral("DELETE FROM trade_payloads WHERE trade_id = ?"));
    }
    return *m_stmts;
}

namespace {
Status run(QSqlQuery &q, const QVariantList &values, const char *what)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, sql::bindable(values[i]));
    if (!q.exec())
        return sql::dbError(q, what);
    return {};
}
} // namespace

Result<UpsertResult> TradeRepository::upsertInTransaction(const Trade &t, const payload::Stored *encoded)
{
    Statements &s = statements();
    if (!s.ready)
        return sql::dbError(s.insert, "preparing the trade statements");
    const QVariant shop = v64(t.shopId);
    if (Status st = run(s.tomb, {shop, t.tid}, "checking tombstones"); !st.ok())
        return st.error();
    const bool tombstoned = s.tomb.next() && s.tomb.value(0).toLongLong() > 0;
    s.tomb.finish();
    UpsertResult result;
    if (tombstoned) {
        result.outcome = UpsertOutcome::Tombstoned;
    } else {
        if (Status st = run(s.find, {shop, t.tid}, "looking up a trade"); !st.ok())
            return st.error();
        const bool exists = s.find.next();
        if (!exists) {
            s.find.finish();
            QVariantList vals{shop, t.tid};
            vals << tradeValues(t) << sql::nowText();
            if (Status st = run(s.insert, vals, "inserting a trade"); !st.ok())
                return st.error();
            if (!s.insert.next()) { // another writer created it between our read and insert
                s.insert.finish();
                return UpsertResult{UpsertOutcome::Unchanged, 0, 0};
            }
            result = {UpsertOutcome::Created, s.insert.value(0).toLongLong(), 0};
            s.insert.finish();
        } else {
            result.tradeId = s.find.value(0).toLongLong();
            const QString state = s.find.value(1).toString();
            const QString storedModified = s.find.value(2).toString();
            result.salesOrderId = s.find.value(3).toLongLong();
            s.find.finish();
            if (state == toKey(TradeState::Converted)) {
                result.outcome = UpsertOutcome::AlreadyConverted;
            } else if (state == toKey(TradeState::Processed)) {
                result.outcome = UpsertOutcome::Tombstoned;
            } else if (!t.modified.isEmpty() && t.modified > storedModified) {
                QVariantList vals = tradeValues(t);
                vals << QString() << v64(result.tradeId);
                if (Status st = run(s.update, vals, "updating a trade"); !st.ok())
                    return st.error();
                if (Status st = run(s.delLines, {v64(result.tradeId)}, "replacing trade lines"); !st.ok())
                    return st.error();
                result.outcome = UpsertOutcome::Updated;
            } else {
                result.outcome = UpsertOutcome::Unchanged;
            }
        }
        if (result.outcome == UpsertOutcome::Created || result.outcome == UpsertOutcome::Updated) {
            // The payload beside the row (storage/payloads.h), encoded by the caller if it did so off
            // the writer.
            const payload::Stored stored = encoded ? *encoded : payload::encode(t.rawPayload);
            if (!stored.body.isEmpty()) {
                s.setPayload.bindValue(0, v64(result.tradeId));
                s.setPayload.bindValue(1, int(stored.codec));
                s.setPayload.bindValue(2, stored.body);
                if (!s.setPayload.exec())
                    return sql::dbError(s.setPayload, "storing a trade payload");
            } else if (result.outcome == UpsertOutcome::Updated) {
                if (Status st = run(s.delPayload, {v64(result.tradeId)}, "removing a trade payload"); !st.ok())
                    return st.error();
            }
            int no = 0;
            for (const TradeLine &l : t.lines) {
                if (Status st = run(s.insLine,
                                    {v64(result.tradeId), ++no, l.oid, l.itemId, l.skuId, l.outerSkuId, l.title, l.attributes, l.quantity,
                                     v64(l.unitPrice.fen()), v64(l.amount.fen()), l.refundStatus, v64(l.discount.fen())},
                                    "inserting a trade line");
                    !st.ok())
                    return st.error();
            }
        }
    }
    if (Status st = run(s.delPending, {shop, t.tid}, "clearing the pending download"); !st.ok())
        return st.error();
    return result;
}

Result<std::vector<UpsertResult>> TradeRepository::upsert(const std::vector<Trade> &trades)
{
    return sql::inTransaction(m_db, [&](QSqlDatabase db) -> Result<std::vector<UpsertResult>> {
        std::vector<UpsertResult> out;
        out.reserve(trades.size());
        for (const Trade &t : trades) {
            auto r = upsertInTransaction(t);
            if (!r.ok())
                return r.error();
            out.push_back(r.value());
        }
        return out;
    });
}

Result<std::optional<Trade>> TradeRepository::get(int64_t id)
{
    if (Status st = m_db.open(); !st.ok())
        return st.error();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status st = sql::exec(q,
                              QStringLiteral("SELECT id, shop_id, tid, state, %1, COALESCE(sales_order_id, 0), converted_by, converted_at "
                                             "FROM trades WHERE id = ?")
                                  .arg(QLatin1String(kTradeCols)),
                              {v64(id)});
        !st.ok())
        return st.error();
    if (!q.next())
        return std::optional<Trade>();
    Trade t;
    int i = 0;
    t.id = q.value(i++).toLongLong();
    t.shopId = q.value(i++).toLongLong();
    t.tid = q.value(i++).toString();
    t.state = fromKey<TradeState>(q.value(i++).toString()).value_or(TradeState::Pending);
    t.platformStatus = q.value(i++).toString();
    t.buyerNick = q.value(i++).toString();
    t.receiverName = q.value(i++).toString();
    t.receiverMobile = q.value(i++).toString();
    t.receiverState = q.value(i++).toString();
    t.receiverCity = q.value(i++).toString();
    t.receiverDistrict = q.value(i++).toString();
    t.receiverAddress = q.value(i++).toString();
    t.created = q.value(i++).toString();
    t.modified = q.value(i++).toString();
    t.payTime = q.value(i++).toString();
    t.paid = q.value(i++).toInt() != 0;
    t.cod = q.value(i++).toInt() != 0;
    t.closed = q.value(i++).toInt() != 0;
    t.goodsTotal = Money::fromFen(q.value(i++).toLongLong());
    t.freight = Money::fromFen(q.value(i++).toLongLong());
    t.discount = Money::fromFen(q.value(i++).toLongLong());
    t.paidAmount = Money::fromFen(q.value(i++).toLongLong());
    t.buyerMemo = q.value(i++).toString();
    t.sellerMemo = q.value(i++).toString();
    i += 3; // line_count, sku_summary, search_text
    t.buyerMobile = q.value(i++).toString();
    t.expressCompany = q.value(i++).toString();
    t.trackingNo = q.value(i++).toString();
    t.consignTime = q.value(i++).toString();
    t.discountDetail = q.value(i++).toString();
    t.platformExtra = q.value(i++).toString();
    i++; // amount_diff_fen (derived from the amounts above)
    t.receiverZip = q.value(i++).toString();
    t.receiverPhone = q.value(i++).toString();
    t.buyerId = q.value(i++).toString();
    t.pointFee = q.value(i++).toLongLong();
    t.obtainPoint = q.value(i++).toLongLong();
    t.payNo = q.value(i++).toString();
    t.payMethod = q.value(i++).toString();
    t.salesOrderId = q.value(i++).toLongLong();
    t.convertedBy = q.value(i++).toString();
    t.convertedAt = q.value(i++).toString();
    q.finish();
    auto raw = payload::read(m_db.connection(), payload::Kind::Trade, id);
    if (!raw.ok())
        return raw.error();
    t.rawPayload = raw.value();

    QSqlQuery l(m_db.connection());
    l.setForwardOnly(true);
    if (Status st = sql::exec(
            l,
            QStringLiteral("SELECT oid, item_id, sku_id, outer_sku_id, title, attributes, quantity, unit_fen, amount_fen, refund_status, discount_fen "
                           "FROM trade_lines WHERE trade_id = ? ORDER BY line_no"),
            {v64(id)});
        !st.ok())
        return st.error();
    while (l.next()) {
        TradeLine line;
        line.oid = l.value(0).toString();
        line.itemId = l.value(1).toString();
        line.skuId = l.value(2).toString();
        line.outerSkuId = l.value(3).toString();
        line.title = l.value(4).toString();
        line.attributes = l.value(5).toString();
        line.quantity = l.value(6).toInt();
        line.unitPrice = Money::fromFen(l.value(7).toLongLong());
        line.amount = Money::fromFen(l.value(8).toLongLong());
        line.refundStatus = l.value(9).toString();
        line.discount = Money::fromFen(l.value(10).toLongLong());
        t.lines.push_back(line);
    }
    return std::optional<Trade>(std::move(t));
}

Result<std::optional<Trade>> TradeRepository::findByTid(int64_t shopId, const QString &tid)
{
    auto id = sql::scalar(m_db.connection(), QStringLiteral("SELECT id FROM trades WHERE shop_id = ? AND tid = ?"), {v64(shopId), tid});
    if (!id.ok())
        return id.error();
    if (id.value() == 0)
        return std::optional<Trade>();
    return get(id.value());
}

Result<TradeState> TradeRepository::state(int64_t id)
{
    QSqlQuery q(m_db.connection());
    if (Status st = sql::exec(q, QStringLiteral("SELECT state FROM trades WHERE id = ?"), {v64(id)}); !st.ok())
        return st.error();
    if (!q.next())
        return notFound(id);
    return fromKey<TradeState>(q.value(0).toString()).value_or(TradeState::Pending);
}

Status TradeRepository::refusal(int64_t id, TradeAction action)
{
    auto s = state(id);
    if (!s.ok())
        return s.error();
    if (auto e = checkTradeAction(s.value(), action))
        return *e;
    return {};
}

Status TradeRepository::remove(int64_t id)
{
    if (Status st = m_db.open(); !st.ok())
        return st;
    QSqlQuery q(m_db.connection());
    if (Status st = sql::exec(q, QStringLiteral("DELETE FROM trades WHERE id = ? AND state = 'pending'"), {v64(id)}); !st.ok())
        return st;
    if (q.numRowsAffected() == 0)
        if (Status why = refusal(id, TradeAction::Remove); !why.ok())
            return why;
    return {};
}

Status TradeRepository::markProcessed(int64_t id, const QString &user)
{
    return sql::inTransaction(m_db, [&](QSqlDatabase db) -> Status { return markProcessedInTransaction(id, user); });
}

Status TradeRepository::markProcessedInTransaction(int64_t id, const QString &user)
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    if (Status st = sql::exec(q, QStringLiteral("UPDATE trades SET state = 'processed' WHERE id = ? AND state = 'pending'"), {v64(id)}); !st.ok())
        return st;
    if (q.numRowsAffected() == 0)
        if (Status why = refusal(id, TradeAction::MarkProcessed); !why.ok())
            return why;
    QSqlQuery t(db);
    if (Status st = sql::exec(t, QStringLiteral("SELECT shop_id, tid FROM trades WHERE id = ?"), {v64(id)}); !st.ok())
        return st;
    if (!t.next())
        return notFound(id);
    const int64_t shopId = t.value(0).toLongLong();
    const QString tid = t.value(1).toString();
    t.finish();
    return addTombstone(shopId, QStringLiteral("trade"), tid, user);
}

Status TradeRepository::setLastError(int64_t id, const QString &error)
{
    QSqlQuery q(m_db.connection());
    return sql::exec(q, QStringLiteral("UPDATE trades SET last_error = ? WHERE id = ?"), {error, v64(id)});
}

Result<bool> TradeRepository::upsertPendingDownload(const PendingDownload &r)
{
    if (Status st = m_db.open(); !st.ok())
        return st.error();
    QSqlDatabase db = m_db.connection();
    auto tomb = isTombstoned(r.shopId, QStringLiteral("trade"), r.tid);
    if (!tomb.ok())
        return tomb.error();
    if (tomb.value())
        return false;
    const QString search = buildSearchText({r.tid, r.buyerNick, r.receiverName});
    auto existing = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM pending_downloads WHERE shop_id = ? AND tid = ?"), {v64(r.shopId), r.tid});
    if (!existing.ok())
        return existing.error();
    QSqlQuery q(db);
    if (Status st = sql::exec(
            q,
            QStringLiteral("INSERT INTO pending_downloads(shop_id, tid, buyer_nick, receiver_name, summary, platform_status, modified, found_at, search_text) "
                           "VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT (shop_id, tid) DO UPDATE SET buyer_nick = excluded.buyer_nick, "
                           "receiver_name = excluded.receiver_name, summary = excluded.summary, platform_status = excluded.platform_status, "
                           "modified = excluded.modified, search_text = excluded.search_text WHERE pending_downloads.modified < excluded.modified"),
            {v64(r.shopId), r.tid, r.buyerNick, r.receiverName, r.summary, r.platformStatus, r.modified, sql::nowText(), search});
        !st.ok())
        return st.error();
    return existing.value() == 0;
}

Status TradeRepository::removePendingDownload(int64_t id)
{
    QSqlQuery q(m_db.connection());
    return sql::exec(q, QStringLiteral("DELETE FROM pending_downloads WHERE id = ?"), {v64(id)});
}

Result<std::vector<PendingDownload>> TradeRepository::pendingDownloads(int64_t shopId, int limit)
{
    if (Status st = m_db.open(); !st.ok())
        return st.error();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status st = sql::exec(q,
                              QStringLiteral("SELECT id, shop_id, tid, buyer_nick, receiver_name, summary, platform_status, modified "
                                             "FROM pending_downloads WHERE shop_id = ? ORDER BY id LIMIT ?"),
                              {v64(shopId), limit});
        !st.ok())
        return st.error();
    std::vector<PendingDownload> out;
    while (q.next()) {
        PendingDownload r;
        r.id = q.value(0).toLongLong();
        r.shopId = q.value(1).toLongLong();
        r.tid = q.value(2).toString();
        r.buyerNick = q.value(3).toString();
        r.receiverName = q.value(4).toString();
        r.summary = q.value(5).toString();
        r.platformStatus = q.value(6).toString();
        r.modified = q.value(7).toString();
        out.push_back(r);
    }
    return out;
}

Result<bool> TradeRepository::isTombstoned(int64_t shopId, const QString &kind, const QString &platformId)
{
    auto n = sql::scalar(m_db.connection(), QStringLiteral("SELECT COUNT(*) FROM tombstones WHERE shop_id = ? AND kind = ? AND platform_id = ?"),
                         {v64(shopId), kind, platformId});
    if (!n.ok())
        return n.error();
    return n.value() > 0;
}

Status TradeRepository::addTombstone(int64_t shopId, const QString &kind, const QString &platformId, const QString &user)
{
    QSqlQuery q(m_db.connection());
    return sql::exec(q,
                     QStringLiteral("INSERT INTO tombstones(shop_id, kind, platform_id, created_at, created_by) VALUES (?,?,?,?,?) "
                                    "ON CONFLICT DO NOTHING"),
                     {v64(shopId), kind, platformId, sql::nowText(), user});
}

} // namespace od
