// The rules at work: the facts of pending trades, the dry run, the application and its counts.
#include "rules/ruleservice.h"

#include "storage/sql.h"
#include "workflow/audit.h"
#include "workflow/conversionservice.h"
#include "workflow/skumapping.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>
#include <map>

namespace od::rules {

namespace {
QString placeholders(size_t n) { return QStringLiteral("?,").repeated(int(n)).chopped(1); }

// What a trade was last decided at: the rule set's version and the trade's own version.
QString checkedAt(const QString &rulesVersion, const QString &modified) { return rulesVersion + QLatin1Char('|') + modified; }

constexpr size_t kChunk = 400;
} // namespace

Result<QString> RuleService::checkKey()
{
    QSqlQuery q(m_db.connection());
    if (Status st = sql::exec(q, QStringLiteral("SELECT value FROM settings WHERE key = 'rules.version'")); !st.ok())
        return st.error();
    return q.next() ? q.value(0).toString() : QStringLiteral("0");
}

Result<std::vector<Facts>> RuleService::facts(const std::vector<int64_t> &tradeIds)
{
    if (Status st = m_db.open(); !st.ok())
        return st.error();
    QSqlDatabase db = m_db.connection();
    QSet<QString> buyers, mobiles;
    {
        QSqlQuery q(db);
        if (Status st = sql::exec(q, QStringLiteral("SELECT kind, value FROM blacklist")); !st.ok())
            return st.error();
        while (q.next())
            (q.value(0).toString() == QLatin1String("buyer") ? buyers : mobiles).insert(q.value(1).toString());
    }
    SkuMappingService mapping(m_db);
    std::vector<Facts> out;
    for (size_t pos = 0; pos < tradeIds.size(); pos += kChunk) {
        const size_t n = std::min(kChunk, tradeIds.size() - pos);
        QVariantList ids;
        for (size_t i = 0; i < n; ++i)
            ids << sql::v64(tradeIds[pos + i]);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (Status st = sql::exec(q,
                                  QStringLiteral("SELECT t.id, t.shop_id, t.tid, t.platform_status, t.is_paid, t.is_cod, t.is_closed, t.buyer_memo, "
                                                 "t.seller_memo, t.paid_fen, t.receiver_state, t.receiver_city, t.receiver_district, "
                                                 "t.receiver_address, t.created, t.buyer_nick, t.receiver_mobile, t.buyer_mobile, "
                                                 "l.oid, l.item_id, l.sku_id, l.outer_sku_id, l.refund_status "
                                                 "FROM trades t LEFT JOIN trade_lines l ON l.trade_id = t.id "
                                                 "WHERE t.state = 'pending' AND t.id IN (%1) ORDER BY t.id, l.line_no")
                                      .arg(placeholders(n)),
                                  ids);
            !st.ok())
            return st.error();
        std::map<int64_t, std::pair<Facts, std::vector<TradeLine>>> byId;
        while (q.next()) {
            const int64_t id = q.value(0).toLongLong();
            auto [it, fresh] = byId.try_emplace(id);
            Facts &f = it->second.first;
            if (fresh) {
                f.tradeId = id;
                f.shopId = q.value(1).toLongLong();
                f.tid = q.value(2).toString();
                f.platformStatus = q.value(3).toString();
                f.paid = q.value(4).toInt() != 0;
                f.cod = q.value(5).toInt() != 0;
                f.closed = q.value(6).toInt() != 0;
                f.buyerMemo = q.value(7).toString();
                f.sellerMemo = q.value(8).toString();
                f.paidFen = q.value(9).toLongLong();
                f.receiverState = q.value(10).toString();
                f.receiverCity = q.value(11).toString();
                f.receiverDistrict = q.value(12).toString();
                f.receiverAddress = q.value(13).toString();
                f.created = q.value(14).toString();
                f.blacklisted = buyers.contains(q.value(15).toString()) || mobiles.contains(q.value(16).toString())
                    || (!q.value(17).toString().isEmpty() && mobiles.contains(q.value(17).toString()));
            }
            if (q.value(18).isNull())
                continue;
            TradeLine l;
            l.oid = q.value(18).toString();
            l.itemId = q.value(19).toString();
            l.skuId = q.value(20).toString();
            l.outerSkuId = q.value(21).toString();
            l.refundStatus = q.value(22).toString();
            if (l.underRefund())
                f.openRefund = true;
            it->second.second.push_back(std::move(l));
        }
        q.finish();
        for (auto &[id, entry] : byId) {
            auto &[f, lines] = entry;
            auto codes = mapping.lookupAll(f.shopId, lines);
            if (!codes.ok())
                return codes.error();
            f.allMapped = !lines.empty() && std::all_of(codes.value().begin(), codes.value().end(), [](const auto &c) { return c.has_value(); });
            out.push_back(std::move(f));
        }
    }
    return out;
}

namespace {
Result<std::vector<int64_t>> poolIds(Database &db, const QString &skipCheckedPrefix)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    const QString sqlText = skipCheckedPrefix.isEmpty()
        ? QStringLiteral("SELECT id FROM trades WHERE state = 'pending' ORDER BY id")
        // Decided by this rule set at the trade's current version: skipped.
        : QStringLiteral("SELECT id FROM trades WHERE state = 'pending' AND rules_checked <> %1 ORDER BY id").arg(QStringLiteral("(? || modified)"));
    if (Status st = skipCheckedPrefix.isEmpty() ? sql::exec(q, sqlText) : sql::exec(q, sqlText, {skipCheckedPrefix}); !st.ok())
        return st.error();
    std::vector<int64_t> ids;
    while (q.next())
        ids.push_back(q.value(0).toLongLong());
    return ids;
}
} // namespace

