#pragma once
#include "storage/shoprepository.h"
#include "storage/sql.h"
#include "testdb.h"
#include "platforms/top/topclient.h"
#include "sim/top/topsimulator.h"
#include <QDateTime>
#include <QThread>
#include <functional>
#include <gtest/gtest.h>

inline const QString kTimeFmt = QStringLiteral("yyyy-MM-dd HH:mm:ss");

inline od::Shop makeTopShop(od::Database &db, const od::top::TopSimulator &sim, const QString &code = QStringLiteral("tb1"))
{
    od::Shop s;
    s.code = code;
    s.name = QStringLiteral("淘宝旗舰店 ") + code;
    s.platform = od::PlatformKind::Top;
    s.appKey = sim.options().appKey;
    s.endpoint = sim.url();
    auto id = od::ShopRepository(db).create(s);
    EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().message.toStdString());
    s.id = id.ok() ? id.value() : 0;
    return s;
}

inline od::platforms::Credentials simCredentials(const od::top::TopSimulator &sim)
{
    return {sim.options().appKey, sim.options().secret, sim.options().sessions.first(), od::top::toKey(od::top::SignMethod::HmacSha256)};
}

inline od::top::ClientOptions fastRetries()
{
    od::top::ClientOptions o;
    o.backoffBaseMs = 10;
    o.backoffMaxMs = 100;
    o.transferTimeoutMs = 10000;
    return o;
}

inline qint64 count(od::Database &db, const QString &sql, const QVariantList &values = {})
{
    auto n = od::sql::scalar(db.connection(), sql, values);
    EXPECT_TRUE(n.ok()) << (n.ok() ? "" : n.error().message.toStdString());
    return n.ok() ? n.value() : -1;
}

inline QString agoText(qint64 secs) { return QDateTime::currentDateTime().addSecs(-secs).toString(kTimeFmt); }

// Waits for a condition with a deadline (never a bare sleep that passes by luck).
inline bool waitFor(const std::function<bool()> &cond, int timeoutMs)
{
    const qint64 until = QDateTime::currentMSecsSinceEpoch() + timeoutMs;
    while (QDateTime::currentMSecsSinceEpoch() < until) {
        if (cond())
            return true;
        QThread::msleep(20);
    }
    return cond();
}
