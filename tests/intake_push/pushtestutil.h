#pragma once
#include "platforms/mall/mallmapper.h"
#include "push/pushsign.h"
#include "storage/shoprepository.h"
#include "testdb.h"

#include <QFile>
#include <QString>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

inline QByteArray seedBytes()
{
    QFile f(QStringLiteral(INTAKE_PUSH_DATA "/seed_order.json"));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << "missing " INTAKE_PUSH_DATA "/seed_order.json";
    return f.readAll();
}

inline nlohmann::json seedJson()
{
    const QByteArray b = seedBytes();
    return nlohmann::json::parse(b.constData(), b.constData() + b.size());
}

inline int64_t makeMallShop(od::Database &db, const QString &code, const QString &secretRef, const QString &scheme = QStringLiteral("top_md5"),
                            const QString &appKey = QString(), bool enabled = true)
{
    od::Shop s;
    s.code = code;
    s.name = QStringLiteral("商城 ") + code;
    s.platform = od::PlatformKind::MallPush;
    s.secretRef = secretRef;
    s.signScheme = scheme;
    s.appKey = appKey;
    s.enabled = enabled;
    auto id = od::ShopRepository(db).create(s);
    EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().message.toStdString());
    return id.ok() ? id.value() : 0;
}

inline std::string signedDump(nlohmann::json j, const QString &secret, const QString &scheme = QStringLiteral("top_md5"))
{
    EXPECT_TRUE(od::push::signBody(j, scheme, secret).ok());
    return j.dump();
}

#include "sim/mall/mallsimulator.h"
#include "push/pushreceiver.h"
#include "storage/sql.h"

#include <QSqlQuery>
#include <memory>

// A receiver on a free loopback port over the test database, with secrets in memory.
struct ReceiverFixture {
    od::test::TestDb t;
    od::MemorySecretStore secrets;
    std::unique_ptr<od::push::PushReceiver> receiver;
    int port = 0;

    explicit ReceiverFixture(od::push::ReceiverOptions options = {}) { receiver = std::make_unique<od::push::PushReceiver>(t.db(), secrets, options); }
    void start()
    {
        auto p = receiver->start();
        ASSERT_TRUE(p.ok()) << p.error().message.toStdString();
        port = p.value();
    }
    std::pair<int, std::string> post(const QString &path, const std::string &body)
    {
        return od::push::MallSimulator::post(QStringLiteral("127.0.0.1"), port, path, body);
    }
    qint64 count(const QString &sqlText, const QVariantList &values = {})
    {
        auto n = od::sql::scalar(t->connection(), sqlText, values);
        EXPECT_TRUE(n.ok()) << (n.ok() ? "" : n.error().message.toStdString());
        return n.ok() ? n.value() : -1;
    }
};

inline nlohmann::json replyOf(const std::pair<int, std::string> &r) { return nlohmann::json::parse(r.second, nullptr, false); }

// Makes a trade "converted" the way the conversion service would: a sales order pointing at it.
inline int64_t convertTrade(od::Database &db, int64_t shopId, const QString &tid)
{
    QSqlQuery q(db.connection());
    auto tradeId =
        od::sql::scalar(db.connection(), QStringLiteral("SELECT id FROM trades WHERE shop_id = ? AND tid = ?"), {QVariant::fromValue<qint64>(shopId), tid});
    EXPECT_TRUE(tradeId.ok() && tradeId.value() > 0) << tid.toStdString();
    EXPECT_TRUE(od::sql::exec(q,
                              QStringLiteral("INSERT INTO sales_orders(order_no, shop_id, trade_id, tid, created_at, updated_at) "
                                             "VALUES (?,?,?,?,?,?) RETURNING id"),
                              {QStringLiteral("SO") + tid, QVariant::fromValue<qint64>(shopId), QVariant::fromValue<qint64>(tradeId.value()), tid,
                               od::sql::nowText(), od::sql::nowText()})
                    .ok());
    q.next();
    const int64_t orderId = q.value(0).toLongLong();
    q.finish();
    QSqlQuery up(db.connection());
    EXPECT_TRUE(od::sql::exec(up, QStringLiteral("UPDATE trades SET state = 'converted', sales_order_id = ? WHERE id = ?"),
                              {QVariant::fromValue<qint64>(orderId), QVariant::fromValue<qint64>(tradeId.value())})
                    .ok());
    return orderId;
}

// A golden fixture of tests/intake_push/data, written by hand from the mall's public data model.
inline nlohmann::json goldenJson(const char *name)
{
    QFile f(QStringLiteral(INTAKE_PUSH_DATA "/") + QLatin1String(name));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << "missing fixture " << name;
    const QByteArray b = f.readAll();
    return nlohmann::json::parse(b.constData(), b.constData() + b.size(), nullptr, false);
}
