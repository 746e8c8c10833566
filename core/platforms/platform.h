#pragma once
// What OrderDesk asks of an online-shop platform, in one shape for all of them (docs/architecture.md,
// "How to add a platform"). Two levels:
//   Platform        one per platform kind, stateless, found in the registry (platforms/registry.h):
//                   its capabilities, call limits, error rules, receiver masking, push acceptance, and
//                   a factory for clients;
//   PlatformClient  one shop's connection (its credentials, its ban), making the network calls. It
//                   blocks its thread while it waits for the platform, and belongs to the thread that
//                   first uses it (its network objects live there): use it from a worker thread.
// Services (download runs, schedules, gap-fill, write-back, the push receiver) use only these two
// classes; platform-specific code stays under core/platforms/<code>/ and the client code it wraps.
#include "domain/result.h"
#include "domain/types.h"
#include "platforms/clock.h"
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <vector>

namespace od {

class SecretStore;

// A pushed order after verification and mapping: the trade, its line refunds, whether the platform
// deleted it. What a push platform's acceptPush gives the push store.
struct MappedPush {
    Trade trade;
    std::vector<PendingRefund> refunds; // lines with an after-sale
    bool deleted = false; // deleted or in the platform's recycle bin
    QString method; // the platform's message name ("order_list" for the mall)
    QStringList warnings; // lenient problems that did not refuse the order
};

namespace platforms {

// What a platform can do. Services check these instead of the platform's name.
struct Capabilities {
    bool pullOrders = false; // lists changed trades in a time window and fetches details
    bool gapFill = false; // lists trades by creation time (a second look for missed ones)
    bool pullRefunds = false; // lists refunds in a time window
    bool pushOrders = false; // sends full orders to our receiver
    bool shipWriteBack = false; // takes a shipment (express company + tracking number)
    bool refuseRefund = false; // takes a refused refund
    bool decryptReceiver = false; // receiver data arrives encrypted; plaintext needs the platform
    bool needsEndpoint = false; // the shop settings name the platform's gateway address
};

// The platform's call-limit rules, as the download runs need them.
struct CallLimits {
    qint64 maxWindowSecs = 86400; // one listing call covers at most this span
    int maxPageSize = 100;
    bool newestFirst = true; // listing pages sorted by modified, newest first: read the last page first
    int parallelDetails = 4; // detail requests in flight at once
    int maxLookbackDays = 90; // how far back the platform still lists trades
};

// How the client retries and waits (the same policy for every platform).
struct ClientOptions {
    int transferTimeoutMs = 30000;
    int maxAttempts = 6; // for temporary platform / network errors
    int backoffBaseMs = 200;
    int backoffMaxMs = 10000;
    int maxBanWaitSecs = 900; // a longer call-limit ban stops the run instead of blocking a worker for hours
    int maxBans = 20; // per call
    std::function<bool()> cancelled; // polled while waiting
    std::shared_ptr<Clock> clock; // null = the system clock; tests inject a ManualClock
};

// A shop's secrets as the platform needs them (never logged).
struct Credentials {
    QString appKey;
    QByteArray secret;
    QString session; // session / access token
    QString signMethod; // empty = the platform's default
};

struct TradePage {
    std::vector<PendingDownload> rows;
    qint64 total = -1; // -1 when the platform answered with has_next only
    bool hasNext = false;
};

struct RefundPage {
    std::vector<PendingRefund> rows;
    qint64 total = -1;
    bool hasNext = false;
};

struct ClientStats {
    int calls = 0;
    int retries = 0;
    int bansWaited = 0;
};

// One shop's connection. Windows are "yyyy-MM-dd HH:mm:ss" local (Beijing) time, both ends inclusive,
// at most CallLimits::maxWindowSecs apart; pages count from 1. Errors are od::Error values whose
// scope Platform::errorIsPerTrade tells.
class PlatformClient {
public:
    virtual ~PlatformClient() = default;
    // Trades modified in the window (what changed since the last run).
    virtual Result<TradePage> listChanged(const QString &start, const QString &end, int pageNo, int pageSize) = 0;
    // Trades created in the window (gap-fill); Capabilities::gapFill.
    virtual Result<TradePage> listCreated(const QString &start, const QString &end, int pageNo, int pageSize) = 0;
    // One trade with its lines, exact money, ids as strings.
    virtual Result<Trade> fetchTrade(const QString &tid) = 0;
    // Several at once (CallLimits::parallelDetails in flight); results in the order of `tids`.
    virtual std::vector<Result<Trade>> fetchTrades(const QStringList &tids) = 0;
    // Refunds modified in the window; Capabilities::pullRefunds.
    virtual Result<RefundPage> listRefunds(const QString &start, const QString &end, int pageNo, int pageSize) = 0;
    // One refund in full (with what a refusal needs, e.g. TOP's phase and version).
    virtual Result<PendingRefund> fetchRefund(const QString &refundId) = 0;
    // Write-backs: the platform's answer (recorded with the action) or its refusal.
    virtual Result<QString> shipped(const QString &tid, const QString &companyCode, const QString &trackingNo) = 0;
    virtual Result<QString> refuseRefund(const PendingRefund &refund, const QString &reason) = 0;
    // Plaintext receiver fields for a trade whose receiver arrived encrypted (Capabilities::decryptReceiver).
    virtual Result<Trade> decryptReceiver(const Trade &trade) = 0;
    // Until when the platform bans this shop's calls (ms since the epoch; 0 = not banned).
    virtual qint64 bannedUntilMs() const = 0;
    virtual ClientStats stats() const = 0;
};

class Platform {
public:
    virtual ~Platform() = default;
    virtual PlatformKind kind() const = 0;
    QString code() const { return toKey(kind()); } // "top", "mall"; stored in shops.platform
    QString label() const { return od::label(kind()); }
    virtual Capabilities capabilities() const = 0;
    virtual CallLimits callLimits() const = 0;

    // A client for one shop (null-free: an error names what is missing, e.g. the gateway address).
    virtual Result<std::unique_ptr<PlatformClient>> connect(const Shop &shop, const Credentials &credentials, const ClientOptions &options) const = 0;
    // The shop's credentials from the secret store: the secret under shop.secretRef, the session under
    // "<secretRef>.session" (platforms that need none ignore it). Errors name the ref, never the value.
    virtual Result<Credentials> credentials(const Shop &shop, SecretStore &secrets) const;

    // True when an error concerns one trade only (bad data, a trade the platform no longer has): a
    // run goes on without it. Anything else (session, sign, network after retries, long bans) stops it.
    virtual bool errorIsPerTrade(const Error &error) const = 0;

    // Push (Capabilities::pushOrders): the app key a body names, to find its shop when the address's
    // shop code is unknown ("" if none).
    virtual QString pushAppKey(const QByteArray &body) const { return {}; }
    // Verifies and maps one pushed body for `shop`. `secret` is asked only when the shop's scheme
    // needs one. The refusal's HTTP status comes in *httpStatus (400 unreadable, 403 bad signature,
    // 503 secret unavailable).
    virtual Result<MappedPush> acceptPush(const Shop &shop, const QByteArray &body, const std::function<Result<QString>()> &secret, int *httpStatus) const;

    // The receiver as lists show it to staff without the right to see buyer contacts.
    virtual QString maskMobile(const QString &mobile) const;
};

} // namespace platforms
} // namespace od
