#include "workflow/conversionservice.h"

#include "domain/convertibility.h"

#include "storage/sql.h"
#include "storage/traderepository.h"
#include "workflow/audit.h"
#include "workflow/conversiondetail.h"
#include "workflow/outboxwriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>

namespace od {

namespace {
using sql::v64;

} // namespace

QString ConversionService::orderNumber(const QString &day, int64_t tradeId) { return QStringLiteral("SO%1%2").arg(day).arg(tradeId, 6, 10, QLatin1Char('0')); }

Result<int64_t> ConversionService::convertInTransaction(const Session &session, int64_t tradeId)
{
    // Public (a batch item): checked here too, not only by the batch entry points.
    if (Status st = requireRight(session, Right::Convert); !st.ok())
        return st.error();
    QSqlDatabase db = m_db.connection();
    auto loaded = conversion::loadTrades(db, {tradeId});
    if (!loaded.ok())
        return loaded.error();
    if (loaded->empty())
        return Error(QStringLiteral("trade.not_found"),
                     QCoreApplication::translate("Conversion", "Trade %1 no longer exists (removed by someone else?).").arg(tradeId));
    Trade t = std::move(loaded->begin()->second);
    if (auto e = checkConvertible(tradeFacts(t)))
        return *e;
    auto codes = m_mapping.lookupAll(t.shopId, t.lines);
    if (!codes.ok())
        return codes.error();
    for (size_t i = 0; i < t.lines.size(); ++i) {
        const TradeLine &l = t.lines[i];
        if (!codes.value()[i])
            return Error(QStringLiteral("convert.no_sku"),
                         QCoreApplication::translate("Conversion", "The line \"%1\" (platform item %2, sku %3) has no goods code; add it under goods mapping.")
                             .arg(l.title, l.itemId.isEmpty() ? QStringLiteral("-") : l.itemId, l.skuId.isEmpty() ? QStringLiteral("-") : l.skuId));
        t.lines[i].skuCode = *codes.value()[i];
    }

    // The claim: only one converter wins, however many try at once.
    const QString now = sql::nowText();
    QSqlQuery claim(db);
    if (Status st = sql::exec(claim,
                              QStringLiteral("UPDATE trades SET state = 'converted', converted_by = ?, converted_at = ?, last_error = '' "
                                             "WHERE id = ? AND state = 'pending'"),
                              {session.login, now, v64(tradeId)});
        !st.ok())
        return st.error();
    if (claim.numRowsAffected() != 1) {
        auto s = TradeRepository(m_db).state(tradeId);
        if (!s.ok())
            return s.error();
        if (auto e = checkTradeAction(s.value(), TradeAction::Convert))
            return *e;
        return Error(QStringLiteral("trade.converted"), QCoreApplication::translate("Conversion", "The trade has already been converted to a sales order."));
    }

    const QString orderNo = orderNumber(QDate::currentDate().toString(QStringLiteral("yyyyMMdd")), tradeId);
    const PayStatus pay = payStatusFor(t.paidAmount.fen(), 0, t.paid);
    const conversion::Shipment ship = conversion::platformShipment(t, now);
    const QString search = buildSearchText({orderNo, t.tid, t.buyerNick, t.receiverName, t.receiverMobile});
    QSqlQuery ins(db);
    if (Status st =
            sql::exec(ins,
                      QStringLiteral("INSERT INTO sales_orders(order_no, shop_id, trade_id, tid, buyer_nick, receiver_name, receiver_mobile, receiver_address, "
                                     "goods_fen, freight_fen, discount_fen, paid_fen, refunded_fen, remarks, status, on_hold, pay_status, ship_status, "
                                     "created_at, created_by, updated_at, version, search_text, amount_diff_fen, express_company, tracking_no, shipped_at) "
                                     "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,0,?,?,0,?,?,?,?,?,1,?,?,?,?,?) RETURNING id"),
                      {orderNo,
                       v64(t.shopId),
                       v64(tradeId),
                       t.tid,
                       t.buyerNick,
                       t.receiverName,
                       t.receiverMobile,
                       conversion::fullAddress(t),
                       v64(t.goodsTotal.fen()),
                       v64(t.freight.fen()),
                       v64(t.discount.fen()),
                       v64(t.paidAmount.fen()),
                       t.sellerMemo,
                       toKey(ship.shipped() ? OrderStatus::Shipped : OrderStatus::Unconfirmed),
                       toKey(pay),
                       toKey(ship.shipped() ? ShipStatus::Shipped : ShipStatus::NotShipped),
                       now,
                       session.login,
                       now,
                       search,
                       v64(amountDifferenceFen(t)),
                       ship.company,
                       ship.trackingNo,
                       ship.at});
        !st.ok()) {
        if (st.error().code == QLatin1String("db.unique"))
            return Error(QStringLiteral("trade.converted"),
                         QCoreApplication::translate("Conversion", "The trade has already been converted to a sales order."));
        return st.error();
    }
    if (!ins.next())
        return Error(QStringLiteral("db.error"), QCoreApplication::translate("Conversion", "The new sales order got no id."));
    const int64_t orderId = ins.value(0).toLongLong();
    ins.finish();

    // All lines in one statement.
    QStringList rows;
    QVariantList vals;
    int no = 0;
    for (const TradeLine &l : t.lines) {
        rows << QStringLiteral("(?,?,?,?,?,?,?,?,?)");
        vals << v64(orderId) << ++no << l.oid << l.skuCode << l.title << l.attributes << l.quantity << v64(l.unitPrice.fen()) << v64(l.amount.fen());
    }
    QSqlQuery line(db);
    if (Status st = sql::exec(line,
                              QStringLiteral("INSERT INTO sales_order_lines(order_id, line_no, oid, sku_code, title, attributes, quantity, "
                                             "unit_fen, amount_fen) VALUES %1")
                                  .arg(rows.join(QLatin1Char(','))),
                              vals);
        !st.ok())
        return st.error();
    QSqlQuery link(db);
    if (Status st = sql::exec(link, QStringLiteral("UPDATE trades SET sales_order_id = ? WHERE id = ?"), {v64(orderId), v64(tradeId)}); !st.ok())
        return st.error();

    AuditEntry a;
    a.at = now;
    a.user = session.login;
    a.action = QStringLiteral("trade.convert");
    a.entity = QStringLiteral("sales_order");
    a.entityId = QString::number(orderId);
    a.before = Audit::json(QJsonObject{
        {QStringLiteral("trade_id"), QString::number(tradeId)}, {QStringLiteral("tid"), t.tid}, {QStringLiteral("state"), toKey(TradeState::Pending)}});
    a.after = Audit::json(QJsonObject{{QStringLiteral("order_no"), orderNo},
                                      {QStringLiteral("status"), toKey(ship.shipped() ? OrderStatus::Shipped : OrderStatus::Unconfirmed)},
                                      {QStringLiteral("pay_status"), toKey(pay)},
                                      {QStringLiteral("paid_fen"), double(t.paidAmount.fen())},
                                      {QStringLiteral("trade_state"), toKey(TradeState::Converted)}});
    a.detail = QCoreApplication::translate("Conversion", "Trade %1 converted to sales order %2").arg(t.tid, orderNo);
    if (Status st = Audit::append(db, a); !st.ok())
        return st.error();
    std::vector<CrmEvent> events{CrmEvent::Created};
    if (t.paid)
        events.push_back(CrmEvent::Paid);
    if (ship.shipped())
        events.push_back(CrmEvent::Shipped);
    if (Status st = OutboxWriter::appendFirst(db, orderId, events, conversion::newOrderSnapshot(t, orderNo, now, pay, ship)); !st.ok())
        return st.error();
    return orderId;
}

void ConversionService::recordFailure(int64_t tradeId, const Error &error)
{
    if (error.code == QLatin1String("trade.not_found"))
        return;
    QSqlQuery q(m_db.connection());
    // Only the pool rows show last_error; a converted trade keeps its clean record.
    (void)sql::exec(q, QStringLiteral("UPDATE trades SET last_error = ? WHERE id = ? AND state = 'pending'"), {error.message, v64(tradeId)});
}

Result<int64_t> ConversionService::convertOne(const Session &session, int64_t tradeId)
{
    auto summary = convert(session, {tradeId}, BatchOptions{1, 6});
    if (!summary.ok())
        return summary.error();
    const BatchItemResult &r = summary->results.at(0);
    if (!r.ok)
        return Error(r.code, r.reason);
    return r.resultId;
}

Result<BatchSummary> ConversionService::convert(const Session &session, const std::vector<int64_t> &tradeIds, BatchOptions options,
                                                const BatchProgressFn &progress, const std::atomic_bool *cancel)
{
    if (Status st = requireRight(session, Right::Convert); !st.ok())
        return st.error();
    if (Status st = m_db.open(); !st.ok())
        return st.error();
    // Merchant codes become mappings up front, in key order, so conversions of overlapping
    // selections by several desks do not contend on the mapping rows.
    if (auto filled = m_mapping.autoFill(tradeIds); !filled.ok())
        return filled.error();
    // Ascending ids: concurrent batches lock trade rows in the same order.
    std::vector<int64_t> ids = tradeIds;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    options.chunkSize = std::max(1, options.chunkSize);
    options.chunkAttempts = std::max(1, options.chunkAttempts);
    BatchSummary summary;
    summary.total = int(ids.size());
    summary.results.reserve(ids.size());
    QSqlDatabase db = m_db.connection();
    size_t pos = 0;
    while (pos < ids.size() && !(cancel && cancel->load())) {
        const std::vector<int64_t> chunk(ids.begin() + long(pos), ids.begin() + long(std::min(ids.size(), pos + size_t(options.chunkSize))));
        std::vector<BatchItemResult> results;
        Error last;
        bool done = false, itemByItem = false;
        for (int attempt = 0; attempt < options.chunkAttempts && !done && !itemByItem; ++attempt) {
            if (attempt > 0) // full jitter, as BatchRunner
                QThread::msleep(QRandomGenerator::global()->bounded(std::min(2000, 20 << std::min(attempt, 8)) + 1));
            sql::Transaction tx(db, m_db.dialect());
            if (Status st = tx.begin(); !st.ok()) {
                last = st.error();
                if (!BatchRunner::isRetryable(last))
                    break;
                continue;
            }
            auto r = convertChunk(session, chunk);
            if (!r.ok()) {
                tx.rollback();
                last = r.error();
                itemByItem = !BatchRunner::isRetryable(last);
                continue;
            }
            if (Status st = tx.commit(); !st.ok()) {
                last = st.error();
                if (!BatchRunner::isRetryable(last))
                    break;
                continue;
            }
            results = std::move(r.value());
            done = true;
        }
        if (itemByItem) {
            // Something in the chunk the set path cannot place (a unique clash, a value the database
            // refuses): the same chunk trade by trade, so the others still convert.
            BatchRunner runner(
                m_db, [this, session](int64_t id) { return convertInTransaction(session, id); }, BatchOptions{int(chunk.size()), options.chunkAttempts});
            runner.setFailureHandler([this](int64_t id, const Error &e) { recordFailure(id, e); });
            results = runner.run(chunk).results;
        } else if (!done) {
            // The chunk could not be written: none of its trades changed.
            for (int64_t id : chunk)
                results.push_back({id, false, last.code, last.message, 0});
        }
        for (BatchItemResult &r : results)
            summary.results.push_back(std::move(r));
        pos += chunk.size();
        if (progress)
            progress(int(summary.results.size()), summary.total);
    }
    summary.cancelled = pos < ids.size();
    return summary;
}

Result<BatchSummary> ConversionService::convertMatching(const Session &session, const ListFilter &filter, BatchOptions options)
{
    if (Status st = requireRight(session, Right::Convert); !st.ok())
        return st.error();
    auto ids = ListRepository(m_db).ids(listSpec(ListId::PendingImport), filter);
    if (!ids.ok())
        return ids.error();
    return convert(session, ids.value(), options);
}

} // namespace od
