#pragma once
#include "sim/demo/sampledata.h"
#include "storage/shoprepository.h"
#include "testdb.h"
#include <gtest/gtest.h>

inline int64_t makeShop(od::Database &db, const QString &code = QStringLiteral("s1"), od::PlatformKind kind = od::PlatformKind::Top)
{
    od::Shop s;
    s.code = code;
    s.name = QStringLiteral("店铺 ") + code;
    s.platform = kind;
    auto id = od::ShopRepository(db).create(s);
    EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().message.toStdString());
    return id.ok() ? id.value() : 0;
}

inline QString timeAt(int minutes)
{
    return QDateTime(QDate(2025, 3, 20), QTime(0, 0)).addSecs(minutes * 60LL).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}
