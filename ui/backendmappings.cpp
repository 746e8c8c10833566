// Backend: the 商品对应 import's door to the core (one core call, then the change notification).
#include "backend.h"

#include "workflow/skumapping.h"

od::Result<od::SkuImportResult> Backend::importSkuMappings(std::vector<od::SkuImportRow> &rows)
{
    auto r = od::SkuMappingService(m_db).importMappings(od::Session{m_session.login, m_session.role}, rows);
    if (r.ok() && r.value().added + r.value().updated > 0)
        notifyChanged({QStringLiteral("sku_mappings")});
    return r;
}
