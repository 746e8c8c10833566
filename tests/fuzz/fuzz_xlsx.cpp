// The spreadsheet readers (商品对应 import): any bytes give a table or an error that says why, within
// the limits, never a crash, a hang or an unbounded allocation.
#include "io/tablereader.h"

#include <QByteArray>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    od::io::TableLimits limits;
    limits.maxInflatedBytes = 4 * 1024 * 1024;
    limits.maxRows = 2000;
    for (const auto &r : {od::io::readXlsx(bytes, limits), od::io::readCsv(bytes, limits)}) {
        if (!r.ok() && r.error().message.isEmpty())
            abort(); // every refusal says why
        if (r.ok()) {
            if (int(r->rows.size()) > limits.maxRows)
                abort();
            for (const auto &row : r->rows)
                if (row.cells.size() > limits.maxColumns || row.cells.isEmpty())
                    abort();
        }
    }
    return 0;
}