Result<Preview> RuleService::dryRun(const std::optional<std::vector<int64_t>> &tradeIds)
{
    if (Status st = m_db.open(); !st.ok())
        return st.error();
    auto all = rules();
    if (!all.ok())
        return all.error();
    std::vector<int64_t> ids;
    if (tradeIds) {
        ids = *tradeIds;
    } else {
        auto pool = poolIds(m_db, {});
        if (!pool.ok())
            return pool.error();
        ids = pool.value();
    }
    auto loaded = facts(ids);
    if (!loaded.ok())
        return loaded.error();
    Preview p;
    for (Facts &f : loaded.value()) {
        Decision d = decide(all.value(), f);
        (d.outcome == Outcome::Convert ? p.convert : d.outcome == Outcome::Hold ? p.hold : p.leave)++;
        p.items.push_back({std::move(f), std::move(d)});
    }
    return p;
}

Result<ApplySummary> RuleService::apply(const Session &session, const std::optional<std::vector<int64_t>> &tradeIds, bool onlyUnchecked,
                                        const std::atomic_bool *cancel)
{
    if (Status st = requireRight(session, Right::Convert); !st.ok())
        return st.error();
    if (Status st = m_db.open(); !st.ok())
        return st.error();
    auto version = checkKey();
    if (!version.ok())
        return version.error();
    const QString prefix = checkedAt(version.value(), QString());
    std::vector<int64_t> ids;
    if (tradeIds) {
        ids = *tradeIds;
    } else {
        auto pool = poolIds(m_db, onlyUnchecked ? prefix : QString());
        if (!pool.ok())
            return pool.error();
        ids = pool.value();
    }
    auto all = rules();
    if (!all.ok())
        return all.error();
    ApplySummary summary;
    if (ids.empty())
        return summary;
    SkuMappingService mapping(m_db);
    ConversionService conversion(m_db);
    QSqlDatabase db = m_db.connection();
    for (size_t pos = 0; pos < ids.size(); pos += kChunk) {
        if (cancel && cancel->load())
            break;
        const std::vector<int64_t> slice(ids.begin() + long(pos), ids.begin() + long(std::min(ids.size(), pos + kChunk)));
        // Merchant codes become mappings first, as a hand conversion does.
        if (auto filled = mapping.autoFill(slice); !filled.ok())
            return filled.error();
        auto loaded = facts(slice);
        if (!loaded.ok())
            return loaded.error();
        // The trades' versions, to mark each as decided at the version it was decided on.
        std::map<int64_t, QString> modified;
        {
            QVariantList vals;
            for (const Facts &f : loaded.value())
                vals << sql::v64(f.tradeId);
            QSqlQuery q(db);
            if (!vals.isEmpty()) {
                if (Status st = sql::exec(q, QStringLiteral("SELECT id, modified FROM trades WHERE id IN (%1)").arg(placeholders(size_t(vals.size()))), vals);
                    !st.ok())
                    return st.error();
                while (q.next())
                    modified[q.value(0).toLongLong()] = q.value(1).toString();
            }
        }
        for (const Facts &f : loaded.value()) {
            if (cancel && cancel->load())
                break;
            if (onlyUnchecked && tradeIds) {
                // An explicit list from the runner: skip what this rule set already decided.
                auto checked = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM trades WHERE id = ? AND rules_checked = ?"),
                                           {sql::v64(f.tradeId), checkedAt(version.value(), modified[f.tradeId])});
                if (checked.ok() && checked.value() > 0)
                    continue;
            }
            const Decision d = decide(all.value(), f);
            const QString mark = checkedAt(version.value(), modified[f.tradeId]);
            sql::Transaction tx(db, m_db.dialect());
            if (Status st = tx.begin(); !st.ok())
                return st.error();
            Error failure;
            bool failed = false;
            QString auditAction, auditEntity;
            int64_t auditId = f.tradeId;
            QString detail;
            if (d.outcome == Outcome::Convert) {
                auto order = conversion.convertInTransaction(session, f.tradeId);
                if (!order.ok()) {
                    failed = true;
                    failure = order.error();
                } else {
                    auditAction = QStringLiteral("rule.convert");
                    auditEntity = QStringLiteral("sales_order");
                    auditId = order.value();
                    detail = QCoreApplication::translate("Rules", "Converted automatically by rule \"%1\" (trade %2)").arg(d.ruleName, f.tid);
                }
            }
            if (failed) {
                // The conversion's own work rolls back; the decision and the reason stay.
                tx.rollback();
                if (Status st = tx.begin(); !st.ok())
                    return st.error();
            }
            QSqlQuery up(db);
            const QString hold = d.outcome == Outcome::Hold ? d.reason : QString();
            if (Status st =
                    sql::exec(up,
                              QStringLiteral("UPDATE trades SET hold_reason = ?, rules_checked = ?, last_error = CASE WHEN ? = '' THEN last_error ELSE ? END "
                                             "WHERE id = ? AND state = ?"),
                              {hold, mark, failure.message, failure.message, sql::v64(f.tradeId),
                               d.outcome == Outcome::Convert && !failed ? QStringLiteral("converted") : QStringLiteral("pending")});
                !st.ok())
                return st.error();
            if (up.numRowsAffected() != 1) {
                // Converted or removed by someone else meanwhile: nothing to decide.
                tx.rollback();
                ++summary.skipped;
                continue;
            }
            if (d.outcome == Outcome::Hold) {
                auditAction = QStringLiteral("rule.hold");
                auditEntity = QStringLiteral("trade");
                detail = QCoreApplication::translate("Rules", "Held for review by rule \"%1\": %2").arg(d.ruleName, d.reason);
            }
            if (d.ruleId != 0 && (d.outcome != Outcome::Leave)) {
                QSqlQuery dec(db);
                if (Status st = sql::exec(dec,
                                          QStringLiteral("INSERT INTO rule_decisions(trade_id, rule_id, rule_name, outcome, result, decided_at, decided_by) "
                                                         "VALUES (?,?,?,?,?,?,?)"),
                                          {sql::v64(f.tradeId), sql::v64(d.ruleId), d.ruleName, outcomeKey(d.outcome), failed ? failure.message : QString(),
                                           sql::nowText(), session.login});
                    !st.ok())
                    return st.error();
            }
            if (!auditAction.isEmpty()) {
                if (Status st = Audit::record(db, session, auditAction, auditEntity, auditId, {}, {{QStringLiteral("rule"), d.ruleName}}, detail); !st.ok())
                    return st.error();
            }
            if (Status st = tx.commit(); !st.ok())
                return st.error();
            if (failed) {
                ++summary.failed;
                summary.failures.emplace_back(f.tradeId, failure);
            } else if (d.outcome == Outcome::Convert) {
                ++summary.converted;
            } else if (d.outcome == Outcome::Hold) {
                ++summary.held;
            } else {
                ++summary.left;
            }
        }
    }
    return summary;
}

