#pragma once
// Shared helpers of the workflow tests: a shop, convertible trades, sessions, pending refunds.
#include "auth/session.h"
#include "sim/demo/sampledata.h"
#include "storage/shoprepository.h"
#include "storage/sql.h"
#include "storage/traderepository.h"
#include "testdb.h"
#include <QDateTime>
#include <QSqlError>
#include <QRegularExpression>
#include <gtest/gtest.h>

namespace wf {

inline const od::Session kClerk{QStringLiteral("clerk"), od::Role::Operator};
inline const od::Session kBoss{QStringLiteral("boss"), od::Role::Supervisor};
inline const od::Session kAdmin{QStringLiteral("root"), od::Role::Admin};

inline std::string msg(const od::Error &e) { return (e.code + QStringLiteral(": ") + e.message).toStdString(); }

inline int64_t makeShop(od::Database &db, const QString &code = QStringLiteral("s1"))
{
    od::Shop s;
    s.code = code;
    s.name = QStringLiteral("店铺 ") + code;
    auto id = od::ShopRepository(db).create(s);
    EXPECT_TRUE(id.ok()) << (id.ok() ? "" : msg(id.error()));
    return id.ok() ? id.value() : 0;
}

inline QString timeAt(int minutes)
{
    return QDateTime(QDate(2025, 3, 20), QTime(0, 0)).addSecs(minutes * 60LL).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// A trade that passes every conversion check.
inline od::Trade goodTrade(int64_t shop, int serial, quint32 seed = 7)
{
    od::sample::Generator gen(seed + quint32(serial));
    od::Trade t = gen.trade(shop, serial, timeAt(serial % 100000));
    t.paid = true;
    t.cod = false;
    t.closed = false;
    t.platformStatus = QStringLiteral("WAIT_SELLER_SEND_GOODS");
    for (od::TradeLine &l : t.lines)
        l.refundStatus = QStringLiteral("NO_REFUND");
    return t;
}

inline std::vector<int64_t> store(od::Database &db, const std::vector<od::Trade> &trades)
{
    std::vector<int64_t> ids;
    od::TradeRepository repo(db);
    for (size_t pos = 0; pos < trades.size(); pos += 1000) {
        std::vector<od::Trade> slice(trades.begin() + pos, trades.begin() + std::min(trades.size(), pos + 1000));
        auto r = repo.upsert(slice);
        EXPECT_TRUE(r.ok()) << (r.ok() ? "" : msg(r.error()));
        if (!r.ok())
            return ids;
        for (const auto &u : r.value())
            ids.push_back(u.tradeId);
    }
    return ids;
}

inline int64_t storeOne(od::Database &db, const od::Trade &t) { return store(db, {t}).at(0); }

inline qint64 count(od::Database &db, const QString &sqlText, const QVariantList &values = {})
{
    auto n = od::sql::scalar(db.connection(), sqlText, values);
    EXPECT_TRUE(n.ok()) << (n.ok() ? "" : msg(n.error())) << " in " << sqlText.toStdString();
    return n.ok() ? n.value() : -1;
}

inline int64_t addPendingRefund(od::Database &db, int64_t shop, const QString &tid, const QString &oid, int64_t amountFen, bool goodsReturn,
                                const QString &refundId)
{
    QSqlQuery q(db.connection());
    od::Status st = od::sql::exec(q,
                                  QStringLiteral("INSERT INTO pending_refunds(shop_id, refund_id, tid, oid, amount_fen, reason, goods_return, "
                                                 "platform_status, created, modified, state, received_at) "
                                                 "VALUES (?,?,?,?,?,?,?,'WAIT_SELLER_AGREE',?,?,'pending',?) RETURNING id"),
                                  {QVariant::fromValue<qint64>(shop), refundId, tid, oid, QVariant::fromValue<qint64>(amountFen), QStringLiteral("不想要了"),
                                   int(goodsReturn), timeAt(1), timeAt(1), od::sql::nowText()});
    EXPECT_TRUE(st.ok()) << (st.ok() ? "" : msg(st.error()));
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace wf
