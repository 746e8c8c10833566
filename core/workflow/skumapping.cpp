#include "workflow/skumapping.h"

#include "domain/text.h"
#include "storage/select.h"
#include "storage/sql.h"
#include "workflow/audit.h"
#include "workflow/writetransaction.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <map>
#include <set>
#include <tuple>

namespace od {

namespace {
using sql::v64;

Result<std::optional<QString>> find(QSqlDatabase db, int64_t shopId, const QString &item, const QString &sku)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (Status st = sql::exec(q, QStringLiteral("SELECT sku_code FROM sku_mappings WHERE shop_id = ? AND platform_item_id = ? AND platform_sku_id = ?"),
                              {v64(shopId), item, sku});
        !st.ok())
        return st.error();
    if (q.next())
        return std::optional<QString>(q.value(0).toString());
    return std::optional<QString>();
}

Status insertAuto(QSqlDatabase db, int64_t shopId, const QString &item, const QString &sku, const QString &code)
{
    QSqlQuery q(db);
    return sql::exec(q,
                     QStringLiteral("INSERT INTO sku_mappings(shop_id, platform_item_id, platform_sku_id, sku_code, source, updated_at) "
                                    "VALUES (?,?,?,?,'auto',?) ON CONFLICT (shop_id, platform_item_id, platform_sku_id) DO NOTHING"),
                     {v64(shopId), item, sku, code, sql::nowText()});
}

// Inserts or replaces the goods code of one key on the caller's transaction, with its audit entry.
// Returns the code it had before (none: a new mapping); unchanged when `before` already equals it.
Result<std::optional<QString>> writeMapping(QSqlDatabase db, const Session &session, int64_t shopId, const QString &item, const QString &sku,
                                            const QString &code, const QJsonObject &extra)
{
    auto before = find(db, shopId, item, sku);
    if (!before.ok())
        return before.error();
    QSqlQuery q(db);
    if (Status st = sql::exec(q,
                              QStringLiteral("INSERT INTO sku_mappings(shop_id, platform_item_id, platform_sku_id, sku_code, source, updated_at) "
                                             "VALUES (?,?,?,?,'manual',?) ON CONFLICT (shop_id, platform_item_id, platform_sku_id) "
                                             "DO UPDATE SET sku_code = excluded.sku_code, source = 'manual', updated_at = excluded.updated_at"),
                              {v64(shopId), item, sku, code, sql::nowText()});
        !st.ok())
        return st.error();
    AuditEntry a;
    a.user = session.login;
    a.action = QStringLiteral("mapping.set");
    a.entity = QStringLiteral("sku_mapping");
    a.entityId = QStringLiteral("%1/%2/%3").arg(shopId).arg(item, sku);
    if (before.value())
        a.before = Audit::json(QJsonObject{{QStringLiteral("sku_code"), *before.value()}});
    QJsonObject after = extra;
    after.insert(QStringLiteral("sku_code"), code);
    a.after = Audit::json(after);
    if (Status st = Audit::append(db, a); !st.ok())
        return st.error();
    return before;
}
} // namespace

Status SkuMappingService::checkMapping(const QString &itemId, const QString &skuId, const QString &skuCode)
{
    const QString item = itemId.trimmed(), sku = skuId.trimmed(), code = skuCode.trimmed();
    if (item.isEmpty() || code.isEmpty())
        return Error(QStringLiteral("mapping.invalid"),
                     QCoreApplication::translate("SkuMapping", "A goods mapping needs the platform item id and our goods code."));
    for (const auto &[value, label] : {std::pair{item, QCoreApplication::translate("SkuMapping", "The platform item id")},
                                       std::pair{sku, QCoreApplication::translate("SkuMapping", "The platform SKU id")},
                                       std::pair{code, QCoreApplication::translate("SkuMapping", "The goods code")}}) {
        if (Status st = checkText(value, label, 128); !st.ok())
            return st;
    }
    return {};
}

Status SkuMappingService::setMapping(const Session &session, int64_t shopId, const QString &itemId, const QString &skuId, const QString &skuCode)
{
    if (Status st = requireRight(session, Right::EditSkuMapping); !st.ok())
        return st;
    if (Status st = checkMapping(itemId, skuId, skuCode); !st.ok())
        return st;
    if (Status st = m_db.open(); !st.ok())
        return st;
    QSqlDatabase db = m_db.connection();
    sql::Transaction tx(db, m_db.dialect());
    if (Status st = tx.begin(); !st.ok())
        return st;
    if (auto w = writeMapping(db, session, shopId, itemId.trimmed(), skuId.trimmed(), skuCode.trimmed(), {}); !w.ok())
        return w.error();
    return tx.commit();
}

