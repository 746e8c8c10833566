#pragma once
#include "push/mallmapper.h"
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
