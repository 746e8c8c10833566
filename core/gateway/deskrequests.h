#pragma once
// Team mode: desks ask, the gateway does. A desk on the shared PostgreSQL database has no platform
// credentials and runs no downloads; its 下载, 立即执行 and CRM 重试 are written to `desk_requests`
// (who, what, when). The active gateway's RequestRunner claims them at once (NOTIFY, with polling as
// the fallback), runs them through its LocalServices and writes back running → done / failed with the
// result, which the desk shows. Requests keep their history.
#include "auth/session.h"
#include "domain/result.h"
#include "storage/database.h"

#include <QList>
#include <QString>
#include <optional>

namespace od::gateway {

// WriteBack: a shipment or a refused refund the desk cannot send itself (gateway/gatewaywriteback.h).
enum class RequestKind { Download, RunSchedule, CrmWake, WriteBack };
QString toKey(RequestKind k);
std::optional<RequestKind> requestKindFromKey(const QString &key);
QString label(RequestKind k); // translated

// What a 下载 asks for: one TOP shop, and either a list of 交易编号 (details fetched directly) or a
// time range of modified trades, optionally only one 交易状态.
struct DownloadRequest {
    int64_t shopId = 0;
    QStringList tids; // pasted 交易编号; when set, the range is not used
    QString start; // "yyyy-MM-dd HH:mm:ss"
    QString end;
    QString status; // TOP trade status (WAIT_SELLER_SEND_GOODS …); empty: all

    QString toJson() const;
    static Result<DownloadRequest> fromJson(const QString &json);
    // Errors: request.no_shop, request.range (end before start, no range and no tids, longer than the
    // platform's 90 days), request.tids (not digits).
    Status validate() const;
};

struct DeskRequest {
    int64_t id = 0;
    RequestKind kind = RequestKind::Download;
    QString params; // JSON
    QString requestedBy, requestedAt;
    QString state; // queued | running | done | failed | cancelled
    QString progress, result, startedAt, finishedAt, gateway;
    bool cancelRequested = false;
    bool finished() const { return state == QLatin1String("done") || state == QLatin1String("failed") || state == QLatin1String("cancelled"); }
};
QString requestStateLabel(const QString &state); // translated

class DeskRequests {
public:
    explicit DeskRequests(Database &db) : m_db(db) { }

    // Queues a request (needs Right::Convert, as the actions themselves). Returns its id.
    Result<int64_t> submit(const Session &by, RequestKind kind, const QString &params);
    Result<std::optional<DeskRequest>> get(int64_t id);
    Result<QList<DeskRequest>> recent(int limit = 100);
    // The desk asks a running request to stop at its next chunk; a queued one is cancelled at once.
    Status cancel(const Session &by, int64_t id);

    // --- the gateway ---
    // Claims the oldest queued request (running, started now, by `gateway`), or none.
    Result<std::optional<DeskRequest>> claimNext(const QString &gateway);
    Status setProgress(int64_t id, const QString &progress);
    Result<bool> cancelRequested(int64_t id);
    Status finish(int64_t id, bool ok, const QString &result, bool cancelled = false);
    // Requests left running by a gateway that died go back to the queue (at the new gateway's start).
    Result<int> requeueStale(const QString &exceptGateway);

    // Whether a gateway holds the gateway lock now (PostgreSQL: the advisory lock is granted to a live
    // session; SQLite: a desk runs its own services, so true).
    Result<bool> gatewayActive();

private:
    Database &m_db;
};

} // namespace od::gateway
