#include "sim/mall/mallsimulator.h"

#include "push/pushsign.h"

#include <QDateTime>
#include <QMutex>
#include <atomic>
#include <chrono>
#include <httplib.h>
#include <thread>

namespace od::push {

using nlohmann::json;

namespace {
const char *kZero = "0000-00-00 00:00:00";
std::string s(const QString &q) { return q.toStdString(); }

json attrList(const QString &attributes)
{
    json list = json::array();
    int id = 1;
    for (const QString &pair : attributes.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString group = pair.section(QLatin1Char(':'), 0, 0);
        const QString name = pair.section(QLatin1Char(':'), 1);
        list.push_back({{"attr_group_name", s(group)}, {"attr_group_id", id}, {"attr_id", id * 10 + 1}, {"attr_name", s(name)}});
        ++id;
    }
    return list;
}

QString minus(const QString &time, int seconds)
{
    return QDateTime::fromString(time, QStringLiteral("yyyy-MM-dd HH:mm:ss")).addSecs(-seconds).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}
} // namespace

QString MallSimulator::orderNo(int serial) { return QStringLiteral("20250320%1").arg(qint64(serial), 12, 10, QLatin1Char('0')); }

namespace {
// Spreads `total` fen over lines in proportion to `weights` (the last line takes the remainder, as
// the mall's admin price change does).
std::vector<int64_t> spread(int64_t total, const std::vector<int64_t> &weights)
{
    std::vector<int64_t> out(weights.size(), 0);
    int64_t sum = 0, given = 0;
    for (int64_t w : weights)
        sum += w;
    for (size_t i = 0; i + 1 < weights.size() && sum > 0; ++i) {
        out[i] = total * weights[i] / sum;
        given += out[i];
    }
    if (!out.empty())
        out.back() = total - given;
    return out;
}
} // namespace

json MallSimulator::order(int serial, const QString &updatedAt, const MallOrderOptions &o)
{
    Trade t = m_gen.trade(1, serial, updatedAt);
    const int n = o.lines > 0 ? qBound(1, o.lines, 5) : int(t.lines.size());
    while (int(t.lines.size()) < n)
        t.lines.push_back(t.lines.front());
    t.lines.resize(size_t(n));
    const QString created = minus(updatedAt, 3);
    const int orderId = 300000 + serial;
    auto yuan = [](int64_t fen) { return s(Money::fromFen(fen).toString()); };

    // The amounts, as the mall computes them.
    std::vector<int64_t> originals;
    int64_t original = 0;
    for (const TradeLine &l : t.lines) {
        originals.push_back(l.amount.fen());
        original += l.amount.fen();
    }
    const int64_t member = o.memberMarkup ? -(original / 20 + 1) : (o.coupon ? original / 20 : 0);
    const int64_t coupon = o.coupon ? qMin<int64_t>(300, original / 10) : 0;
    const int64_t integral = o.coupon ? original / 50 : 0;
    const int64_t fullReduce = o.fullReduceFen, admin = o.adminFen;
    const std::vector<int64_t> memberShare = spread(member, originals);
    const std::vector<int64_t> otherShare = spread(coupon + integral + fullReduce, originals);
    const std::vector<int64_t> adminShare = spread(admin, originals);
    const int64_t goodsAfter = original - member - coupon - integral - fullReduce - admin;
    const int64_t freight = o.freightFen >= 0 ? o.freightFen : (o.selfPickup ? 0 : (m_gen.rng().bounded(3) == 0 ? 1000 : 0));
    const int64_t paid = goodsAfter + freight;

    json detail = json::array();
    for (int i = 0; i < n; ++i) {
        TradeLine &l = t.lines[size_t(i)];
        if (m_gen.rng().bounded(3) == 0)
            l.attributes += QStringLiteral(";尺码:") + QStringList{QStringLiteral("S"), QStringLiteral("M"), QStringLiteral("XL")}[int(m_gen.rng().bounded(3))];
        const json attrs = attrList(l.attributes);
        const int goodsId = 180000 + int(m_gen.rng().bounded(5000));
        const bool refunding = i == o.refundLine;
        const size_t k = size_t(i);
        const int64_t lineAfter = originals[k] - memberShare[k] - otherShare[k] - adminShare[k];
        const QString cover = QStringLiteral("http://mall.example.cn/web/uploads/mall222/%1.png").arg(goodsId);
        json attr = {{"id", 490000 + goodsId % 10000 + i},
                     {"goods_id", goodsId},
                     {"sign_id", "1"},
                     {"stock", int(m_gen.rng().bounded(200))},
                     {"price", s(l.unitPrice.toString())},
                     {"original_price", s(l.unitPrice.toString())},
                     {"no", i % 2 == 0 ? s(l.outerSkuId) : std::string()},
                     {"weight", 0},
                     {"pic_url", ""},
                     {"individual_share", 0},
                     {"share_type", 0},
                     {"member_price", nullptr},
                     {"integral_price", nullptr},
                     {"use_integral", nullptr},
                     {"discount", json::array()},
                     {"extra", json::array()},
                     {"goods_warehouse_id", 72000 + goodsId % 1000},
                     {"name", s(l.title)},
                     {"cover_pic", s(cover)},
                     {"pic_list", json::array({{{"id", std::to_string(220000 + goodsId)}, {"pic_url", s(cover)}}}).dump()},
                     {"number", 1},
                     {"bar_code", ""},
                     {"cb_price", nullptr},
                     {"goods_share_level", nullptr},
                     {"attr_setting_type", 0}};
        detail.push_back({{"id", 490000 + serial * 5 + i},
                          {"order_id", orderId},
                          {"goods_id", goodsId},
                          {"num", l.quantity},
                          {"unit_price", s(l.unitPrice.toString())},
                          {"total_original_price", yuan(originals[k])},
                          {"total_price", yuan(lineAfter)},
                          {"member_discount_price", yuan(memberShare[k])},
                          {"goods_info", {{"attr_list", attrs}, {"goods_attr", attr}}},
                          {"is_delete", 0},
                          {"created_at", s(created)},
                          {"updated_at", s(created)},
                          {"deleted_at", kZero},
                          {"is_refund", refunding && o.refundStatus == 2 && o.refunded ? 1 : 0},
                          {"refund_status", refunding ? o.refundStatus : 0},
                          {"back_price", yuan(adminShare[k])},
                          {"sign", ""},
                          {"goods_no", i % 2 == 1 ? s(l.outerSkuId) : std::string()},
                          {"form_data", "null"},
                          {"form_id", 0},
                          {"attr_list", attrs},
                          {"cover_pic", s(cover)}});
    }
    const bool isPay = !o.cod;
    QString state, city, district;
    const QString address = m_gen.address(&state, &city, &district);
    const bool gone = o.deleted || o.recycled;
    json j = {{"id", orderId},
              {"mall_id", 222},
              {"user_id", 590000 + serial % 10000},
              {"mch_id", 0},
              {"order_no", s(orderNo(serial))},
              {"total_price", yuan(goodsAfter + freight)},
              {"total_pay_price", yuan(paid)},
              {"express_original_price", yuan(freight)},
              {"express_price", yuan(freight)},
              {"total_goods_price", yuan(goodsAfter)},
              {"total_goods_original_price", yuan(original)},
              {"member_discount_price", yuan(member)},
              {"use_user_coupon_id", o.coupon ? 7000 + serial % 100 : 0},
              {"coupon_discount_price", yuan(coupon)},
              {"use_integral_num", o.coupon ? int(integral) : 0},
              {"integral_deduction_price", yuan(integral)},
              {"name", s(m_gen.personName())},
              {"mobile", s(m_gen.mobile())},
              {"address", s(address)},
              {"address_id", 91000 + serial % 1000},
              {"remark", m_gen.rng().bounded(5) == 0 ? "请尽快发货，谢谢" : ""},
              {"words", ""},
              {"seller_remark", ""},
              {"is_pay", isPay ? 1 : 0},
              {"pay_type", o.cod ? 2 : (m_gen.rng().bounded(2) ? 1 : 3)},
              {"pay_time", isPay ? s(minus(updatedAt, 0)) : std::string(kZero)},
              {"is_send", o.shipped ? 1 : 0},
              {"send_time", o.shipped ? s(updatedAt) : std::string(kZero)},
              {"customer_name", ""},
              {"express", o.shipped ? "顺丰速运" : ""},
              {"express_no", o.shipped ? "SF" + std::to_string(1000000000LL + serial) : ""},
              {"is_sale", 0},
              {"is_confirm", 0},
              {"confirm_time", kZero},
              {"cancel_status", o.cancelled ? 1 : 0},
              {"cancel_time", o.cancelled ? s(updatedAt) : std::string(kZero)},
              {"created_at", s(created)},
              {"updated_at", s(updatedAt)},
              {"deleted_at", o.deleted ? s(updatedAt) : std::string(kZero)},
              {"is_delete", o.deleted ? 1 : 0},
              {"is_recycle", gone ? 1 : 0},
              {"send_type", o.selfPickup ? 1 : 0},
              {"offline_qrcode", ""},
              {"clerk_id", 0},
              {"store_id", o.selfPickup ? 12 : 0},
              {"sign", ""},
              {"token", s(QStringLiteral("T%1").arg(qHash(orderNo(serial)), 31, 16, QLatin1Char('x')))},
              {"support_pay_types", o.cod ? "[\"huodao\"]" : "[\"balance\"]"},
              {"is_comment", 0},
              {"comment_time", kZero},
              {"sale_status", o.refundLine >= 0 ? 1 : 0},
              {"status", 1},
              {"back_price", yuan(admin)},
              {"auto_cancel_time", nullptr},
              {"auto_confirm_time", nullptr},
              {"auto_sales_time", nullptr},
              {"distance", 0},
              {"city_mobile", ""},
              {"location", nullptr},
              {"city_name", nullptr},
              {"city_info", nullptr},
              {"is_group_sc", 0},
              {"platform", ""},
              {"fund_type", 0},
              {"scene", "1001"},
              {"is_wxpay", 0},
              {"is_back", 0},
              {"detail", detail},
              {"user",
               {{"avatar", "https://thirdwx.qlogo.cn/mmopen/vi_32/0/132"},
                {"nickname", s(QStringLiteral("会员") + m_gen.personName())},
                {"unionid", s(QStringLiteral("oAf8A5%1").arg(serial, 22, 10, QLatin1Char('0')))},
                {"mobile", s(m_gen.mobile())}}},
              {"pay_order_no", s(QStringLiteral("HM%1").arg(qHash(orderNo(serial)) * 7919ULL, 30, 16, QLatin1Char('0')))},
              {"method", "order_list"},
              {"app_sign", ""},
              {"parent", {{"nickname", s(m_gen.personName())}, {"mobile", s(m_gen.mobile())}}}};
    if (fullReduce != 0)
        j["full_reduce_price"] = yuan(fullReduce);
    return j;
}

json MallSimulator::randomOrder(int serial, const QString &updatedAt)
{
    MallOrderOptions o;
    QRandomGenerator &r = m_gen.rng();
    o.cod = r.bounded(10) == 0;
    o.selfPickup = r.bounded(10) == 0;
    o.cancelled = r.bounded(20) == 0;
    o.coupon = r.bounded(10) < 3;
    o.lines = int(r.bounded(1, 6));
    if (r.bounded(25) < 2)
        o.refundLine = int(r.bounded(o.lines));
    o.refundStatus = r.bounded(2) ? 1 : 2;
    const int money = int(r.bounded(40)); // member markup 5 %, admin change 5 % (either way), full reduction 5 %
    o.memberMarkup = money < 2;
    if (money >= 2 && money < 4)
        o.adminFen = money == 2 ? 150 : -80;
    if (money >= 4 && money < 6)
        o.fullReduceFen = 200;
    return order(serial, updatedAt, o);
}

json MallSimulator::changed(const json &order, const QString &updatedAt, bool cancel, int refundLine, int refundStatus, bool refunded)
{
    json j = order;
    j["updated_at"] = s(updatedAt);
    if (cancel) {
        j["cancel_status"] = 1;
        j["cancel_time"] = s(updatedAt);
    }
    if (refundLine >= 0 && refundLine < int(j["detail"].size())) {
        json &d = j["detail"][size_t(refundLine)];
        d["is_refund"] = refundStatus == 2 && refunded ? 1 : 0;
        d["refund_status"] = refundStatus;
        d["updated_at"] = s(updatedAt);
        j["sale_status"] = 1;
    }
    j["app_sign"] = "";
    return j;
}

std::pair<int, std::string> MallSimulator::post(const QString &host, int port, const QString &path, const std::string &body, int timeoutSec)
{
    httplib::Client cli(host.toStdString(), port);
    cli.set_tcp_nodelay(true);
    cli.set_connection_timeout(timeoutSec, 0);
    cli.set_read_timeout(timeoutSec, 0);
    cli.set_write_timeout(timeoutSec, 0);
    auto res = cli.Post(path.toStdString(), body, "application/json");
    if (!res)
        return {0, httplib::to_string(res.error())};
    return {res->status, res->body};
}

MallSimulator::SendReport MallSimulator::send(const std::vector<json> &orders, const SendOptions &o)
{
    std::vector<RawPush> pushes;
    pushes.reserve(orders.size());
    for (json j : orders) {
        if (!o.scheme.isEmpty())
            (void)signBody(j, o.scheme, o.secret);
        pushes.push_back({o.path, j.dump()});
    }
    return sendRaw(pushes, o);
}

MallSimulator::SendReport MallSimulator::sendRaw(const std::vector<RawPush> &pushes, const SendOptions &o)
{
    SendReport report;
    report.statuses.assign(pushes.size(), 0);
    report.latenciesMs.assign(pushes.size(), 0);
    std::atomic<size_t> next{0};
    std::atomic<int> accepted{0}, refused{0}, failed{0}, retried{0};
    QMutex errMutex;
    const auto start = std::chrono::steady_clock::now();
    auto worker = [&] {
        httplib::Client cli(o.host.toStdString(), o.port);
        cli.set_keep_alive(true);
        cli.set_tcp_nodelay(true);
        cli.set_connection_timeout(o.timeoutSec, 0);
        cli.set_read_timeout(o.timeoutSec, 0);
        cli.set_write_timeout(o.timeoutSec, 0);
        for (;;) {
            const size_t i = next.fetch_add(1);
            if (i >= pushes.size())
                return;
            if (o.ratePerSecond > 0) { // pace: request i leaves no earlier than i / rate seconds after the start
                const auto due = start + std::chrono::microseconds(qint64(double(i) * 1e6 / o.ratePerSecond));
                std::this_thread::sleep_until(due);
            }
            const std::string path = (pushes[i].path.isEmpty() ? o.path : pushes[i].path).toStdString();
            const auto sentAt = std::chrono::steady_clock::now();
            // No answer at all (a keep-alive connection closed under us, a timeout): retry like the
            // mall does — pushes are idempotent.
            auto res = cli.Post(path, pushes[i].body, "application/json");
            for (int attempt = 1; !res && attempt <= o.retries; ++attempt) {
                ++retried;
                std::this_thread::sleep_for(std::chrono::milliseconds(50 * attempt));
                res = cli.Post(path, pushes[i].body, "application/json");
            }
            report.latenciesMs[i] = int(std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - sentAt).count());
            QString error;
            if (!res) {
                ++failed;
                error = QString::fromStdString(httplib::to_string(res.error()));
            } else {
                report.statuses[i] = res->status;
                json reply = json::parse(res->body, nullptr, false);
                if (res->status == 200 && reply.is_object() && reply.value("code", -1) == 0) {
                    ++accepted;
                } else {
                    ++refused;
                    error = QString::fromStdString(res->body).left(200);
                }
            }
            if (!error.isEmpty()) {
                QMutexLocker lock(&errMutex);
                if (report.firstErrors.size() < 10)
                    report.firstErrors << error;
            }
        }
    };
    std::vector<std::thread> threads;
    for (int i = 0; i < qMax(1, o.senders); ++i)
        threads.emplace_back(worker);
    for (auto &t : threads)
        t.join();
    report.sent = int(pushes.size());
    report.accepted = accepted;
    report.refused = refused;
    report.failed = failed;
    report.retried = retried;
    return report;
}

} // namespace od::push
