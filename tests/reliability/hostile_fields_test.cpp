// Hostile input in every free-text field the services write (issue 8, "Hostile input"): refuse
// reason, partial refund reason, hold and cancel reasons, express company and tracking number, the
// goods mapping's ids and code, user logins and display names. Each string is stored exactly as
// given (trimmed where the service trims) or refused with a clear error — never a database error —
// and a refusal changes nothing.
#include "auth/userservice.h"
#include "dbsnapshot.h"
#include "hostilestrings.h"
#include "storage/sql.h"
#include "workflow/conversionservice.h"
#include "workflow/orderservice.h"
#include "workflow/refundservice.h"
#include "workflow/skumapping.h"
#include "workflowtestutil.h"

#include <QElapsedTimer>
#include <QSet>
#include <functional>
#include <iostream>

using namespace od;

namespace {

QVariant v64(int64_t x) { return QVariant::fromValue<qint64>(x); }

struct Fixture {
    test::TestDb t;
    int64_t shop = wf::makeShop(t.db());
    RecordingWriteBack writeBack;
    OrderService orders{t.db(), writeBack};
    RefundService refunds{t.db(), writeBack};
    int serial = 0;

    int64_t newOrder()
    {
        Trade tr = wf::goodTrade(shop, ++serial);
        auto id = ConversionService(t.db()).convertOne(wf::kClerk, wf::storeOne(t.db(), tr));
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : wf::msg(id.error()));
        return id.ok() ? id.value() : 0;
    }
    QString tidOf(int64_t orderId)
    {
        QSqlQuery q(t->connection());
        EXPECT_TRUE(sql::exec(q, QStringLiteral("SELECT tid FROM sales_orders WHERE id = ?"), {v64(orderId)}).ok() && q.next());
        return q.value(0).toString();
    }
    QString text(const QString &sqlText, const QVariantList &values)
    {
        QSqlQuery q(t->connection());
        EXPECT_TRUE(sql::exec(q, sqlText, values).ok());
        return q.next() ? q.value(0).toString() : QStringLiteral("<no row>");
    }
};

// A field: what to set up first (a new order, a refund request), how to write a value, and how to
// read back what was stored.
struct Field {
    const char *name;
    bool trims; // the service trims the value
    std::function<void()> prepare;
    std::function<Status(const QString &)> write;
    std::function<QString()> stored;
};

const QSet<QString> kClearCodes = {QStringLiteral("text.invalid"),        QStringLiteral("text.too_long"),   QStringLiteral("refund.reason"),
                                   QStringLiteral("order.ship.tracking"), QStringLiteral("mapping.invalid"), QStringLiteral("auth.login_invalid"),
                                   QStringLiteral("auth.login_taken")};

} // namespace

