#pragma once
// TOP client, wrapped by TopPlatform (platforms/top/topplatform.h): signed form POSTs over
// QNetworkAccessManager (transfer timeout set), answers parsed with nlohmann::json into domain values. Synchronous facade: each call runs a local QEventLoop in the
// calling thread, so it is used from a worker thread (the download service). One TopClient belongs to
// the thread that first calls it (its QNetworkAccessManager lives there).
//
// Error handling (protocols.md §1): code 7/8 call limit → wait the announced ban + 1 s and retry; the
// ban is recorded on the BanBoard (platforms/clock.h) so that no request of the shop — the parallel detail
// fetch included, from this or any other client — is sent before it ends;
// isp.* / code 15 / network trouble → retry with exponential back-off and full jitter, bounded;
// isv.*, 25 (sign), 26/27 (session), 28/29 (app key), 31 (timestamp) → stop with an od::Error that tells
// staff what to fix.
#include "domain/result.h"
#include "domain/types.h"
#include "platforms/platform.h"
#include "platforms/top/topsign.h"
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

namespace od::top {

struct Credentials {
    QString appKey;
    QByteArray secret;
    QString session;
    SignMethod method = SignMethod::Md5;
};

// The retry policy, pages and statistics are the platform layer's (platforms/platform.h).
using platforms::ClientOptions;
using platforms::ClientStats;
using platforms::Clock;
using platforms::ManualClock;
using platforms::RefundPage;
using platforms::TradePage;
namespace BanBoard = platforms::BanBoard;

class TopClient {
public:
    // `shopName` only appears in error messages for staff.
    TopClient(QString endpoint, QString shopName, Credentials credentials, ClientOptions options = {});
    ~TopClient();
    TopClient(const TopClient &) = delete;
    TopClient &operator=(const TopClient &) = delete;

    // One API call with retries; returns the body inside "<method>_response".
    Result<nlohmann::json> call(const QString &method, Params params);

    Result<TradePage> tradesIncrement(const QString &startModified, const QString &endModified, int pageNo, int pageSize, bool useHasNext = false);
    Result<TradePage> tradesSold(const QString &startCreated, const QString &endCreated, int pageNo, int pageSize);
    Result<Trade> fullinfo(const QString &tid);
    // Several trades at once (a few requests in flight); results in the order of `tids`.
    std::vector<Result<Trade>> fullinfoMany(const QStringList &tids, int parallel = 4);
    Result<RefundPage> refundsReceive(const QString &startModified, const QString &endModified, int pageNo, int pageSize);
    Result<PendingRefund> refund(const QString &refundId);
    // Write-backs: the platform's answer (JSON text) on success.
    Result<QString> logisticsOfflineSend(const QString &tid, const QString &companyCode, const QString &outSid);
    // taobao.trade.memo.update: the seller memo and its flag (旗帜 0 grey, 1 red, 2 yellow, 3 green,
    // 4 blue, 5 pink). `memo` replaces the memo; empty clears it (sent with reset=true, since TOP
    // ignores an empty memo otherwise).
    Result<QString> tradeMemoUpdate(const QString &tid, const QString &memo, int flag);
    Result<QString> refundRefuse(const QString &refundId, const QString &tid, const QString &oid, const QString &message, const QString &phase,
                                 const QString &version);

    const ClientStats &stats() const { return m_stats; }
    // Until when TOP bans this shop's calls (ms since the epoch, 0 = never banned).
    qint64 bannedUntilMs() const { return BanBoard::bannedUntil(m_banKey); }

    // Parsing, public for tests. Ids become strings even when the JSON has numbers; bad money or
    // dates are errors, never zeros.
    static Result<Trade> parseTrade(const nlohmann::json &j);
    static Result<PendingDownload> parseListedTrade(const nlohmann::json &j);
    static Result<PendingRefund> parseRefund(const nlohmann::json &j);
    // Seconds from "This ban will last for N more seconds." (or -1).
    static int banSeconds(const QString &subMsg);

    // What an answer body means: Ok with the method's response object in *body, a ban (seconds in
    // *banSecs), a temporary failure to retry, or a stop with a message that says what to fix.
    // Whatever the bytes, it returns; it never throws.
    enum class Outcome { Ok, Ban, Retry, Stop };
    static Outcome interpretBody(const QByteArray &data, const QString &method, const QString &shopName, nlohmann::json *body, Error *error, int *banSecs);

private:
    Outcome callOnce(const QString &method, const Params &params, nlohmann::json *body, Error *error, int *banSecs);
    QNetworkReply *send(const QString &method, const Params &params);
    Outcome interpret(QNetworkReply *reply, const QString &method, nlohmann::json *body, Error *error, int *banSecs);
    static Params fullinfoParams(const QString &tid);
    bool sleepMs(qint64 ms);
    // Waits while the shop is banned (BanBoard). Errors: cancelled meanwhile, or a ban longer than
    // maxBanWaitSecs (the run stops instead of blocking a worker for hours).
    Status waitOutBan();
    void recordBan(int banSecs);
    bool banned() const;
    static Error stopError(const QString &shopName, int code, const QString &subCode, const QString &msg, const QString &subMsg);

    QString m_endpoint;
    QString m_shopName;
    QString m_banKey;
    Credentials m_cred;
    ClientOptions m_opts;
    ClientStats m_stats;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

} // namespace od::top
