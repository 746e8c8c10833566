#pragma once
// "Every trade converted exactly once or still pending", checked on the data.
#include "workflowtestutil.h"

namespace wf {

struct Figures {
    qint64 trades = 0, converted = 0, pending = 0, orders = 0;
};

inline Figures checkExactlyOnce(od::Database &db)
{
    Figures f;
    f.trades = count(db, QStringLiteral("SELECT COUNT(*) FROM trades"));
    f.converted = count(db, QStringLiteral("SELECT COUNT(*) FROM trades WHERE state = 'converted'"));
    f.pending = count(db, QStringLiteral("SELECT COUNT(*) FROM trades WHERE state = 'pending'"));
    f.orders = count(db, QStringLiteral("SELECT COUNT(*) FROM sales_orders"));
    EXPECT_EQ(f.converted + f.pending, f.trades) << "every trade is in history or still pending";
    EXPECT_EQ(f.orders, f.converted) << "exactly one sales order per converted trade";
    EXPECT_EQ(count(db, QStringLiteral("SELECT COUNT(*) FROM trades t JOIN sales_orders o ON o.id = t.sales_order_id AND o.trade_id = t.id "
                                       "WHERE t.state = 'converted'")),
              f.converted) << "each converted trade links to its own order";
    EXPECT_EQ(count(db, QStringLiteral("SELECT COUNT(*) FROM sales_orders o JOIN trades t ON t.id = o.trade_id WHERE t.state <> 'converted'")), 0);
    EXPECT_EQ(count(db, QStringLiteral("SELECT COUNT(*) FROM trades WHERE state = 'pending' AND sales_order_id IS NOT NULL")), 0);
    EXPECT_EQ(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'trade.convert'")), f.orders) << "audit rows = sales orders";
    EXPECT_EQ(count(db, QStringLiteral("SELECT COUNT(*) FROM crm_outbox WHERE event = 'created' AND seq = 1")), f.orders)
        << "one created event per order, first in its sequence";
    EXPECT_EQ(count(db, QStringLiteral("SELECT COUNT(*) FROM crm_outbox WHERE event = 'paid'")),
              count(db, QStringLiteral("SELECT COUNT(*) FROM sales_orders WHERE pay_status <> 'unpaid'")));
    EXPECT_EQ(count(db, QStringLiteral("SELECT COUNT(*) FROM sales_order_lines")),
              count(db, QStringLiteral("SELECT COALESCE(SUM(line_count), 0) FROM trades WHERE state = 'converted'")));
    EXPECT_EQ(count(db, QStringLiteral("SELECT COUNT(*) FROM trades WHERE state = 'converted' AND converted_by = ''")), 0);
    return f;
}

} // namespace wf
