#include "domain/convertibility.h"

#include <QCoreApplication>

namespace od {

TradeFacts tradeFacts(const Trade &t)
{
    TradeFacts f;
    f.state = t.state;
    f.paid = t.paid;
    f.cod = t.cod;
    f.closed = t.closed;
    f.lineCount = int(t.lines.size());
    for (const TradeLine &l : t.lines) {
        if (l.underRefund()) {
            f.refundLineTitle = l.title;
            f.refundLineStatus = l.refundStatus;
            break;
        }
    }
    return f;
}

std::optional<Error> checkConvertible(const TradeFacts &f)
{
    if (auto e = checkTradeAction(f.state, TradeAction::Convert))
        return e;
    if (f.deleted)
        return Error(QStringLiteral("convert.deleted"), QCoreApplication::translate("Conversion", "The trade was deleted on the platform."));
    if (f.closed)
        return Error(QStringLiteral("convert.closed"), QCoreApplication::translate("Conversion", "The trade is closed or cancelled on the platform."));
    if (!f.paid && !f.cod)
        return Error(QStringLiteral("convert.unpaid"), QCoreApplication::translate("Conversion", "The trade is not paid and not cash on delivery."));
    if (!f.refundLineStatus.isEmpty())
        return Error(QStringLiteral("convert.line_refund"),
                     QCoreApplication::translate("Conversion", "The line \"%1\" is under refund (%2); settle the refund first.")
                         .arg(f.refundLineTitle, f.refundLineStatus));
    if (f.lineCount == 0)
        return Error(QStringLiteral("convert.no_lines"), QCoreApplication::translate("Conversion", "The trade has no goods lines."));
    return std::nullopt;
}

} // namespace od
