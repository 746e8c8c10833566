#pragma once
// Whether a platform trade may become a sales order, from its facts — one function for the UI's
// action policy (enabling 转销售单 from a list row) and for ConversionService (the check when it
// runs). Platform status strings are not read here: each platform's mapping sets the facts
// (paid, cash on delivery, closed, deleted, line refunds) when it parses a trade.
#include "domain/result.h"
#include "domain/states.h"
#include "domain/types.h"
#include <optional>

namespace od {

struct TradeFacts {
    TradeState state = TradeState::Pending;
    bool paid = false;
    bool cod = false; // cash on delivery: convertible before payment
    bool closed = false; // closed or cancelled on the platform
    bool deleted = false; // deleted on the platform (or in its recycle bin)
    // The first line under refund: its title and refund status (status empty: none, or not known to
    // the caller, e.g. a list row).
    QString refundLineTitle, refundLineStatus;
    int lineCount = -1; // -1: not known to the caller
};

TradeFacts tradeFacts(const Trade &trade);

// Why the trade cannot be converted (in the order staff would fix it), or nothing if it can.
// Unknown facts pass here and are checked again when the conversion runs with the whole trade.
std::optional<Error> checkConvertible(const TradeFacts &facts);

} // namespace od
