// Money and platform-time parsers: never crash, and whatever they accept round-trips exactly.
#include "domain/money.h"

#include <QString>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    auto m = od::Money::parse(text);
    if (m.ok()) {
        auto again = od::Money::parse(m->toString());
        if (!again.ok() || again->fen() != m->fen())
            abort(); // an accepted amount must survive formatting
    } else if (m.error().message.isEmpty()) {
        abort(); // every refusal says why
    }
    auto t = od::parsePlatformTime(text);
    if (t.ok() && !t->isEmpty() && t->size() != 19)
        abort();
    return 0;
}
