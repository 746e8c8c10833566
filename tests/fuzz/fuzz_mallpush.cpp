// The pushed-order path: exact bytes → JSON → mapped trade, sign verification over the same JSON.
// Never crashes; every refusal has a code and a message; an accepted trade has a tid and exact money.
#include "platforms/mall/mallmapper.h"
#include "push/pushsign.h"

#include <QByteArray>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    auto json = od::push::parsePushBody(body);
    if (!json.ok()) {
        if (json.error().code.isEmpty() || json.error().message.isEmpty())
            abort();
        return 0;
    }
    (void)od::push::verifySign(QStringLiteral("top_md5"), json.value(), QStringLiteral("s3cret"));
    auto mapped = od::push::mapMallOrder(json.value(), 1, body);
    if (mapped.ok()) {
        if (mapped->trade.tid.isEmpty() || mapped->trade.lines.empty())
            abort();
    } else if (mapped.error().message.isEmpty()) {
        abort();
    }
    return 0;
}
