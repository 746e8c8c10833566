#include "amountcheck.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace od::test {

namespace {
// Rows of `table` whose amount_diff_fen is not goods − discount + freight − paid, and the count of
// rows with a non-zero recorded difference.
bool check(Database &db, const char *table, QStringList *bad, int *rows, int *flagged, QString *error)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, goods_fen, discount_fen, freight_fen, paid_fen, amount_diff_fen FROM %1 ORDER BY id").arg(QLatin1String(table)))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        ++*rows;
        const qint64 goods = q.value(1).toLongLong(), discount = q.value(2).toLongLong(), freight = q.value(3).toLongLong(), paid = q.value(4).toLongLong(),
                     recorded = q.value(5).toLongLong();
        const qint64 real = goods - discount + freight - paid;
        if (real != recorded && bad->size() < 20)
            *bad << QStringLiteral("%1 %2: %3 − %4 + %5 − %6 = %7, recorded %8")
                        .arg(QLatin1String(table))
                        .arg(q.value(0).toLongLong())
                        .arg(goods)
                        .arg(discount)
                        .arg(freight)
                        .arg(paid)
                        .arg(real)
                        .arg(recorded);
        if (recorded != 0)
            ++*flagged;
    }
    return true;
}
} // namespace

::testing::AssertionResult amountsReconcile(Database &db, int allowedFlagged, AmountReport *report)
{
    if (Status st = db.open(); !st.ok())
        return ::testing::AssertionFailure() << st.error().message.toStdString();
    AmountReport r;
    QStringList bad;
    QString error;
    if (!check(db, "trades", &bad, &r.trades, &r.flaggedTrades, &error) || !check(db, "sales_orders", &bad, &r.orders, &r.flaggedOrders, &error))
        return ::testing::AssertionFailure() << "query failed: " << error.toStdString();
    if (report)
        *report = r;
    if (!bad.isEmpty())
        return ::testing::AssertionFailure() << "amounts recorded wrongly:\n" << bad.join(QLatin1Char('\n')).toStdString();
    if (r.flaggedTrades > allowedFlagged || r.flaggedOrders > allowedFlagged)
        return ::testing::AssertionFailure() << r.flaggedTrades << " trade(s) and " << r.flaggedOrders << " sales order(s) do not reconcile (allowed "
                                             << allowedFlagged << ")";
    return ::testing::AssertionSuccess() << r.trades << " trades, " << r.orders << " orders reconcile";
}

} // namespace od::test
