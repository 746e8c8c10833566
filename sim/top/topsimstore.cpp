#include "sim/top/topsimstore.h"

#include "sim/demo/sampledata.h"

#include <algorithm>

namespace od::top {

namespace {
const QString kFmt = QStringLiteral("yyyy-MM-dd HH:mm:ss");

// Platform ids go out as JSON numbers when they are numeric, like the real gateway does: the
// client must keep them exact (as strings), never pass them through a double.
nlohmann::json idJson(const QString &id)
{
    bool ok = false;
    const qulonglong v = id.toULongLong(&ok);
    if (ok)
        return nlohmann::json(static_cast<std::uint64_t>(v));
    return nlohmann::json(id.toStdString());
}

std::string s(const QString &v) { return v.toStdString(); }

// A stable Alipay trade number for a paid trade (28 digits, like TOP's alipay_no).
QString alipayNo(const QString &tid) { return QStringLiteral("2025%1").arg(qHash(tid, 0) % 1000000000000000000ULL, 24, 10, QLatin1Char('0')); }

bool sortDesc(const QString &ka, const QString &ta, const QString &kb, const QString &tb)
{
    if (ka != kb)
        return ka > kb;
    return ta > tb;
}
} // namespace

SimStore::SimStore(quint32 seed) : m_rng(seed ^ 0x5a5a), m_seed(seed) { }

QString SimStore::nowText() const { return now().toString(kFmt); }

QString SimStore::bump(const QString &old) const
{
    const QString n = nowText();
    if (n > old)
        return n;
    return QDateTime::fromString(old, kFmt).addSecs(1).toString(kFmt);
}

Trade *SimStore::find(const QString &tid)
{
    auto it = m_index.find(tid);
    return it == m_index.end() ? nullptr : &m_trades[it->second];
}

QStringList SimStore::addTrades(int n, const QDateTime &from, const QDateTime &to)
{
    std::lock_guard lock(m_mu);
    sample::Generator gen(m_seed * 7919u + quint32(m_serial));
    QStringList tids;
    const qint64 span = std::max<qint64>(0, from.secsTo(to));
    for (int i = 0; i < n; ++i) {
        const qint64 at = n > 1 ? span * i / (n - 1) : 0;
        const QString when = from.addSecs(at).toString(kFmt);
        Trade t = gen.trade(0, ++m_serial + int(m_seed % 1000) * 1000000, when);
        if (!t.paid)
            t.payTime.clear();
        t.paid = !t.payTime.isEmpty();
        if (t.paid && t.payNo.isEmpty())
            t.payNo = alipayNo(t.tid);
        if (t.buyerId.isEmpty()) // TOP's buyer_open_uid: "AAF" + 21 letters and digits
            t.buyerId = QStringLiteral("AAF%1").arg(qHash(t.tid + QStringLiteral("uid"), 0), 21, 36, QLatin1Char('0')).toUpper();
        if (m_index.count(t.tid))
            continue;
        m_index.emplace(t.tid, m_trades.size());
        tids << t.tid;
        m_trades.push_back(std::move(t));
    }
    return tids;
}

bool SimStore::pay(const QString &tid)
{
    std::lock_guard lock(m_mu);
    Trade *t = find(tid);
    if (!t || t->paid || t->closed)
        return false;
    t->paid = true;
    t->platformStatus = QStringLiteral("WAIT_SELLER_SEND_GOODS");
    t->modified = bump(t->modified);
    t->payTime = t->modified;
    if (t->payNo.isEmpty())
        t->payNo = alipayNo(t->tid);
    ++m_mutations;
    return true;
}

bool SimStore::collectCod(const QString &tid)
{
    std::lock_guard lock(m_mu);
    Trade *t = find(tid);
    if (!t || !t->cod || t->paid || t->closed)
        return false;
    // The courier collected the money: TOP sets pay_time on the cash-on-delivery trade.
    t->paid = true;
    t->modified = bump(t->modified);
    t->payTime = t->modified;
    if (t->payNo.isEmpty())
        t->payNo = alipayNo(t->tid);
    ++m_mutations;
    return true;
}

bool SimStore::confirmReceipt(const QString &tid)
{
    std::lock_guard lock(m_mu);
    Trade *t = find(tid);
    if (!t || t->platformStatus != QLatin1String("WAIT_BUYER_CONFIRM_GOODS"))
        return false;
    t->platformStatus = QStringLiteral("TRADE_FINISHED");
    t->modified = bump(t->modified);
    if (t->cod && !t->paid) { // cash on delivery: paid at the door at the latest
        t->paid = true;
        t->payTime = t->modified;
        if (t->payNo.isEmpty())
            t->payNo = alipayNo(t->tid);
    }
    ++m_mutations;
    return true;
}

bool SimStore::edit(const QString &tid, const std::function<void(Trade &)> &change)
{
    std::lock_guard lock(m_mu);
    Trade *t = find(tid);
    if (!t)
        return false;
    change(*t);
    t->modified = bump(t->modified);
    ++m_mutations;
    return true;
}

bool SimStore::cancel(const QString &tid)
{
    std::lock_guard lock(m_mu);
    Trade *t = find(tid);
    if (!t || t->closed)
        return false;
    t->closed = true;
    t->platformStatus = QStringLiteral("TRADE_CLOSED");
    t->modified = bump(t->modified);
    ++m_mutations;
    return true;
}

bool SimStore::changeAddress(const QString &tid)
{
    std::lock_guard lock(m_mu);
    Trade *t = find(tid);
    if (!t)
        return false;
    sample::Generator gen(quint32(m_rng.generate()));
    t->receiverAddress = gen.address(&t->receiverState, &t->receiverCity, &t->receiverDistrict);
    t->modified = bump(t->modified);
    ++m_mutations;
    return true;
}

std::optional<QString> SimStore::refundLine(const QString &tid)
{
    std::lock_guard lock(m_mu);
    Trade *t = find(tid);
    if (!t || !t->paid || t->closed)
        return std::nullopt;
    for (TradeLine &l : t->lines) {
        if (l.underRefund())
            continue;
        l.refundStatus = QStringLiteral("WAIT_SELLER_AGREE");
        t->modified = bump(t->modified);
        SimRefund r;
        r.refundId = QString::number(7000000000000000000LL + qint64(m_seed % 1000) * 100000000LL + ++m_refundSerial);
        r.tid = t->tid;
        r.oid = l.oid;
        r.amount = l.amount;
        r.reason = m_rng.bounded(2) ? QStringLiteral("不想要了") : QStringLiteral("商品与描述不符");
        r.goodsReturn = m_rng.bounded(2) == 0;
        r.created = r.modified = t->modified;
        m_refunds.push_back(r);
        ++m_mutations;
        return r.refundId;
    }
    return std::nullopt;
}

void SimStore::adopt(const std::vector<Trade> &trades, const std::vector<SimRefund> &refunds)
{
    std::lock_guard lock(m_mu);
    for (const Trade &t : trades) {
        if (m_index.count(t.tid))
            continue;
        m_index.emplace(t.tid, m_trades.size());
        m_trades.push_back(t);
        m_adopted.insert(t.tid);
    }
    for (const SimRefund &r : refunds) {
        if (m_adopted.count(r.refundId) || std::any_of(m_refunds.begin(), m_refunds.end(), [&](const SimRefund &o) { return o.refundId == r.refundId; }))
            continue;
        m_refunds.push_back(r);
        m_adopted.insert(r.refundId);
    }
}

int SimStore::mutate(int count)
{
    int applied = 0;
    for (int i = 0; i < count; ++i) {
        QString tid;
        int kind;
        {
            std::lock_guard lock(m_mu);
            if (m_trades.empty())
                return applied;
            tid = m_trades[m_rng.bounded(int(m_trades.size()))].tid;
            kind = int(m_rng.bounded(4));
            if (m_adopted.count(tid))
                continue;
        }
        bool ok = false;
        switch (kind) {
        case 0:
            ok = pay(tid);
            break;
        case 1:
            ok = cancel(tid);
            break;
        case 2:
            ok = changeAddress(tid);
            break;
        default:
            ok = refundLine(tid).has_value();
            break;
        }
        if (!ok)
            ok = changeAddress(tid);
        applied += ok ? 1 : 0;
    }
    return applied;
}

std::vector<Trade> SimStore::trades() const
{
    std::lock_guard lock(m_mu);
    return m_trades;
}

std::optional<Trade> SimStore::trade(const QString &tid) const
{
    std::lock_guard lock(m_mu);
    auto it = m_index.find(tid);
    if (it == m_index.end())
        return std::nullopt;
    return m_trades[it->second];
}

std::vector<SimRefund> SimStore::refunds() const
{
    std::lock_guard lock(m_mu);
    return m_refunds;
}

std::optional<SimRefund> SimStore::refund(const QString &refundId) const
{
    std::lock_guard lock(m_mu);
    for (const SimRefund &r : m_refunds)
        if (r.refundId == refundId)
            return r;
    return std::nullopt;
}

std::vector<SimShipment> SimStore::shipments() const
{
    std::lock_guard lock(m_mu);
    return m_shipments;
}

namespace {
// The records whose `at` lies in [start, end] (and, when given, in `status`), newest first.
template <typename R, typename At, typename Status, typename Key>
std::vector<R> inWindow(const std::vector<R> &all, const std::unordered_set<QString> &adopted, const QString &start, const QString &end, const QString &status,
                        At at, Status statusOf, Key key)
{
    std::vector<R> out;
    for (const R &r : all)
        if (!adopted.count(key(r)) && at(r) >= start && at(r) <= end && (status.isEmpty() || statusOf(r) == status))
            out.push_back(r);
    std::sort(out.begin(), out.end(), [&](const R &a, const R &b) { return sortDesc(at(a), key(a), at(b), key(b)); });
    return out;
}
} // namespace

std::vector<Trade> SimStore::byModified(const QString &start, const QString &end, const QString &status) const
{
    std::lock_guard lock(m_mu);
    return inWindow(
        m_trades, m_adopted, start, end, status, [](const Trade &t) { return t.modified; }, [](const Trade &t) { return t.platformStatus; },
        [](const Trade &t) { return t.tid; });
}

std::vector<Trade> SimStore::byCreated(const QString &start, const QString &end, const QString &status) const
{
    std::lock_guard lock(m_mu);
    return inWindow(
        m_trades, m_adopted, start, end, status, [](const Trade &t) { return t.created; }, [](const Trade &t) { return t.platformStatus; },
        [](const Trade &t) { return t.tid; });
}

std::vector<SimRefund> SimStore::refundsByModified(const QString &start, const QString &end, const QString &status) const
{
    std::lock_guard lock(m_mu);
    return inWindow(
        m_refunds, m_adopted, start, end, status, [](const SimRefund &r) { return r.modified; }, [](const SimRefund &r) { return r.status; },
        [](const SimRefund &r) { return r.refundId; });
}

QString SimStore::refuse(const QString &refundId, const QString &tid, const QString &oid, const QString &phase, const QString &version, const QString &message,
                         SimRefund *after)
{
    std::lock_guard lock(m_mu);
    for (SimRefund &r : m_refunds) {
        if (r.refundId != refundId)
            continue;
        if ((!tid.isEmpty() && tid != r.tid) || (!oid.isEmpty() && oid != r.oid))
            return QStringLiteral("isv.refund-tid-oid-mismatch");
        if (!phase.isEmpty() && phase != r.phase)
            return QStringLiteral("isv.refund-phase-mismatch");
        if (!version.isEmpty() && version != QString::number(r.version))
            return QStringLiteral("isv.refund-version-changed");
        if (r.status != QLatin1String("WAIT_SELLER_AGREE"))
            return QStringLiteral("isv.refund-status-not-support");
        r.status = QStringLiteral("SELLER_REFUSE_BUYER");
        r.refuseMessage = message;
        r.version += 1;
        r.modified = bump(r.modified);
        if (after)
            *after = r;
        return {};
    }
    return QStringLiteral("isv.refund-not-exist");
}

QString SimStore::ship(const QString &tid, const QString &companyCode, const QString &outSid)
{
    std::lock_guard lock(m_mu);
    Trade *t = find(tid);
    if (!t)
        return QStringLiteral("isv.trade-not-exist");
    if (t->platformStatus != QLatin1String("WAIT_SELLER_SEND_GOODS"))
        return QStringLiteral("isv.logistics-offline-service-error:B04");
    t->platformStatus = QStringLiteral("WAIT_BUYER_CONFIRM_GOODS");
    t->modified = bump(t->modified);
    m_shipments.push_back({tid, companyCode, outSid, nowText()});
    return {};
}

QString SimStore::updateMemo(const QString &tid, const std::optional<QString> &memo, bool reset, int flag, QString *modified)
{
    std::lock_guard lock(m_mu);
    Trade *t = find(tid);
    if (!t)
        return QStringLiteral("isv.trade-not-exist");
    if (reset)
        t->sellerMemo.clear();
    else if (memo && !memo->isEmpty())
        t->sellerMemo = *memo;
    m_flags[tid] = flag;
    t->modified = bump(t->modified);
    if (modified)
        *modified = t->modified;
    return {};
}

int SimStore::sellerFlag(const QString &tid) const
{
    std::lock_guard lock(m_mu);
    auto it = m_flags.find(tid);
    return it == m_flags.end() ? 0 : it->second;
}

nlohmann::json SimStore::tradeJson(const Trade &t, bool withOrders)
{
    nlohmann::json j{{"tid", idJson(t.tid)},
                     {"status", s(t.platformStatus)},
                     {"buyer_nick", s(t.buyerNick)},
                     {"receiver_name", s(t.receiverName)},
                     {"receiver_mobile", s(t.receiverMobile)},
                     {"receiver_state", s(t.receiverState)},
                     {"receiver_city", s(t.receiverCity)},
                     {"receiver_district", s(t.receiverDistrict)},
                     {"receiver_address", s(t.receiverAddress)},
                     {"created", s(t.created)},
                     {"modified", s(t.modified)},
                     {"type", t.cod ? "cod" : "fixed"},
                     {"total_fee", s(t.goodsTotal.toString())},
                     {"post_fee", s(t.freight.toString())},
                     {"discount_fee", s(t.discount.toString())},
                     {"payment", s(t.paidAmount.toString())},
                     {"point_fee", t.pointFee},
                     {"buyer_obtain_point_fee", t.obtainPoint}};
    for (auto [key, v] :
         {std::pair{"receiver_zip", &t.receiverZip}, {"receiver_phone", &t.receiverPhone}, {"buyer_open_uid", &t.buyerId}, {"alipay_no", &t.payNo}})
        if (!v->isEmpty())
            j[key] = s(*v);
    if (!t.payTime.isEmpty())
        j["pay_time"] = s(t.payTime);
    if (!t.buyerMemo.isEmpty())
        j["buyer_message"] = s(t.buyerMemo);
    if (!t.sellerMemo.isEmpty())
        j["seller_memo"] = s(t.sellerMemo);
    if (withOrders && !t.lines.empty()) {
        nlohmann::json orders = nlohmann::json::array();
        for (const TradeLine &l : t.lines) {
            orders.push_back({{"oid", idJson(l.oid)},
                              {"num_iid", idJson(l.itemId)},
                              {"sku_id", s(l.skuId)},
                              {"outer_sku_id", s(l.outerSkuId)},
                              {"title", s(l.title)},
                              {"sku_properties_name", s(l.attributes)},
                              {"num", l.quantity},
                              {"price", s(l.unitPrice.toString())},
                              {"total_fee", s(l.amount.toString())},
                              {"discount_fee", s(l.discount.toString())},
                              {"refund_status", s(l.refundStatus.isEmpty() ? QStringLiteral("NO_REFUND") : l.refundStatus)}});
        }
        j["orders"] = {{"order", orders}};
    }
    return j;
}

nlohmann::json SimStore::refundJson(const SimRefund &r)
{
    return {{"refund_id", idJson(r.refundId)},
            {"tid", idJson(r.tid)},
            {"oid", idJson(r.oid)},
            {"refund_fee", s(r.amount.toString())},
            {"reason", s(r.reason)},
            {"has_good_return", r.goodsReturn},
            {"status", s(r.status)},
            {"refund_phase", s(r.phase)},
            {"refund_version", r.version},
            {"created", s(r.created)},
            {"modified", s(r.modified)},
            {"good_status", r.goodsReturn ? "BUYER_RECEIVED" : "BUYER_NOT_RECEIVED"}};
}

} // namespace od::top
