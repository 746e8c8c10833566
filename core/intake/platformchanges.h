#pragma once
// Changes a platform reports for a trade that was converted already (deleted, closed or cancelled, a
// line refunded, finished, receiver or amount changed, ...): recorded against the sales order
// (platform_changes) and raising its warning flag; never silently dropped, never recorded twice for
// the same platform copy. One function for every path: pulled details (DownloadService) and pushed
// orders (PushStore) both call PlatformChanges::record.
#include "domain/types.h"
#include "storage/database.h"
#include "storage/traderepository.h"
#include <optional>
#include <vector>

namespace od::intake {

// What changed, most significant first. Stored in platform_changes.kind by toKey (stable keys; the
// first four are the keys stored before the kinds were unified).
enum class ChangeKind { Deleted, Closed, RefundOpened, Finished, AddressChanged, AmountChanged, Paid, StatusChanged, Updated };
QString toKey(ChangeKind kind);
std::optional<ChangeKind> changeKindFromKey(const QString &key);
QString label(ChangeKind kind); // translated

struct ChangeReport {
    ChangeKind kind = ChangeKind::Updated; // the most significant of `kinds`
    std::vector<ChangeKind> kinds; // every change seen (never empty)
    QString detail; // translated, one line per change, for staff
};

// What a newer platform copy changes against the converted one. `deleted`: the platform deleted
// it (or moved it to its recycle bin); `refunds`: line refunds that came with it (pushes).
ChangeReport describeChange(const Trade &converted, const Trade &newer, bool deleted = false, const std::vector<PendingRefund> &refunds = {});

class PlatformChanges {
public:
    explicit PlatformChanges(Database &db) : m_db(db) { }
    // Inside the caller's transaction: if `newer` is a newer copy of converted trade `tradeId` than
    // the converted one and than any change recorded for its sales order, records it (one row, the
    // report's kind and detail, the raw payload) and sets the order's warning flag. The recorded
    // kind, or nothing when there was nothing new. `salesOrderId` 0: looked up.
    Result<std::optional<ChangeKind>> record(TradeRepository &repo, int64_t tradeId, int64_t salesOrderId, const Trade &newer, bool deleted = false,
                                             const std::vector<PendingRefund> &refunds = {});

private:
    Database &m_db;
};

} // namespace od::intake
