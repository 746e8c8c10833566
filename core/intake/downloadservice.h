#pragma once
// Order and refund intake for one pulling shop (any platform with Capabilities::pullOrders): list
// calls → 待下载订单, details → 待转入订单 (or a platform change on the sales order when the trade was
// converted already), refunds → 待转入退单. Every run writes a schedule_runs row. Runs in a worker
// thread (the PlatformClient blocks that thread).
#include "domain/types.h"
#include "intake/runlog.h"
#include "storage/database.h"
#include "platforms/platform.h"
#include <QStringList>
#include <functional>
#include <memory>
#include <set>

namespace od::intake {

class DownloadService {
public:
    // With a client of the shop's platform (platforms::connectShop, or Platform::connect).
    DownloadService(Database &db, Shop shop, std::unique_ptr<platforms::PlatformClient> client);
    // Connects through the shop's platform with these credentials; a connection error (no gateway
    // address, say) makes every run fail with it.
    DownloadService(Database &db, Shop shop, const platforms::Credentials &credentials, const platforms::ClientOptions &options = {});
    ~DownloadService();

    // (a) trades changed in [start, end] → pending downloads → pending import. Kind 'orders'.
    RunStats downloadOrders(const QString &start, const QString &end, const QString &kind = QStringLiteral("orders"));
    // (b) gap-fill: trades created in [start, end] (PlatformClient::listCreated). Kind 'gapfill'.
    RunStats gapFill(const QString &start, const QString &end);
    // (c) refunds modified in [start, end] → pending refunds. Kind 'refunds'.
    RunStats downloadRefunds(const QString &start, const QString &end);
    // (d) manual run for a list of trade ids (details fetched directly). Kind 'manual'.
    RunStats downloadTids(const QStringList &tids);
    // 待下载订单 下载: fetch the details of the selected rows (all of this shop when empty). Kind 'fetch'.
    RunStats fetchPending(const std::vector<int64_t> &ids = {});
    // 待下载订单 移除 (the next run finds them again).
    Status removePending(const std::vector<int64_t> &ids);

    // Runs a schedule once: window from covered_until (minus overlap) or the look-back, to now;
    // advances covered_until only on success.
    RunStats runSchedule(const Schedule &schedule);

    void setPageSize(int n) { m_pageSize = n; }
    void setOverlapSecs(int s) { m_overlapSecs = s; }
    // Called after each stored page/batch (tests use it to fire changes in the middle of a run).
    void setProgressHook(std::function<void(const RunStats &)> hook) { m_hook = std::move(hook); }
    // 下载 on demand: keep only listed trades in this platform status (empty: all).
    void setStatusFilter(const QString &status) { m_status = status; }
    // Polled between pages and trades: true stops the run at that boundary ("intake.cancelled"); what
    // was stored stays, and the run is recorded as stopped.
    void setCancel(std::function<bool()> cancelled) { m_cancel = std::move(cancelled); }
    platforms::PlatformClient *client() { return m_client.get(); }

private:
    using Lister = std::function<Result<platforms::TradePage>(const QString &, const QString &, int, int)>;
    Status listWindow(const QString &start, const QString &end, const Lister &list, RunStats &stats);
    Status storeListed(const std::vector<PendingDownload> &rows, std::set<QString> &seen, RunStats &stats);
    Status fetchDetails(const std::vector<int64_t> &ids, RunStats &stats);
    Status storeTrades(const std::vector<Trade> &trades, RunStats &stats);
    Status storeRefunds(const std::vector<PendingRefund> &rows, RunStats &stats);
    RunStats run(const QString &kind, const QString &start, const QString &end, const std::function<Status(RunStats &)> &body);
    Status markPendingFailed(const QString &tid, const QString &error);

    Database &m_db;
    Shop m_shop;
    const platforms::Platform &m_platform;
    std::unique_ptr<platforms::PlatformClient> m_client;
    Error m_connectError; // when there is no client
    int m_pageSize = 100;
    int m_overlapSecs = 300;
    std::function<void(const RunStats &)> m_hook;
    QString m_status;
    std::function<bool()> m_cancel;
    Status checkCancel() const;
    Status checkClient() const;
    std::vector<PendingDownload> kept(const std::vector<PendingDownload> &rows) const;
};

// Splits [start, end] into consecutive windows of at most `maxSecs` (inclusive bounds, 1 s apart).
std::vector<std::pair<QString, QString>> sliceWindow(const QString &start, const QString &end, qint64 maxSecs);

} // namespace od::intake
