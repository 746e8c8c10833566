#pragma once
// The domain as plain value types. Ids that come from platforms are strings (they can exceed 2^53);
// our own row ids are int64. Money is Money (fen). Times are "yyyy-MM-dd HH:mm:ss" strings
// (Beijing time, as the platforms send them); an empty string means "not set".
#include "domain/money.h"
#include "domain/states.h"
#include <QString>
#include <QStringList>
#include <cstdint>
#include <vector>

namespace od {

enum class PlatformKind { Top, MallPush };
QString toKey(PlatformKind k);
std::optional<PlatformKind> platformFromKey(const QString &k);
QString label(PlatformKind k);

struct Shop {
    int64_t id = 0;
    PlatformKind platform = PlatformKind::Top;
    QString code; // short unique code, used in push URLs
    QString name;
    QString appKey;
    QString secretRef; // name of the secret in the keychain; never the secret itself
    QString endpoint; // TOP gateway URL, or empty for pushing platforms
    QString signScheme; // push verification scheme (protocols.md §2)
    bool enabled = true;
};

struct TradeLine {
    QString oid; // platform line id
    QString itemId; // platform goods id
    QString skuId; // platform sku id
    QString outerSkuId; // merchant code given by the platform (outer_sku_id, goods_no, goods_attr.no)
    QString title;
    QString attributes; // "颜色:黑色;尺码:XL"
    int quantity = 1;
    Money unitPrice;
    Money amount;
    QString refundStatus; // "" / "NO_REFUND" = none
    QString skuCode; // our goods code once mapped
    Money discount; // the line's own discount (before − after); negative = a markup
    bool underRefund() const { return !refundStatus.isEmpty() && refundStatus != QLatin1String("NO_REFUND"); }
};

// A platform trade with its lines: what sits in 待转入订单 and, once converted, in 历史订单.
struct Trade {
    int64_t id = 0;
    int64_t shopId = 0;
    QString tid;
    TradeState state = TradeState::Pending;
    QString platformStatus; // TOP trade status, or a mapped status for pushing platforms
    QString buyerNick;
    QString receiverName;
    QString receiverMobile;
    QString receiverState, receiverCity, receiverDistrict, receiverAddress;
    QString created, modified, payTime;
    bool paid = false;
    bool cod = false;
    bool closed = false; // closed or cancelled on the platform
    Money goodsTotal, freight, discount, paidAmount;
    QString buyerMemo, sellerMemo;
    QString rawPayload; // what the platform sent, for 详细
    std::vector<TradeLine> lines;
    int64_t salesOrderId = 0;
    QString convertedBy, convertedAt;
    QString buyerMobile; // the buyer's own mobile (not the consignee's)
    // Shipped on the platform already (the mall's express / express_no / send_time).
    QString expressCompany, trackingNo, consignTime;
    // The platform's discount broken down, as JSON {"member":fen,"coupon":fen,...} (keys: see
    // discountPartKeys()); "" when the platform gives one total only.
    QString discountDetail;
    // Facts kept for staff and the CRM that have no column of their own, as a JSON object
    // (mall: mch_id, distributor, pay_order_no, after-sale flags).
    QString platformExtra;
    // What the CRM order carries beyond the amounts (migration 62): the consignee's zip code and
    // landline, the buyer's platform id, points used and earned (counts of points, not money), the
    // payment's id (TOP alipay_no, the mall's pay_order_no) and its method's name.
    QString receiverZip, receiverPhone, buyerId;
    int64_t pointFee = 0, obtainPoint = 0;
    QString payNo, payMethod;
};

// goods − discount + freight − paid in fen: 0 when the amounts reconcile. Saturates instead of
// overflowing (a saturated value never reconciles).
int64_t amountDifferenceFen(Money goods, Money discount, Money freight, Money paid);
inline int64_t amountDifferenceFen(const Trade &t) { return amountDifferenceFen(t.goodsTotal, t.discount, t.freight, t.paidAmount); }
// The parts of a discount breakdown, in the order they are shown.
const QStringList &discountPartKeys();

// 待下载订单: what a list call told us; the details come later.
struct PendingDownload {
    int64_t id = 0;
    int64_t shopId = 0;
    QString tid;
    QString buyerNick;
    QString receiverName;
    QString summary;
    QString platformStatus;
    QString modified;
};

// 待转入退单
struct PendingRefund {
    int64_t id = 0;
    int64_t shopId = 0;
    QString refundId;
    QString tid;
    QString oid;
    Money amount;
    QString reason;
    bool goodsReturn = false;
    QString platformStatus;
    QString refundPhase; // onsale / aftersale
    QString refundVersion;
    QString created, modified;
    RefundState state = RefundState::Pending;
    QString refuseReason;
    QString platformAnswer;
    QString rawPayload;
};

struct SalesOrderLine {
    int lineNo = 0;
    QString oid;
    QString skuCode;
    QString title;
    QString attributes;
    int quantity = 1;
    Money unitPrice;
    Money amount;
    bool cancelled = false;
    Money refunded;
};

struct SalesOrder {
    int64_t id = 0;
    QString orderNo;
    int64_t shopId = 0;
    int64_t tradeId = 0;
    QString tid;
    QString buyerNick;
    QString receiverName, receiverMobile, receiverAddress;
    std::vector<SalesOrderLine> lines;
    Money goodsTotal, freight, discount, paidAmount, refundedAmount;
    QString remarks;
    OrderStatus status = OrderStatus::Unconfirmed;
    bool onHold = false;
    PayStatus payStatus = PayStatus::Paid;
    ShipStatus shipStatus = ShipStatus::NotShipped;
    QString expressCompany, trackingNo;
    bool hasWarning = false;
    QString createdAt, createdBy;
    int64_t amountDiffFen = 0; // goods − discount + freight − paid as stored (0 = reconciles)
};

struct ReturnOrder {
    int64_t id = 0;
    QString returnNo;
    int64_t orderId = 0;
    int64_t refundRowId = 0;
    Money amount;
    ReturnStatus status = ReturnStatus::AwaitingGoods;
    QString createdAt, receivedAt;
};

// 商品对应: platform item/sku → our goods code.
struct SkuMapping {
    int64_t id = 0;
    int64_t shopId = 0;
    QString platformItemId;
    QString platformSkuId;
    QString skuCode;
};

struct StaffUser {
    int64_t id = 0;
    QString login;
    QString displayName;
    Role role = Role::Operator;
    bool active = true;
};

struct AuditEntry {
    int64_t id = 0;
    QString at;
    QString user;
    QString action;
    QString entity; // "trade", "sales_order", "refund", ...
    QString entityId;
    QString before; // JSON
    QString after; // JSON
    QString detail;
};

enum class CrmEvent { Created, Paid, Shipped, Refunded, Returned, Cancelled, Finished };
QString toKey(CrmEvent e);
std::optional<CrmEvent> crmEventFromKey(const QString &k);

struct OutboxEvent {
    int64_t id = 0;
    int64_t orderId = 0;
    int seq = 0; // per order, in the order the changes happened
    CrmEvent event = CrmEvent::Created;
    QString task; // stable request id; retries reuse it
    QString payload; // JSON snapshot
    OutboxState state = OutboxState::Pending;
    int attempts = 0;
    QString nextAttemptAt;
    QString lastError;
};

} // namespace od
