#pragma once
// "Every trade converted exactly once or still pending", checked on the data.
#include "amountcheck.h"
#include "workflowtestutil.h"

#include <QProcess>

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
    EXPECT_EQ(count(db,
                    QStringLiteral("SELECT COUNT(*) FROM trades t JOIN sales_orders o ON o.id = t.sales_order_id AND o.trade_id = t.id "
                                   "WHERE t.state = 'converted'")),
              f.converted)
        << "each converted trade links to its own order";
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
    EXPECT_TRUE(od::test::amountsReconcile(db)) << "goods − discount + freight = paid on every trade and sales order";
    return f;
}

// Trades for the process tests: 10% unpaid, 4% with a line under refund (these stay pending).
inline std::vector<od::Trade> mixedTrades(int64_t shop, int n)
{
    std::vector<od::Trade> out;
    out.reserve(size_t(n));
    for (int i = 1; i <= n; ++i) {
        od::Trade t = goodTrade(shop, i);
        if (i % 10 == 0)
            t.paid = false;
        if (i % 25 == 0)
            t.lines[0].refundStatus = QStringLiteral("WAIT_SELLER_AGREE");
        out.push_back(std::move(t));
    }
    return out;
}
// How many of mixedTrades(n) can be converted.
inline int convertible(int n)
{
    int c = 0;
    for (int i = 1; i <= n; ++i)
        c += (i % 10 != 0 && i % 25 != 0) ? 1 : 0;
    return c;
}

// PRAGMA integrity_check on SQLite ("ok"); PostgreSQL has no such check: "ok".
inline QString integrity(od::Database &db)
{
    if (db.isPostgres())
        return QStringLiteral("ok");
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next())
        return QStringLiteral("cannot run integrity_check");
    return q.value(0).toString();
}

// Starts the convert worker (workflow_convert_worker) on the database `spec`.
inline QProcess *startConvertWorker(const QString &workerPath, const QString &spec, const QStringList &extra, QObject *parent = nullptr)
{
    auto *p = new QProcess(parent);
    p->setProgram(workerPath);
    p->setArguments(QStringList{QStringLiteral("--db"), spec} + extra);
    p->start();
    EXPECT_TRUE(p->waitForStarted(30000)) << p->errorString().toStdString();
    return p;
}

} // namespace wf
