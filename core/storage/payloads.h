#pragma once
// The raw platform payload (what the platform sent, shown on 详细) lives beside its row, not in it:
// trade_payloads keyed by trades.id and refund_payloads keyed by pending_refunds.id (migration 80).
// The hot rows that lists page, sort and search stay small; the payload is read only when one record
// is opened. Each body says how it is stored (codec), so databases moved by the migration (plain
// UTF-8, byte for byte as they were) and rows written since (zlib, see writeCodec) read the same.
#include "domain/result.h"
#include "storage/database.h"

#include <QByteArray>
#include <QString>
#include <cstdint>

namespace od::payload {

enum class Codec { Plain = 0, Zlib = 1 };

struct Stored {
    Codec codec = Codec::Plain;
    QByteArray body;
};

// The codec new payloads are written with. zlib by default: bench 1 measured both (bench/results).
Codec writeCodec();
void setWriteCodec(Codec c); // for the import bench's comparison
// The payload as stored: the text made storable (sql::cleanText) and encoded with `c`. Pure CPU work,
// so pushes encode on their handler threads, not under the write lock.
Stored encode(const QString &raw, Codec c = writeCodec());
// Back to the text; an unknown codec or a damaged body gives an error, never a guess.
Result<QString> decode(int codec, const QByteArray &body);

enum class Kind { Trade, Refund };
// Within the caller's transaction: sets (or, for an empty payload, removes) the payload of row `id`.
Status write(QSqlDatabase db, Kind kind, int64_t id, const Stored &stored);
// The payload of row `id` ("" when it has none).
Result<QString> read(QSqlDatabase db, Kind kind, int64_t id);

} // namespace od::payload
