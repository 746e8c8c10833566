#include "sim/demo/sampledata.h"

#include <QStringList>

namespace od::sample {

namespace {
const QStringList kSurnames = {QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"), QStringLiteral("刘"), QStringLiteral("陈"),
                               QStringLiteral("杨"), QStringLiteral("黄"), QStringLiteral("赵"), QStringLiteral("吴"), QStringLiteral("周"),
                               QStringLiteral("徐"), QStringLiteral("孙"), QStringLiteral("马"), QStringLiteral("朱"), QStringLiteral("胡")};
const QStringList kGiven = {QStringLiteral("伟"), QStringLiteral("芳"), QStringLiteral("娜"), QStringLiteral("秀英"), QStringLiteral("敏"),
                            QStringLiteral("静"), QStringLiteral("丽"), QStringLiteral("强"), QStringLiteral("磊"),   QStringLiteral("军"),
                            QStringLiteral("洋"), QStringLiteral("勇"), QStringLiteral("艳"), QStringLiteral("杰"),   QStringLiteral("娟"),
                            QStringLiteral("涛"), QStringLiteral("明"), QStringLiteral("超"), QStringLiteral("秀兰"), QStringLiteral("霞")};
struct Place {
    const char *state, *city, *district;
};
const Place kPlaces[] = {{"上海", "上海市", "浦东新区"}, {"北京", "北京市", "朝阳区"},   {"广东省", "广州市", "天河区"}, {"广东省", "深圳市", "南山区"},
                         {"浙江省", "杭州市", "西湖区"}, {"江苏省", "南京市", "鼓楼区"}, {"四川省", "成都市", "武侯区"}, {"湖北省", "武汉市", "洪山区"},
                         {"山东省", "青岛市", "市南区"}, {"福建省", "厦门市", "思明区"}};
const QStringList kStreets = {QStringLiteral("人民路"), QStringLiteral("解放路"), QStringLiteral("中山路"), QStringLiteral("建设路"),
                              QStringLiteral("和平路"), QStringLiteral("文化路"), QStringLiteral("长江路"), QStringLiteral("滨江大道")};
const QStringList kCompanyParts = {QStringLiteral("家汇"), QStringLiteral("华联"), QStringLiteral("百盛"), QStringLiteral("金鼎"),
                                   QStringLiteral("宏达"), QStringLiteral("鑫源"), QStringLiteral("恒通"), QStringLiteral("优品")};
struct Goods {
    const char *title, *attrGroup;
    QStringList attrs;
    int priceFen;
};
const Goods kGoods[] = {{"纯棉圆领T恤", "颜色", {QStringLiteral("黑色"), QStringLiteral("白色"), QStringLiteral("灰色")}, 5900},
                        {"加绒连帽卫衣", "尺码", {QStringLiteral("M"), QStringLiteral("L"), QStringLiteral("XL")}, 12900},
                        {"不锈钢保温杯 500ml", "颜色", {QStringLiteral("银色"), QStringLiteral("粉色")}, 3990},
                        {"无线蓝牙耳机", "版本", {QStringLiteral("标准版"), QStringLiteral("降噪版")}, 19900},
                        {"有机绿茶 250g", "规格", {QStringLiteral("罐装"), QStringLiteral("袋装")}, 6800},
                        {"儿童运动鞋", "尺码", {QStringLiteral("28"), QStringLiteral("30"), QStringLiteral("32")}, 15900},
                        {"陶瓷餐具套装", "件数", {QStringLiteral("12件"), QStringLiteral("24件")}, 22900},
                        {"桑蚕丝枕套", "颜色", {QStringLiteral("香槟"), QStringLiteral("浅灰")}, 8800}};
} // namespace

QString Generator::personName() { return kSurnames[int(m_rng.bounded(kSurnames.size()))] + kGiven[int(m_rng.bounded(kGiven.size()))]; }

QString Generator::mobile()
{
    static const char *prefixes[] = {"138", "139", "186", "152", "177", "158"};
    return QString::fromLatin1(prefixes[m_rng.bounded(6)]) + QStringLiteral("%1").arg(m_rng.bounded(100000000), 8, 10, QLatin1Char('0'));
}

QString Generator::address(QString *state, QString *city, QString *district)
{
    const Place &p = kPlaces[m_rng.bounded(int(std::size(kPlaces)))];
    if (state)
        *state = QString::fromUtf8(p.state);
    if (city)
        *city = QString::fromUtf8(p.city);
    if (district)
        *district = QString::fromUtf8(p.district);
    return QStringLiteral("%1%2%3%4%5号%6室")
        .arg(QString::fromUtf8(p.state), QString::fromUtf8(p.city), QString::fromUtf8(p.district), kStreets[int(m_rng.bounded(kStreets.size()))])
        .arg(m_rng.bounded(1, 999))
        .arg(m_rng.bounded(101, 2999));
}

QString Generator::companyName()
{
    const Place &p = kPlaces[m_rng.bounded(int(std::size(kPlaces)))];
    return QString::fromUtf8(p.state).left(2) + kCompanyParts[int(m_rng.bounded(kCompanyParts.size()))] + QStringLiteral("商贸");
}

Trade Generator::trade(int64_t shopId, int serial, const QString &modified)
{
    Trade t;
    t.shopId = shopId;
    t.tid = QStringLiteral("%1%2").arg(QStringLiteral("3")).arg(qint64(4000000000000000LL) + qint64(serial) * 7919, 18, 10, QLatin1Char('0'));
    t.buyerNick = QStringLiteral("tb_") + QString::number(m_rng.bounded(100000, 999999));
    t.receiverName = m_rng.bounded(10) == 0 ? companyName() : personName();
    t.receiverMobile = mobile();
    t.receiverAddress = address(&t.receiverState, &t.receiverCity, &t.receiverDistrict);
    t.created = modified;
    t.modified = modified;
    t.payTime = modified;
    const int kind = int(m_rng.bounded(20));
    t.paid = kind != 0;
    t.cod = kind == 1;
    t.closed = kind == 2;
    t.platformStatus = t.closed ? QStringLiteral("TRADE_CLOSED")
        : t.cod                 ? QStringLiteral("TRADE_BUYER_SIGNED")
        : t.paid                ? QStringLiteral("WAIT_SELLER_SEND_GOODS")
                                : QStringLiteral("WAIT_BUYER_PAY");
    const int n = int(m_rng.bounded(1, 6));
    int64_t goods = 0;
    for (int i = 0; i < n; ++i) {
        const Goods &g = kGoods[m_rng.bounded(int(std::size(kGoods)))];
        TradeLine l;
        l.oid = t.tid + QString::number(i + 1);
        l.itemId = QString::number(600000000000LL + m_rng.bounded(1000));
        const QString attr = g.attrs[int(m_rng.bounded(g.attrs.size()))];
        l.skuId = l.itemId + QStringLiteral("-") + attr;
        l.outerSkuId = QStringLiteral("SKU-%1-%2").arg(l.itemId.right(3), QString::number(qHash(attr) % 1000));
        l.title = QString::fromUtf8(g.title);
        l.attributes = QString::fromUtf8(g.attrGroup) + QStringLiteral(":") + attr;
        l.quantity = int(m_rng.bounded(1, 4));
        l.unitPrice = Money::fromFen(g.priceFen);
        l.amount = Money::fromFen(int64_t(g.priceFen) * l.quantity);
        l.refundStatus = m_rng.bounded(40) == 0 ? QStringLiteral("WAIT_SELLER_AGREE") : QStringLiteral("NO_REFUND");
        goods += l.amount.fen();
        t.lines.push_back(l);
    }
    t.goodsTotal = Money::fromFen(goods);
    t.freight = Money::fromFen(m_rng.bounded(3) == 0 ? 1000 : 0);
    t.discount = Money::fromFen(m_rng.bounded(4) == 0 ? 500 : 0);
    t.paidAmount = Money::fromFen(goods + t.freight.fen() - t.discount.fen());
    t.buyerMemo = m_rng.bounded(5) == 0 ? QStringLiteral("请尽快发货，谢谢") : QString();
    return t;
}

} // namespace od::sample
