#pragma once
// The data behind the TOP gateway simulator: generated trades and refunds that change over time.
// Thread-safe; every change bumps the record's `modified` (strictly increasing per record).
#include "domain/types.h"
#include <QDateTime>
#include <QRandomGenerator>
#include <atomic>
#include <functional>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace od::top {

struct SimRefund {
    QString refundId, tid, oid;
    Money amount;
    QString reason;
    bool goodsReturn = false;
    QString status = QStringLiteral("WAIT_SELLER_AGREE");
    QString phase = QStringLiteral("onsale");
    int version = 1;
    QString created, modified;
    QString refuseMessage; // set when the seller refused through refund.refuse
};

struct SimShipment {
    QString tid, companyCode, outSid, at;
};

class SimStore {
public:
    explicit SimStore(quint32 seed = 1);

    // The gateway's clock (local time + offset), "yyyy-MM-dd HH:mm:ss".
    void setClockOffsetSecs(qint64 secs) { m_offset = secs; }
    QDateTime now() const { return QDateTime::currentDateTime().addSecs(m_offset.load()); }
    QString nowText() const;

    // Adds n trades with created = modified spread evenly over [from, to]. Returns their tids.
    QStringList addTrades(int n, const QDateTime &from, const QDateTime &to);
    // Applies `count` random changes (pay, buyer cancel, address change, line refund). Returns how many applied.
    int mutate(int count);
    bool pay(const QString &tid);
    bool cancel(const QString &tid);
    bool changeAddress(const QString &tid);
    // A cash-on-delivery trade's money collected (pay_time set); the buyer confirming receipt of a
    // shipped trade (TRADE_FINISHED; a COD trade is paid by then).
    bool collectCod(const QString &tid);
    bool confirmReceipt(const QString &tid);
    // Any other change of a trade's facts (tests), bumping its `modified`.
    bool edit(const QString &tid, const std::function<void(Trade &)> &change);
    std::optional<QString> refundLine(const QString &tid); // the new refund id
    // Trades and refunds that exist outside the simulator (the demo's seeded history, a trade per
    // refund): detail fetches and write-backs find them; listings and mutate() leave them alone, so a
    // run does not download them again. Known tids and refund ids are skipped.
    void adopt(const std::vector<Trade> &trades, const std::vector<SimRefund> &refunds);

    std::vector<Trade> trades() const;
    std::optional<Trade> trade(const QString &tid) const;
    std::vector<SimRefund> refunds() const;
    std::optional<SimRefund> refund(const QString &refundId) const;
    std::vector<SimShipment> shipments() const;
    int mutationCount() const { return m_mutations.load(); }

    // Queries of the gateway. Sorted by modified (or created) descending, then tid descending.
    std::vector<Trade> byModified(const QString &start, const QString &end, const QString &status) const;
    std::vector<Trade> byCreated(const QString &start, const QString &end, const QString &status) const;
    std::vector<SimRefund> refundsByModified(const QString &start, const QString &end, const QString &status) const;

    // Write-backs. Empty string = done; otherwise the isv sub_code of the refusal.
    QString refuse(const QString &refundId, const QString &tid, const QString &oid, const QString &phase, const QString &version, const QString &message,
                   SimRefund *after);
    QString ship(const QString &tid, const QString &companyCode, const QString &outSid);
    // taobao.trade.memo.update as TOP documents it: `reset` clears the memo, an empty memo without
    // reset leaves it, the flag (0–5) is set. `modified` receives the trade's new modified time.
    QString updateMemo(const QString &tid, const std::optional<QString> &memo, bool reset, int flag, QString *modified);
    int sellerFlag(const QString &tid) const;

    static nlohmann::json tradeJson(const Trade &t, bool withOrders);
    static nlohmann::json refundJson(const SimRefund &r);

private:
    QString bump(const QString &old) const;
    Trade *find(const QString &tid);

    mutable std::mutex m_mu;
    QRandomGenerator m_rng;
    quint32 m_seed;
    int m_serial = 0;
    int m_refundSerial = 0;
    std::atomic<qint64> m_offset{0};
    std::atomic<int> m_mutations{0};
    std::vector<Trade> m_trades;
    std::unordered_map<QString, size_t> m_index;
    std::vector<SimRefund> m_refunds;
    std::vector<SimShipment> m_shipments;
    std::unordered_map<QString, int> m_flags; // seller_flag by tid (0 when absent)
    std::unordered_set<QString> m_adopted; // tids and refund ids
};

} // namespace od::top
