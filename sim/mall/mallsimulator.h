#pragma once
// A pushing mall for tests, demos and load checks: generates orders shaped exactly like the mall's
// JSON (seed 001: every field, Chinese names and addresses, nested JSON in strings, zero dates,
// nulls), signs them, and POSTs them to a receiver with N concurrent senders at a chosen rate.
//
// The amounts follow the mall's own data model (docs/protocols/mall.md), not our mapper:
// total_goods_original_price = Σ unit_price × num; every discount (member — negative for a markup —,
// full reduction, coupon, integral, admin back_price) is spread over the lines' total_price, so
// total_goods_price = Σ line total_price = original − discounts, and total_pay_price = total_price =
// total_goods_price + express_price.
#include "sim/demo/sampledata.h"
#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>
#include <vector>

namespace od::push {

struct MallOrderOptions {
    int lines = 0; // 1–5; 0 = random
    bool cod = false; // pay_type 2, unpaid
    bool selfPickup = false; // send_type 1
    bool cancelled = false; // cancel_status 1
    bool coupon = false; // coupon + member + integral discounts
    bool memberMarkup = false; // member_discount_price negative (a member price above the list price)
    int64_t fullReduceFen = 0; // full_reduce_price
    int64_t adminFen = 0; // back_price: admin price change, > 0 cheaper, < 0 dearer
    int64_t freightFen = -1; // express_price; -1 = random (0 or 10.00; 0 for self-pickup)
    int refundLine = -1; // line index with refund_status refundStatus
    int refundStatus = 1; // 1 in progress, 2 ended
    bool refunded = true; // with refundStatus 2: is_refund 1 (money back) or 0 (refused / exchange)
    bool shipped = false; // is_send 1 with express, express_no, send_time
    bool deleted = false; // is_delete 1 (deleted from the recycle bin)
    bool recycled = false; // is_recycle 1 (in the recycle bin)
};

class MallSimulator {
public:
    explicit MallSimulator(quint32 seed) : m_gen(seed) { }

    // order_no is derived from serial, so the same serial is the same order.
    static QString orderNo(int serial);
    nlohmann::json order(int serial, const QString &updatedAt, const MallOrderOptions &options);
    // Random mix of variants (about 10 % COD, 10 % self-pickup, 5 % cancelled, 8 % with a refunding line, 30 % coupons).
    nlohmann::json randomOrder(int serial, const QString &updatedAt);
    // A later version of an order: newer updated_at, and optionally cancelled / a line refunded.
    // refundStatus 2 ends the after-sale; `refunded` says whether money went back (is_refund).
    static nlohmann::json changed(const nlohmann::json &order, const QString &updatedAt, bool cancel = false, int refundLine = -1, int refundStatus = 1,
                                  bool refunded = true);

    struct SendOptions {
        QString host = QStringLiteral("127.0.0.1");
        int port = 0;
        QString path; // "/push/<shop_code>"
        QString scheme = QStringLiteral("top_md5");
        QString secret;
        int senders = 4; // concurrent connections
        double ratePerSecond = 0; // overall; 0 = as fast as possible
        int timeoutSec = 30;
        int retries = 3; // extra attempts when a push gets no answer at all
    };
    struct SendReport {
        int sent = 0;
        int accepted = 0; // HTTP 200 with code 0
        int refused = 0; // answered with code != 0
        int failed = 0; // no answer, even after the retries
        int retried = 0; // extra attempts made
        QStringList firstErrors;
        std::vector<int> statuses; // per push: HTTP status of its answer, 0 = none
        std::vector<int> latenciesMs; // per push: from its first attempt to its answer
    };
    // Signs (unless scheme is empty) and sends every body; returns when all are answered.
    static SendReport send(const std::vector<nlohmann::json> &orders, const SendOptions &options);
    // Sends prepared bodies as they are, each to its own path (empty: options.path), the same way.
    struct RawPush {
        QString path;
        std::string body;
    };
    static SendReport sendRaw(const std::vector<RawPush> &pushes, const SendOptions &options);
    // Sends raw bytes once; returns HTTP status (0 = no answer) and the reply body.
    static std::pair<int, std::string> post(const QString &host, int port, const QString &path, const std::string &body, int timeoutSec = 30);

private:
    sample::Generator m_gen;
};

} // namespace od::push
