// Backend: 下载 on demand (this desk's services) and, in team mode, the requests desks write for the
// active gateway (core/gateway/deskrequests.h).
#include "backend.h"

#include "gateway/deskrequests.h"
#include "gateway/localservices.h"
#include "intake/runlog.h"
#include "storage/shoprepository.h"

#include <QCoreApplication>

od::Result<std::vector<od::Shop>> Backend::shops() { return od::ShopRepository(m_db).all(); }

od::Result<od::intake::RunStats> Backend::downloadNow(const od::gateway::DownloadRequest &request, std::function<void(const od::intake::RunStats &)> progress,
                                                      std::function<bool()> cancelled)
{
    if (od::Status st = od::requireRight(core(), od::Right::Convert); !st.ok())
        return st.error();
    od::gateway::LocalServices *services = m_services.load();
    if (!services)
        return od::Error(QStringLiteral("ui.on_gateway"),
                         QCoreApplication::translate("Backend", "In team mode the gateway downloads: send the download as a request."));
    auto stats = services->download(request, std::move(progress), std::move(cancelled));
    notifyChanged({QStringLiteral("pending_downloads"), QStringLiteral("trades"), QStringLiteral("schedule_runs")});
    return stats;
}

od::Result<int64_t> Backend::submitRequest(od::gateway::RequestKind kind, const QString &params)
{
    auto id = od::gateway::DeskRequests(m_db).submit(core(), kind, params);
    if (id.ok())
        notifyChanged({QStringLiteral("desk_requests")});
    return id;
}

od::Result<std::optional<od::gateway::DeskRequest>> Backend::deskRequest(int64_t id) { return od::gateway::DeskRequests(m_db).get(id); }

od::Result<QList<od::gateway::DeskRequest>> Backend::deskRequests() { return od::gateway::DeskRequests(m_db).recent(); }

od::Status Backend::cancelDeskRequest(int64_t id) { return od::gateway::DeskRequests(m_db).cancel(core(), id); }

od::Result<bool> Backend::gatewayActive() { return od::gateway::DeskRequests(m_db).gatewayActive(); }
