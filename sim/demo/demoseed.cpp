#include "sim/demo/demoseed.h"

#include "sim/demo/sampledata.h"
#include "rules/ruleservice.h"
#include "storage/listrepository.h"
#include "storage/shoprepository.h"
#include "storage/sql.h"
#include "storage/traderepository.h"

#include <QDateTime>
#include <QSqlQuery>

namespace od::demo {
namespace {

// A trade of the WeChat mall as its pushes carry it: the mall's own order number (date and a serial,
// as MallSimulator::orderNo) and a member's nickname, not a TOP tid and a tb_ nick.
void asMallTrade(Trade &t, sample::Generator &gen, int serial)
{
    t.tid = QStringLiteral("20251125%1").arg(qint64(serial), 12, 10, QLatin1Char('0'));
    t.buyerNick = QStringLiteral("会员") + gen.personName();
    for (size_t i = 0; i < t.lines.size(); ++i)
        t.lines[i].oid = t.tid + QStringLiteral("-%1").arg(i + 1);
}

} // namespace

Status seed(Database &db)
{
    ShopRepository shops(db);
    Shop top;
    top.platform = PlatformKind::Top;
    top.code = QStringLiteral("tb-flagship");
    top.name = QStringLiteral("淘宝旗舰店");
    top.appKey = QStringLiteral("12345678");
    top.secretRef = QStringLiteral("shop/tb-flagship");
    auto topId = shops.create(top);
    if (!topId.ok())
        return topId.error();
    Shop mall;
    mall.platform = PlatformKind::MallPush;
    mall.code = QStringLiteral("wx-mall");
    mall.name = QStringLiteral("微信商城");
    mall.appKey = QStringLiteral("mall-app");
    mall.secretRef = QStringLiteral("shop/wx-mall");
    mall.signScheme = QStringLiteral("top_md5");
    auto mallId = shops.create(mall);
    if (!mallId.ok())
        return mallId.error();

    sample::Generator gen(20261125);
    TradeRepository trades(db);
    std::vector<Trade> batch;
    const QDateTime base = QDateTime::currentDateTime().addSecs(-300 * 600 - 3600); // every sample time in the past
    for (int i = 0; i < 300; ++i) {
        const QString modified = base.addSecs(i * 600).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        const bool fromMall = i % 3 == 0;
        Trade t = gen.trade(fromMall ? mallId.value() : topId.value(), i, modified);
        if (fromMall)
            asMallTrade(t, gen, i);
        batch.push_back(std::move(t));
    }
    auto r = trades.upsert(batch);
    if (!r.ok())
        return r.error();
    // One refund request waiting on 待转入退单 from the start (the buyer of the second TOP trade asks
    // for its first line back), so the refund pages and their detail have something to show at once.
    {
        const Trade &t = batch[1];
        const QString at = base.addSecs(700).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        QSqlQuery q(db.connection());
        if (Status st = sql::exec(q,
                                  QStringLiteral("INSERT INTO pending_refunds(shop_id, refund_id, tid, oid, amount_fen, reason, goods_return, "
                                                 "platform_status, refund_phase, refund_version, created, modified, received_at, search_text) "
                                                 "VALUES (?,?,?,?,?,?,0,'WAIT_SELLER_AGREE','onsale',?,?,?,?,?)"),
                                  {QVariant::fromValue<qint64>(topId.value()), QStringLiteral("2026112500001"), t.tid, t.lines.at(0).oid,
                                   QVariant::fromValue<qint64>(t.lines.at(0).amount.fen()), QStringLiteral("不想要了"), at, at, at, sql::nowText(),
                                   buildSearchText({QStringLiteral("2026112500001"), t.tid, QStringLiteral("不想要了")})});
            !st.ok())
            return st;
    }
    // A rule set on 设置 → 转单策略, switched on: the demo's own services (rules::RuleRunner) convert the
    // plain orders as they arrive and hold the rest with a reason on 待转入订单, so a new user sees the
    // routine work done and only the held orders waiting. One buyer is on the blacklist.
    {
        rules::RuleService ruleService(db);
        const Session admin{QStringLiteral("admin"), Role::Admin};
        auto add = [&](const QString &name, rules::Outcome outcome, rules::Conditions when, const QString &reason) {
            rules::Rule r;
            r.name = name;
            r.outcome = outcome;
            r.when = std::move(when);
            r.holdReason = reason;
            return ruleService.save(admin, r);
        };
        rules::Conditions black;
        black.blacklisted = rules::Tri::Yes;
        rules::Conditions invoice;
        invoice.memoWords = {QStringLiteral("发票")};
        rules::Conditions big;
        big.minPaidFen = 150000;
        rules::Conditions address;
        address.addressProblem = rules::Tri::Yes;
        rules::Conditions plain;
        plain.paid = rules::Tri::Yes;
        plain.buyerMemo = rules::Tri::No;
        plain.openRefund = rules::Tri::No;
        plain.allMapped = rules::Tri::Yes;
        plain.blacklisted = rules::Tri::No;
        for (auto r : {add(QStringLiteral("黑名单买家"), rules::Outcome::Hold, black, QStringLiteral("买家在黑名单上，请主管确认")),
                       add(QStringLiteral("要开发票"), rules::Outcome::Hold, invoice, QStringLiteral("买家要发票，请核对抬头")),
                       add(QStringLiteral("大额订单"), rules::Outcome::Hold, big, QStringLiteral("实付 1500 元以上，请主管审核")),
                       add(QStringLiteral("地址不全"), rules::Outcome::Hold, address, QStringLiteral("地址缺省市区或为邮政信箱")),
                       add(QStringLiteral("普通订单自动转单"), rules::Outcome::Convert, plain, QString())})
            if (!r.ok())
                return r.error();
        // A late TOP trade's buyer (the demo converts the oldest paid trades by hand at the start).
        if (auto r = ruleService.addToBlacklist(admin, QStringLiteral("buyer"), batch[298].buyerNick, QStringLiteral("多次恶意退款")); !r.ok())
            return r.error();
        if (Status st = ruleService.setAutoEnabled(admin, true); !st.ok())
            return st;
    }
    for (int i = 0; i < 40; ++i) {
        const Trade t = gen.trade(topId.value(), 1000 + i, base.addSecs(i * 900).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        PendingDownload d;
        d.shopId = topId.value();
        d.tid = t.tid;
        d.buyerNick = t.buyerNick;
        d.receiverName = t.receiverName;
        d.summary = TradeRepository::skuSummaryOf(t);
        d.platformStatus = t.platformStatus;
        d.modified = t.modified;
        if (auto ok = trades.upsertPendingDownload(d); !ok.ok())
            return ok.error();
    }
    return {};
}

} // namespace od::demo
