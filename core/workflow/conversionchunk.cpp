// The set-based conversion of one chunk of trades (ConversionService::convertChunk): the same rules as
// convertInTransaction (checkConvertible, goods mapping, the pending → converted claim) with one
// statement per table for the whole chunk instead of a dozen per trade.
#include "workflow/conversionservice.h"

#include "domain/convertibility.h"

#include "storage/sql.h"
#include "storage/sqlrows.h"
#include "storage/traderepository.h"
#include "workflow/audit.h"
#include "workflow/conversiondetail.h"
#include "workflow/outboxwriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlQuery>
#include <map>
#include <set>

namespace od {

namespace {
using sql::v64;

QString marks(size_t n) { return QStringLiteral("?,").repeated(int(n)).chopped(1); }

// Row ids written into the statement as integer literals (numbers we hold, never text from outside):
// binding hundreds of values costs Qt's SQLite driver time that grows with the square of their number.
QString idList(const std::vector<int64_t> &ids)
{
    QString out;
    out.reserve(qsizetype(ids.size()) * 8);
    for (int64_t id : ids) {
        if (!out.isEmpty())
            out += QLatin1Char(',');
        out += QString::number(id);
    }
    return out;
}
} // namespace

Result<std::vector<BatchItemResult>> ConversionService::convertChunk(const Session &session, const std::vector<int64_t> &ids)
{
    if (Status st = requireRight(session, Right::Convert); !st.ok())
        return st.error();
    QSqlDatabase db = m_db.connection();
    std::vector<BatchItemResult> results(ids.size());
    std::map<int64_t, size_t> slot; // trade id → index in results
    for (size_t i = 0; i < ids.size(); ++i) {
        results[i].id = ids[i];
        slot[ids[i]] = i;
    }
    auto fail = [&](int64_t id, const Error &e) {
        BatchItemResult &r = results[slot.at(id)];
        r.ok = false;
        r.code = e.code;
        r.reason = e.message;
    };

    // 1. The trades and their lines; on PostgreSQL their rows locked in id order (SQLite's BEGIN
    // IMMEDIATE holds the whole database), so what is read here stays true until the commit.
    auto loaded = conversion::loadTrades(db, ids, sql::forUpdate(m_db, QStringLiteral("OF t")));
    if (!loaded.ok())
        return loaded.error();
    std::map<int64_t, Trade> &trades = loaded.value();

    // 2. The rules of a conversion, trade by trade, in memory.
    std::map<int64_t, std::vector<int64_t>> byShop;
    for (int64_t id : ids) {
        auto it = trades.find(id);
        if (it == trades.end()) {
            fail(id,
                 Error(QStringLiteral("trade.not_found"),
                       QCoreApplication::translate("Conversion", "Trade %1 no longer exists (removed by someone else?).").arg(id)));
            continue;
        }
        if (auto e = checkConvertible(tradeFacts(it->second))) {
            fail(id, *e);
            trades.erase(it);
            continue;
        }
        byShop[it->second.shopId].push_back(id);
    }
    // 3. Goods codes: one lookup per shop for every line of the chunk.
    for (const auto &[shop, shopIds] : byShop) {
        std::vector<TradeLine> lines;
        for (int64_t id : shopIds)
            lines.insert(lines.end(), trades.at(id).lines.begin(), trades.at(id).lines.end());
        auto codes = m_mapping.lookupAll(shop, lines);
        if (!codes.ok())
            return codes.error();
        size_t k = 0;
        for (int64_t id : shopIds) {
            Trade &t = trades.at(id);
            std::optional<Error> missing;
            for (TradeLine &l : t.lines) {
                const std::optional<QString> &code = codes.value()[k++];
                if (code) {
                    l.skuCode = *code;
                } else if (!missing) {
                    missing = Error(
                        QStringLiteral("convert.no_sku"),
                        QCoreApplication::translate("Conversion", "The line \"%1\" (platform item %2, sku %3) has no goods code; add it under goods mapping.")
                            .arg(l.title, l.itemId.isEmpty() ? QStringLiteral("-") : l.itemId, l.skuId.isEmpty() ? QStringLiteral("-") : l.skuId));
                }
            }
            if (missing) {
                fail(id, *missing);
                trades.erase(id);
            }
        }
    }

    // 4. The claim: pending → converted, only for the trades still pending (exactly once however many
    // desks try; the rows are locked, so this only misses a trade on a path that did not lock).
    const QString now = sql::nowText();
    std::vector<int64_t> claimed;
    if (!trades.empty()) {
        std::vector<int64_t> want;
        for (const auto &[id, t] : trades)
            want.push_back(id);
        QSqlQuery claim(db);
        claim.setForwardOnly(true);
        if (Status st = sql::exec(claim,
                                  QStringLiteral("UPDATE trades SET state = 'converted', converted_by = ?, converted_at = ?, last_error = '' "
                                                 "WHERE id IN (%1) AND state = 'pending' RETURNING id")
                                      .arg(idList(want)),
                                  {session.login, now});
            !st.ok())
            return st.error();
        std::set<int64_t> won;
        while (claim.next())
            won.insert(claim.value(0).toLongLong());
        claim.finish();
        for (int64_t id : want) {
            if (won.count(id)) {
                claimed.push_back(id);
                continue;
            }
            auto s = TradeRepository(m_db).state(id);
            if (!s.ok())
                return s.error();
            if (auto e = checkTradeAction(s.value(), TradeAction::Convert))
                fail(id, *e);
            else
                fail(id,
                     Error(QStringLiteral("trade.converted"),
                           QCoreApplication::translate("Conversion", "The trade has already been converted to a sales order.")));
            trades.erase(id);
        }
    }

    // 5. The sales orders, one statement; RETURNING gives each trade its order id.
    const QString day = QDate::currentDate().toString(QStringLiteral("yyyyMMdd"));
    struct Made {
        QString orderNo;
        PayStatus pay;
        conversion::Shipment ship;
        int64_t orderId = 0;
    };
    std::map<int64_t, Made> made;
    if (!claimed.empty()) {
        QVariantList vals;
        for (int64_t id : claimed) {
            const Trade &t = trades.at(id);
            Made m{orderNumber(day, id), payStatusFor(t.paidAmount.fen(), 0, t.paid), conversion::platformShipment(t, now)};
            vals << m.orderNo << v64(t.shopId) << v64(id) << t.tid << t.buyerNick << t.receiverName << t.receiverMobile << conversion::fullAddress(t)
                 << v64(t.goodsTotal.fen()) << v64(t.freight.fen()) << v64(t.discount.fen()) << v64(t.paidAmount.fen()) << t.sellerMemo
                 << toKey(m.ship.shipped() ? OrderStatus::Shipped : OrderStatus::Unconfirmed) << toKey(m.pay)
                 << toKey(m.ship.shipped() ? ShipStatus::Shipped : ShipStatus::NotShipped) << now << session.login << now
                 << buildSearchText({m.orderNo, t.tid, t.buyerNick, t.receiverName, t.receiverMobile}) << v64(amountDifferenceFen(t)) << m.ship.company
                 << m.ship.trackingNo << m.ship.at;
            made.emplace(id, std::move(m));
        }
        if (Status st = sql::insertRows(
                db,
                QStringLiteral("INSERT INTO sales_orders(order_no, shop_id, trade_id, tid, buyer_nick, receiver_name, receiver_mobile, receiver_address, "
                               "goods_fen, freight_fen, discount_fen, paid_fen, refunded_fen, remarks, status, on_hold, pay_status, ship_status, "
                               "created_at, created_by, updated_at, version, search_text, amount_diff_fen, express_company, tracking_no, shipped_at) VALUES"),
                QStringLiteral("(?,?,?,?,?,?,?,?,?,?,?,?,0,?,?,0,?,?,?,?,?,1,?,?,?,?,?)"), vals, QStringLiteral(" RETURNING id, trade_id"),
                [&](const QSqlQuery &q) {
                    auto it = made.find(q.value(1).toLongLong());
                    if (it != made.end())
                        it->second.orderId = q.value(0).toLongLong();
                });
            !st.ok())
            return st.error();
        for (const auto &[id, m] : made)
            if (m.orderId == 0)
                return Error(QStringLiteral("db.error"), QCoreApplication::translate("Conversion", "The new sales order got no id."));

        // 6. Their lines, the trades' link to them, the audit entries and the outbox events: one
        // statement each.
        QVariantList lineVals;
        for (int64_t id : claimed) {
            int no = 0;
            for (const TradeLine &l : trades.at(id).lines)
                lineVals << v64(made.at(id).orderId) << ++no << l.oid << l.skuCode << l.title << l.attributes << l.quantity << v64(l.unitPrice.fen())
                         << v64(l.amount.fen());
        }
        if (Status st = sql::insertRows(db,
                                        QStringLiteral("INSERT INTO sales_order_lines(order_id, line_no, oid, sku_code, title, attributes, quantity, "
                                                       "unit_fen, amount_fen) VALUES"),
                                        QStringLiteral("(?,?,?,?,?,?,?,?,?)"), lineVals);
            !st.ok())
            return st.error();
        QSqlQuery link(db);
        if (Status st = sql::exec(link,
                                  QStringLiteral("UPDATE trades SET sales_order_id = (SELECT o.id FROM sales_orders o WHERE o.trade_id = trades.id) "
                                                 "WHERE id IN (%1)")
                                      .arg(idList(claimed)));
            !st.ok())
            return st.error();

        QVariantList auditVals;
        std::vector<OutboxWriter::FirstEvents> events;
        events.reserve(claimed.size());
        for (int64_t id : claimed) {
            const Trade &t = trades.at(id);
            const Made &m = made.at(id);
            const QString status = toKey(m.ship.shipped() ? OrderStatus::Shipped : OrderStatus::Unconfirmed);
            auditVals << now << session.login << QStringLiteral("trade.convert") << QStringLiteral("sales_order") << QString::number(m.orderId)
                      << Audit::json(QJsonObject{{QStringLiteral("trade_id"), QString::number(id)},
                                                 {QStringLiteral("tid"), t.tid},
                                                 {QStringLiteral("state"), toKey(TradeState::Pending)}})
                      << Audit::json(QJsonObject{{QStringLiteral("order_no"), m.orderNo},
                                                 {QStringLiteral("status"), status},
                                                 {QStringLiteral("pay_status"), toKey(m.pay)},
                                                 {QStringLiteral("paid_fen"), double(t.paidAmount.fen())},
                                                 {QStringLiteral("trade_state"), toKey(TradeState::Converted)}})
                      << QCoreApplication::translate("Conversion", "Trade %1 converted to sales order %2").arg(t.tid, m.orderNo);
            OutboxWriter::FirstEvents e;
            e.orderId = m.orderId;
            e.events.push_back(CrmEvent::Created);
            if (t.paid)
                e.events.push_back(CrmEvent::Paid);
            if (m.ship.shipped())
                e.events.push_back(CrmEvent::Shipped);
            e.snapshot = conversion::newOrderSnapshot(t, m.orderNo, now, m.pay, m.ship);
            events.push_back(std::move(e));
        }
        if (Status st = sql::insertRows(db,
                                        QStringLiteral("INSERT INTO audit_log(at, user_login, action, entity, entity_id, before_json, after_json, detail) "
                                                       "VALUES"),
                                        QStringLiteral("(?,?,?,?,?,?,?,?)"), auditVals);
            !st.ok())
            return st.error();
        if (Status st = OutboxWriter::appendFirstMany(db, events); !st.ok())
            return st.error();
        for (const auto &[id, m] : made) {
            BatchItemResult &r = results[slot.at(id)];
            r.ok = true;
            r.resultId = m.orderId;
        }
    }

    // 7. The reasons of the trades that stay in the pool, on their rows (one statement).
    QStringList cases;
    QVariantList reasonVals, reasonIds;
    for (const BatchItemResult &r : results) {
        if (r.ok || r.code == QLatin1String("trade.not_found"))
            continue;
        cases << QStringLiteral("WHEN ? THEN ?");
        reasonVals << v64(r.id) << r.reason;
        reasonIds << v64(r.id);
    }
    if (!cases.isEmpty()) {
        QSqlQuery q(db);
        // Only the pool rows show last_error; a converted trade keeps its clean record.
        if (Status st = sql::exec(q,
                                  QStringLiteral("UPDATE trades SET last_error = CASE id %1 END WHERE id IN (%2) AND state = 'pending'")
                                      .arg(cases.join(QLatin1Char(' ')), marks(size_t(reasonIds.size()))),
                                  reasonVals + reasonIds);
            !st.ok())
            return st.error();
    }
    return results;
}

} // namespace od
