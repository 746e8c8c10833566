// Backend: the records the details show, as the logged-in user may see them. Buyers' mobile numbers
// (and any mobile number in a raw payload) are masked for staff without Right::ViewBuyerContact, here
// at the UI's single door to the core, so no dialog, print-out or export can show them whole.
#include "backend.h"

#include "domain/text.h"
#include "storage/recordrepository.h"
#include "storage/traderepository.h"
#include "workflow/audit.h"
#include "workflow/skumapping.h"

#include <QCoreApplication>

od::Result<std::optional<od::Trade>> Backend::trade(int64_t id)
{
    auto r = od::TradeRepository(m_db).get(id);
    if (r.ok() && r.value() && !od::roleHas(m_session.role, od::Right::ViewBuyerContact)) {
        // Staff without the right never get the whole number, not even in the raw payload.
        r.value()->receiverMobile = od::maskMobile(r.value()->receiverMobile);
        r.value()->rawPayload = od::maskMobilesIn(r.value()->rawPayload);
    }
    return r;
}
od::Result<std::optional<od::SalesOrder>> Backend::order(int64_t id)
{
    auto r = od::RecordRepository(m_db).salesOrder(id);
    if (r.ok() && r.value() && !od::roleHas(m_session.role, od::Right::ViewBuyerContact))
        r.value()->receiverMobile = od::maskMobile(r.value()->receiverMobile);
    return r;
}

od::Result<RefundDetail> Backend::refundDetail(int64_t id)
{
    auto refund = pendingRefund(id);
    if (!refund.ok())
        return refund.error();
    if (!refund.value())
        return od::Error(QStringLiteral("refund.gone"), QCoreApplication::translate("Backend", "This refund request no longer exists."));
    RefundDetail d;
    d.refund = *refund.value();
    auto found = od::TradeRepository(m_db).findByTid(d.refund.shopId, d.refund.tid);
    if (!found.ok())
        return found.error();
    if (found.value()) {
        auto t = trade(found.value()->id); // masked as for every trade shown
        if (!t.ok())
            return t.error();
        d.trade = t.value();
        if (d.trade && d.trade->salesOrderId) {
            auto o = order(d.trade->salesOrderId);
            if (!o.ok())
                return o.error();
            d.order = o.value();
        }
    }
    auto history = od::Audit::timeline(m_db, QStringLiteral("pending_refund"), QString::number(id));
    if (!history.ok())
        return history.error();
    d.history = history.value();
    return d;
}

od::Result<std::optional<od::SkuMapping>> Backend::skuMapping(int64_t id) { return od::SkuMappingService(m_db).byId(id); }

od::Status Backend::removeSkuMapping(int64_t id)
{
    auto m = od::SkuMappingService(m_db).byId(id);
    if (!m.ok())
        return m.error();
    if (!m.value())
        return od::Error(QStringLiteral("mapping.gone"), QCoreApplication::translate("Backend", "This goods mapping no longer exists."));
    od::Status st = od::SkuMappingService(m_db).removeMapping(core(), m.value()->shopId, m.value()->platformItemId, m.value()->platformSkuId);
    if (st.ok())
        notifyChanged({QStringLiteral("sku_mappings")});
    return st;
}