TEST(HostileFields, EveryFreeTextFieldStoresLiterallyOrRefusesClearly)
{
    // Each field gets a fresh database (small tables: the before/after snapshots stay cheap).
    std::unique_ptr<Fixture> fxp;
    int64_t order = 0, refund = 0, refundRow = 0, bigOrder = 0;
    QString lastItem;
    int n = 0;
    auto fresh = [&] {
        fxp.reset();
        fxp = std::make_unique<Fixture>();
        bigOrder = fxp->newOrder(); // partial refunds of 1 fen each
        ASSERT_TRUE(UserService(fxp->t.db())
                        .create(Session{}, StaffUser{0, QStringLiteral("root"), QStringLiteral("管理员"), Role::Admin, true}, QStringLiteral("rootpass"))
                        .ok());
    };
    fresh();
    Fixture &fx0 = *fxp;
    (void)fx0;
#define fx (*fxp)
    auto users = [&] { return UserService(fxp->t.db()); };

    std::vector<Field> fields = {
        {"refuse reason", true,
         [&] {
             order = fx.newOrder();
             refund = wf::addPendingRefund(fx.t.db(), fx.shop, fx.tidOf(order), QString(), 10, false, QStringLiteral("RF%1").arg(++n));
         },
         [&](const QString &s) { return fx.refunds.refuse(wf::kBoss, refund, s); },
         [&] { return fx.text(QStringLiteral("SELECT refuse_reason FROM pending_refunds WHERE id = ?"), {v64(refund)}); }},
        {"partial refund reason", true, [] {},
         [&](const QString &s) -> Status {
             auto r = fx.refunds.partialRefund(wf::kBoss, bigOrder, 1, s);
             if (!r.ok())
                 return r.error();
             refundRow = r.value();
             return {};
         },
         [&] { return fx.text(QStringLiteral("SELECT reason FROM refunds WHERE id = ?"), {v64(refundRow)}); }},
        {"hold reason", false, [&] { order = fx.newOrder(); }, [&](const QString &s) { return fx.orders.hold(wf::kClerk, order, s); },
         [&] { return fx.text(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'order.hold' AND entity_id = ?"), {QString::number(order)}); }},
        {"cancel reason", false, [&] { order = fx.newOrder(); }, [&](const QString &s) { return fx.orders.cancel(wf::kBoss, order, s); },
         [&] { return fx.text(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'order.cancel' AND entity_id = ?"), {QString::number(order)}); }},
        {"tracking number", true,
         [&] {
             order = fx.newOrder();
             EXPECT_TRUE(fx.orders.confirm(wf::kClerk, order).ok());
         },
         [&](const QString &s) { return fx.orders.ship(wf::kClerk, order, QStringLiteral("YTO"), s); },
         [&] { return fx.text(QStringLiteral("SELECT tracking_no FROM sales_orders WHERE id = ?"), {v64(order)}); }},
        {"express company", true,
         [&] {
             order = fx.newOrder();
             EXPECT_TRUE(fx.orders.confirm(wf::kClerk, order).ok());
         },
         [&](const QString &s) { return fx.orders.ship(wf::kClerk, order, s, QStringLiteral("YT1")); },
         [&] { return fx.text(QStringLiteral("SELECT express_company FROM sales_orders WHERE id = ?"), {v64(order)}); }},
        {"mapping item id", true, [] {},
         [&](const QString &s) {
             lastItem = s.trimmed();
             return SkuMappingService(fx.t.db()).setMapping(wf::kClerk, fx.shop, s, QString(), QStringLiteral("G1"));
         },
         [&] {
             return fx.text(QStringLiteral("SELECT platform_item_id FROM sku_mappings WHERE shop_id = ? AND platform_item_id = ? AND platform_sku_id = ''"),
                            {v64(fx.shop), lastItem});
         }},
        {"mapping sku id", true, [] {},
         [&](const QString &s) {
             lastItem = QStringLiteral("ITEM%1").arg(++n);
             return SkuMappingService(fx.t.db()).setMapping(wf::kClerk, fx.shop, lastItem, s, QStringLiteral("G1"));
         },
         [&] { return fx.text(QStringLiteral("SELECT platform_sku_id FROM sku_mappings WHERE platform_item_id = ?"), {lastItem}); }},
        {"mapping goods code", true, [] {},
         [&](const QString &s) {
             lastItem = QStringLiteral("ITEM%1").arg(++n);
             return SkuMappingService(fx.t.db()).setMapping(wf::kClerk, fx.shop, lastItem, QString(), s);
         },
         [&] { return fx.text(QStringLiteral("SELECT sku_code FROM sku_mappings WHERE platform_item_id = ?"), {lastItem}); }},
        // One account per string, the string as login and display name (each creation hashes a
        // password: slow on purpose).
        {"user login and display name", true, [] {},
         [&](const QString &s) -> Status {
             lastItem = s.trimmed();
             auto r = users().create(wf::kAdmin, StaffUser{0, s, s, Role::Operator, true}, QStringLiteral("secret1"));
             return r.ok() ? Status() : Status(r.error());
         },
         [&] {
             const QString login = fx.text(QStringLiteral("SELECT login FROM users WHERE login = ?"), {lastItem});
             const QString display = fx.text(QStringLiteral("SELECT display_name FROM users WHERE login = ?"), {lastItem});
             // The display name is kept untrimmed: report a difference as a wrong login.
             return display == lastItem || display.trimmed() == lastItem ? login : QStringLiteral("display name differs: ") + display;
         }},
    };

    int stored = 0, refused = 0;
    QSet<QString> codes;
    for (const Field &field : fields) {
        fresh();
        QElapsedTimer timer;
        timer.start();
        for (const rel::Hostile &h : rel::hostileStrings()) {
            field.prepare();
            const auto before = rel::snapshot(fx.t.db());
            const Status st = field.write(h.text);
            const QString want = field.trims ? h.text.trimmed() : h.text;
            if (st.ok()) {
                ++stored;
                EXPECT_FALSE(sql::needsCleaning(h.text)) << field.name << " / " << h.what << ": accepted text that cannot be stored as it is";
                EXPECT_EQ(field.stored(), want) << field.name << " / " << h.what << ": not stored literally";
            } else {
                ++refused;
                codes.insert(st.error().code);
                EXPECT_TRUE(kClearCodes.contains(st.error().code)) << field.name << " / " << h.what << ": unclear refusal " << wf::msg(st.error());
                EXPECT_FALSE(st.error().message.isEmpty());
                if (sql::needsCleaning(h.text)) {
                    EXPECT_EQ(st.error().code, QStringLiteral("text.invalid")) << field.name << " / " << h.what;
                }
                EXPECT_EQ(rel::snapshot(fx.t.db()), before) << field.name << " / " << h.what << ": a refusal changed something";
            }
        }
        std::cout << "[ field    ] " << field.name << ": " << timer.elapsed() << " ms\n";
    }
#undef fx
    EXPECT_GT(stored, 100);
    EXPECT_GT(refused, 20);
    std::cout << "[ figures  ] " << test::backendName().toStdString() << ": " << fields.size() << " fields x " << rel::hostileStrings().size()
              << " strings: " << stored << " stored literally, " << refused << " refused ("
              << QStringList(codes.values()).join(QStringLiteral(", ")).toStdString() << ")\n";
}
