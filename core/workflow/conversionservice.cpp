#include "workflow/conversionservice.h"

#include "storage/sql.h"
#include "storage/traderepository.h"
#include "workflow/audit.h"
#include "workflow/outboxwriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlQuery>

namespace od {

namespace {
QVariant v64(int64_t x) { return QVariant::fromValue<qint64>(x); }
QString tr(const char *s) { return QCoreApplication::translate("Conversion", s); }

// The per-trade rules, in the order staff would fix them.
std::optional<Error> checkConvertible(const Trade &t)
{
    if (auto e = checkTradeAction(t.state, TradeAction::Convert))
        return e;
    if (t.closed)
        return Error(QStringLiteral("convert.closed"), tr("The trade is closed or cancelled on the platform."));
    if (!t.paid && !t.cod)
        return Error(QStringLiteral("convert.unpaid"), tr("The trade is not paid and not cash on delivery."));
    for (const TradeLine &l : t.lines) {
        if (l.underRefund())
            return Error(QStringLiteral("convert.line_refund"),
                         tr("The line \"%1\" is under refund (%2); settle the refund first.").arg(l.title, l.refundStatus));
    }
    if (t.lines.empty())
        return Error(QStringLiteral("convert.no_lines"), tr("The trade has no goods lines."));
    return std::nullopt;
}
} // namespace

QString ConversionService::orderNumber(const QString &day, int64_t tradeId)
{
    return QStringLiteral("SO%1%2").arg(day).arg(tradeId, 6, 10, QLatin1Char('0'));
}

Result<int64_t> ConversionService::convertInTransaction(const Session &session, int64_t tradeId)
{
    QSqlDatabase db = m_db.connection();
    TradeRepository trades(m_db);
    auto loaded = trades.get(tradeId);
    if (!loaded.ok())
        return loaded.error();
    if (!loaded.value())
        return Error(QStringLiteral("trade.not_found"), tr("Trade %1 no longer exists (removed by someone else?).").arg(tradeId));
    Trade t = std::move(*loaded.value());
    if (auto e = checkConvertible(t))
        return *e;
    for (TradeLine &l : t.lines) {
        auto code = m_mapping.lookup(t.shopId, l);
        if (!code.ok())
            return code.error();
        if (!code.value())
            return Error(QStringLiteral("convert.no_sku"),
                         tr("The line \"%1\" (platform item %2, sku %3) has no goods code; add it under goods mapping.")
                             .arg(l.title, l.itemId, l.skuId.isEmpty() ? QStringLiteral("-") : l.skuId));
        l.skuCode = *code.value();
    }

    // The claim: only one converter wins, however many try at once.
    const QString now = sql::nowText();
    QSqlQuery claim(db);
    if (Status st = sql::exec(claim, QStringLiteral("UPDATE trades SET state = 'converted', converted_by = ?, converted_at = ?, last_error = '' "
                                                    "WHERE id = ? AND state = 'pending'"),
                              {session.login, now, v64(tradeId)});
        !st.ok())
        return st.error();
    if (claim.numRowsAffected() != 1) {
        auto s = trades.state(tradeId);
        if (!s.ok())
            return s.error();
        if (auto e = checkTradeAction(s.value(), TradeAction::Convert))
            return *e;
        return Error(QStringLiteral("trade.converted"), tr("The trade has already been converted to a sales order."));
    }

    const QString orderNo = orderNumber(QDate::currentDate().toString(QStringLiteral("yyyyMMdd")), tradeId);
    const PayStatus pay = payStatusFor(t.paidAmount.fen(), 0, t.paid);
    const QString address = t.receiverState + t.receiverCity + t.receiverDistrict == t.receiverAddress.left(
                                (t.receiverState + t.receiverCity + t.receiverDistrict).size())
                                ? t.receiverAddress
                                : t.receiverState + t.receiverCity + t.receiverDistrict + t.receiverAddress;
    const QString search = buildSearchText({orderNo, t.tid, t.buyerNick, t.receiverName, t.receiverMobile});
    QSqlQuery ins(db);
    if (Status st = sql::exec(ins, QStringLiteral(
            "INSERT INTO sales_orders(order_no, shop_id, trade_id, tid, buyer_nick, receiver_name, receiver_mobile, receiver_address, "
            "goods_fen, freight_fen, discount_fen, paid_fen, refunded_fen, remarks, status, on_hold, pay_status, ship_status, "
            "created_at, created_by, updated_at, version, search_text) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,0,?,'unconfirmed',0,?,'not_shipped',?,?,?,1,?) RETURNING id"),
                              {orderNo, v64(t.shopId), v64(tradeId), t.tid, t.buyerNick, t.receiverName, t.receiverMobile, address,
                               v64(t.goodsTotal.fen()), v64(t.freight.fen()), v64(t.discount.fen()), v64(t.paidAmount.fen()),
                               t.sellerMemo, toKey(pay), now, session.login, now, search});
        !st.ok()) {
        if (st.error().code == QLatin1String("db.unique"))
            return Error(QStringLiteral("trade.converted"), tr("The trade has already been converted to a sales order."));
        return st.error();
    }
    if (!ins.next())
        return Error(QStringLiteral("db.error"), tr("The new sales order got no id."));
    const int64_t orderId = ins.value(0).toLongLong();
    ins.finish();

    QSqlQuery line(db);
    if (!line.prepare(QStringLiteral("INSERT INTO sales_order_lines(order_id, line_no, oid, sku_code, title, attributes, quantity, unit_fen, amount_fen) "
                                     "VALUES (?,?,?,?,?,?,?,?,?)")))
        return sql::dbError(line, "preparing sales order lines");
    int no = 0;
    for (const TradeLine &l : t.lines) {
        const QVariantList vals{v64(orderId), ++no, l.oid, l.skuCode, l.title, l.attributes, l.quantity,
                                v64(l.unitPrice.fen()), v64(l.amount.fen())};
        for (int i = 0; i < vals.size(); ++i)
            line.bindValue(i, sql::bindable(vals[i]));
        if (!line.exec())
            return sql::dbError(line, "inserting a sales order line");
    }
    QSqlQuery link(db);
    if (Status st = sql::exec(link, QStringLiteral("UPDATE trades SET sales_order_id = ? WHERE id = ?"), {v64(orderId), v64(tradeId)}); !st.ok())
        return st.error();

    AuditEntry a;
    a.at = now;
    a.user = session.login;
    a.action = QStringLiteral("trade.convert");
    a.entity = QStringLiteral("sales_order");
    a.entityId = QString::number(orderId);
    a.before = Audit::json(QJsonObject{{QStringLiteral("trade_id"), QString::number(tradeId)}, {QStringLiteral("tid"), t.tid},
                                       {QStringLiteral("state"), toKey(TradeState::Pending)}});
    a.after = Audit::json(QJsonObject{{QStringLiteral("order_no"), orderNo}, {QStringLiteral("status"), toKey(OrderStatus::Unconfirmed)},
                                      {QStringLiteral("pay_status"), toKey(pay)}, {QStringLiteral("paid_fen"), double(t.paidAmount.fen())},
                                      {QStringLiteral("trade_state"), toKey(TradeState::Converted)}});
    a.detail = tr("Trade %1 converted to sales order %2").arg(t.tid, orderNo);
    if (Status st = Audit::append(db, a); !st.ok())
        return st.error();
    if (auto ev = OutboxWriter::append(db, orderId, CrmEvent::Created); !ev.ok())
        return ev.error();
    if (t.paid) {
        if (auto ev = OutboxWriter::append(db, orderId, CrmEvent::Paid); !ev.ok())
            return ev.error();
    }
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
    BatchRunner runner(m_db, [this, session](int64_t id) { return convertInTransaction(session, id); }, options);
    runner.setFailureHandler([this](int64_t id, const Error &e) { recordFailure(id, e); });
    return runner.run(ids, progress, cancel);
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

Result<BatchJob *> ConversionService::makeJob(const Session &session, std::vector<int64_t> tradeIds, QObject *parent, BatchOptions options)
{
    if (Status st = requireRight(session, Right::Convert); !st.ok())
        return st.error();
    std::sort(tradeIds.begin(), tradeIds.end());
    tradeIds.erase(std::unique(tradeIds.begin(), tradeIds.end()), tradeIds.end());
    auto *job = new BatchJob(m_db, tr("Converting trades"), std::move(tradeIds),
                             [this, session](int64_t id) -> Result<int64_t> { return convertInTransaction(session, id); }, options, parent);
    job->setFailureHandler([this](int64_t id, const Error &e) { recordFailure(id, e); });
    return job;
}

} // namespace od
