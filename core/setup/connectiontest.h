#pragma once
// 连接测试: one real, signed call per link, for the first-run wizard, the settings and the gateway's
// --check. Each blocks on the network (worker threads only) and answers ok or an od::Error whose
// message tells staff, in their language, what to fix: wrong app key, wrong signature (secret),
// expired session, clock skew, or the network.
//
// - TOP: `taobao.trades.sold.increment.get` over the last minute, page size 1 (the cheapest call every
//   TOP application may make; it needs the shop's session, so it checks all four credentials).
// - CRM (ShopEx matrix): a signed `store.trade.add` without a `tid`. The matrix checks the sign before
//   anything else; a CRM that got that far refuses the missing tid and records nothing. So: a sign
//   error (4003) means a wrong token, any other refusal means the link and the token are right.
// - A pushing mall cannot be called: the wizard shows the address to give it (pushAddress) and waits
//   for its first push (firstPushSeen).
#include "crm/crmmapping.h"
#include "domain/result.h"
#include "domain/types.h"
#include "storage/database.h"

#include <QString>
#include <QStringList>

namespace od {
class SecretStore;
}

namespace od::setup {

struct TestOptions {
    int timeoutMs = 10000;
};

// A pulling shop (Capabilities::pullOrders: endpoint, app key) with the secret and session typed in
// (or read from the store): one small listing call through its platform. A pushing shop is refused
// with "setup.push" (nothing to call).
Status testPullingShop(const Shop &shop, const QString &secret, const QString &session, TestOptions options = {});

// The CRM link with its token.
Status testCrm(const crm::CrmSettings &settings, const QString &token, TestOptions options = {});

// http://<host>:<port>/push/<code>: the address the mall posts to. `host` empty: this computer's first
// non-loopback IPv4 address (what a mall on the LAN or behind a port forward reaches), else 127.0.0.1.
QString pushAddress(const QString &host, int port, const QString &shopCode);
QString thisComputerAddress();

// Whether the shop has received anything yet: stored trades, or pushes refused and kept as exceptions
// (a wrong signature still proves the mall reaches us). Counts both.
struct PushSeen {
    qint64 trades = 0;
    qint64 refused = 0;
    QString lastRefusal; // the reason of the newest refused push, if any
};
Result<PushSeen> firstPushSeen(Database &db, int64_t shopId);

// Every stored link of this database tested with the secrets of `secrets` (the gateway's --check):
// one line per shop and for the CRM, "ok: …" or "FAIL: …". `failures` counts the failed ones.
struct CheckReport {
    QStringList lines;
    int failures = 0;
};
Result<CheckReport> checkAll(Database &db, SecretStore &secrets, TestOptions options = {});

} // namespace od::setup