Result<SkuImportResult> SkuMappingService::importMappings(const Session &session, std::vector<SkuImportRow> &rows)
{
    using O = SkuImportRow::Outcome;
    if (Status st = requireRight(session, Right::EditSkuMapping); !st.ok())
        return st.error();
    if (Status st = m_db.open(); !st.ok())
        return st.error();
    QSqlDatabase db = m_db.connection();
    sql::Transaction tx(db, m_db.dialect());
    if (Status st = tx.begin(); !st.ok())
        return st.error();
    std::set<int64_t> shops;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (Status st = sql::exec(q, QStringLiteral("SELECT id FROM shops"), {}); !st.ok())
            return st.error();
        while (q.next())
            shops.insert(q.value(0).toLongLong());
    }
    std::vector<O> outcome(rows.size());
    std::vector<QString> reason(rows.size());
    SkuImportResult r;
    for (size_t i = 0; i < rows.size(); ++i) {
        const SkuImportRow &row = rows[i];
        outcome[i] = row.outcome;
        reason[i] = row.reason;
        if (row.outcome != O::Ready)
            continue;
        Status ok = checkMapping(row.itemId, row.skuId, row.skuCode);
        if (ok.ok() && !shops.count(row.shopId))
            ok = Error(QStringLiteral("mapping.shop"), QCoreApplication::translate("SkuMapping", "The shop no longer exists."));
        if (!ok.ok()) {
            outcome[i] = O::Refused;
            reason[i] = ok.error().message;
            continue;
        }
        const QString item = row.itemId.trimmed(), sku = row.skuId.trimmed(), code = row.skuCode.trimmed();
        auto before = find(db, row.shopId, item, sku);
        if (!before.ok())
            return before.error();
        if (before.value() && *before.value() == code) {
            outcome[i] = O::Unchanged;
            continue;
        }
        auto w = writeMapping(db, session, row.shopId, item, sku, code,
                              QJsonObject{{QStringLiteral("via"), QStringLiteral("import")}, {QStringLiteral("file_row"), row.sheetRow}});
        if (!w.ok())
            return w.error();
        outcome[i] = before.value() ? O::Updated : O::Added;
    }
    if (Status st = tx.commit(); !st.ok())
        return st.error();
    // Only a committed import changes the rows' outcomes.
    for (size_t i = 0; i < rows.size(); ++i) {
        rows[i].outcome = outcome[i];
        rows[i].reason = reason[i];
        switch (outcome[i]) {
        case O::Added:
            ++r.added;
            break;
        case O::Updated:
            ++r.updated;
            break;
        case O::Unchanged:
            ++r.unchanged;
            break;
        case O::Refused:
            ++r.refused;
            break;
        case O::Ready:
            break;
        }
    }
    return r;
}

Status SkuMappingService::removeMapping(const Session &session, int64_t shopId, const QString &itemId, const QString &skuId)
{
    return withWriteTransaction(m_db, session, Right::EditSkuMapping, [&](QSqlDatabase db) -> Status {
        QSqlQuery q(db);
        if (Status st = sql::exec(q, QStringLiteral("DELETE FROM sku_mappings WHERE shop_id = ? AND platform_item_id = ? AND platform_sku_id = ?"),
                                  {v64(shopId), itemId, skuId});
            !st.ok())
            return st;
        AuditEntry a;
        a.user = session.login;
        a.action = QStringLiteral("mapping.remove");
        a.entity = QStringLiteral("sku_mapping");
        a.entityId = QStringLiteral("%1/%2/%3").arg(shopId).arg(itemId, skuId);
        return Audit::append(db, a);
    });
}

namespace {
SkuMapping readMapping(const QSqlQuery &q)
{
    return SkuMapping{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString()};
}
} // namespace

Result<std::vector<SkuMapping>> SkuMappingService::mappings(int64_t shopId)
{
    return sql::selectAll(m_db,
                          QStringLiteral("SELECT id, shop_id, platform_item_id, platform_sku_id, sku_code FROM sku_mappings "
                                         "WHERE shop_id = ? ORDER BY platform_item_id, platform_sku_id"),
                          {v64(shopId)}, readMapping);
}

Result<std::optional<SkuMapping>> SkuMappingService::byId(int64_t mappingId)
{
    return sql::selectOne(m_db, QStringLiteral("SELECT id, shop_id, platform_item_id, platform_sku_id, sku_code FROM sku_mappings WHERE id = ?"),
                          {v64(mappingId)}, readMapping);
}

Result<std::optional<QString>> SkuMappingService::lookup(int64_t shopId, const TradeLine &line)
{
    QSqlDatabase db = m_db.connection();
    if (!line.itemId.isEmpty()) {
        auto exact = find(db, shopId, line.itemId, line.skuId);
        if (!exact.ok() || exact.value())
            return exact;
        if (!line.skuId.isEmpty()) {
            auto item = find(db, shopId, line.itemId, QString());
            if (!item.ok() || item.value())
                return item;
        }
    }
    const QString merchant = line.outerSkuId.trimmed();
    if (merchant.isEmpty())
        return std::optional<QString>();
    if (!line.itemId.isEmpty()) {
        if (Status st = insertAuto(db, shopId, line.itemId, line.skuId, merchant); !st.ok())
            return st.error();
    }
    return std::optional<QString>(merchant);
}