Status RuleService::release(const Session &session, int64_t tradeId)
{
    if (Status st = requireRight(session, Right::Convert); !st.ok())
        return st;
    if (Status st = m_db.open(); !st.ok())
        return st;
    QSqlDatabase db = m_db.connection();
    auto version = checkKey();
    if (!version.ok())
        return version.error();
    sql::Transaction tx(db, m_db.dialect());
    if (Status st = tx.begin(); !st.ok())
        return st;
    QSqlQuery q(db);
    // Marked as decided at the trade's current version: the rules leave it until it changes.
    if (Status st = sql::exec(q, QStringLiteral("UPDATE trades SET hold_reason = '', rules_checked = ? || modified WHERE id = ? AND hold_reason <> ''"),
                              {checkedAt(version.value(), QString()), sql::v64(tradeId)});
        !st.ok())
        return st;
    if (q.numRowsAffected() != 1)
        return Error(QStringLiteral("rules.not_held"), QCoreApplication::translate("Rules", "The trade is not held."));
    if (Status st = Audit::record(db, session, QStringLiteral("rule.release"), QStringLiteral("trade"), tradeId, {}, {},
                                  QCoreApplication::translate("Rules", "Hold released by %1").arg(session.login));
        !st.ok())
        return st;
    return tx.commit();
}

Result<std::vector<RuleCount>> RuleService::counts(const QDate &today)
{
    if (Status st = m_db.open(); !st.ok())
        return st.error();
    const QString dayStart = today.toString(QStringLiteral("yyyy-MM-dd")) + QStringLiteral(" 00:00:00");
    const QString weekStart = today.addDays(-6).toString(QStringLiteral("yyyy-MM-dd")) + QStringLiteral(" 00:00:00");
    QSqlQuery q(m_db.connection());
    if (Status st = sql::exec(q,
                              QStringLiteral("SELECT rule_id, SUM(CASE WHEN decided_at >= ? THEN 1 ELSE 0 END), COUNT(*) FROM rule_decisions "
                                             "WHERE decided_at >= ? GROUP BY rule_id ORDER BY rule_id"),
                              {dayStart, weekStart});
        !st.ok())
        return st.error();
    std::vector<RuleCount> out;
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toInt()});
    return out;
}

} // namespace od::rules