Result<std::vector<std::optional<QString>>> SkuMappingService::lookupAll(int64_t shopId, const std::vector<TradeLine> &lines)
{
    QSqlDatabase db = m_db.connection();
    std::set<QString> distinct;
    QStringList items;
    for (const TradeLine &l : lines)
        if (!l.itemId.isEmpty() && distinct.insert(l.itemId).second)
            items << l.itemId;
    std::map<std::pair<QString, QString>, QString> known;
    // All items in one query on PostgreSQL (a round trip each); on SQLite a hundred at a time, because
    // Qt's driver binds a statement's values at a cost that grows with the square of their number.
    const qsizetype slice = db.driverName() == QLatin1String("QSQLITE") ? 100 : items.size();
    for (qsizetype pos = 0; pos < items.size(); pos += slice) {
        const QStringList part = items.mid(pos, slice);
        QVariantList vals{v64(shopId)};
        for (const QString &i : part)
            vals << i;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (Status st = sql::exec(q,
                                  QStringLiteral("SELECT platform_item_id, platform_sku_id, sku_code FROM sku_mappings WHERE shop_id = ? "
                                                 "AND platform_item_id IN (%1)")
                                      .arg(QStringLiteral("?,").repeated(part.size()).chopped(1)),
                                  vals);
            !st.ok())
            return st.error();
        while (q.next())
            known.emplace(std::make_pair(q.value(0).toString(), q.value(1).toString()), q.value(2).toString());
    }
    std::vector<std::optional<QString>> out;
    out.reserve(lines.size());
    for (const TradeLine &l : lines) {
        auto exact = known.find({l.itemId, l.skuId});
        if (!l.itemId.isEmpty() && exact != known.end()) {
            out.emplace_back(exact->second);
            continue;
        }
        auto item = known.find({l.itemId, QString()});
        if (!l.itemId.isEmpty() && item != known.end()) {
            out.emplace_back(item->second);
            continue;
        }
        const QString merchant = l.outerSkuId.trimmed();
        if (merchant.isEmpty()) {
            out.emplace_back(std::nullopt);
            continue;
        }
        if (!l.itemId.isEmpty()) {
            if (Status st = insertAuto(db, shopId, l.itemId, l.skuId, merchant); !st.ok())
                return st.error();
            known.emplace(std::make_pair(l.itemId, l.skuId), merchant);
        }
        out.emplace_back(merchant);
    }
    return out;
}

Result<int> SkuMappingService::autoFill(const std::vector<int64_t> &tradeIds)
{
    if (Status st = m_db.open(); !st.ok())
        return st.error();
    QSqlDatabase db = m_db.connection();
    using Key = std::tuple<qint64, QString, QString>;
    std::map<Key, QString> wanted;
    constexpr size_t kSlice = 500;
    for (size_t pos = 0; pos < tradeIds.size(); pos += kSlice) {
        const size_t end = std::min(tradeIds.size(), pos + kSlice);
        QStringList marks;
        QVariantList vals;
        for (size_t i = pos; i < end; ++i) {
            marks << QStringLiteral("?");
            vals << v64(tradeIds[i]);
        }
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (Status st =
                sql::exec(q,
                          QStringLiteral("SELECT t.shop_id, l.item_id, l.sku_id, l.outer_sku_id FROM trade_lines l JOIN trades t ON t.id = l.trade_id "
                                         "WHERE l.trade_id IN (%1) AND l.item_id <> '' AND l.outer_sku_id <> '' AND NOT EXISTS (SELECT 1 FROM sku_mappings m "
                                         "WHERE m.shop_id = t.shop_id AND m.platform_item_id = l.item_id AND m.platform_sku_id IN (l.sku_id, ''))")
                              .arg(marks.join(QLatin1Char(','))),
                          vals);
            !st.ok())
            return st.error();
        while (q.next())
            wanted.emplace(Key{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()}, q.value(3).toString().trimmed());
    }
    if (wanted.empty())
        return 0;
    int added = 0;
    return sql::inTransaction(m_db, [&](QSqlDatabase db) -> Result<int> {
        for (const auto &[key, code] : wanted) {
            QSqlQuery q(db);
            if (Status st = sql::exec(q,
                                      QStringLiteral("INSERT INTO sku_mappings(shop_id, platform_item_id, platform_sku_id, sku_code, source, updated_at) "
                                                     "VALUES (?,?,?,?,'auto',?) ON CONFLICT (shop_id, platform_item_id, platform_sku_id) DO NOTHING"),
                                      {v64(std::get<0>(key)), std::get<1>(key), std::get<2>(key), code, sql::nowText()});
                !st.ok())
                return st.error();
            added += q.numRowsAffected() > 0 ? 1 : 0;
        }
        return added;
    });
}

} // namespace od
