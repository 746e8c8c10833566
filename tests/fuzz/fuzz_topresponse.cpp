// TOP answers: whatever a gateway sends, the parsers return a value or an error, never crash, and
// never turn bad money into zero.
#include "platforms/top/topclient.h"

#include <QByteArray>
#include <cstdint>
#include <cstdlib>
#include <nlohmann/json.hpp>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string text(reinterpret_cast<const char *>(data), size);
    // The whole answer as the client sees it: every outcome carries a message, a ban has its seconds.
    {
        const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
        nlohmann::json body;
        od::Error error;
        int ban = -1;
        using O = od::top::TopClient::Outcome;
        const O o = od::top::TopClient::interpretBody(bytes, QStringLiteral("taobao.trades.sold.get"), QStringLiteral("fuzz"), &body, &error, &ban);
        if (o != O::Ok && error.message.isEmpty())
            abort();
        if (o == O::Ok && !body.is_object())
            abort();
    }
    nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_discarded())
        return 0;
    auto visit = [](const nlohmann::json &node) {
        (void)od::top::TopClient::parseTrade(node);
        (void)od::top::TopClient::parseListedTrade(node);
        (void)od::top::TopClient::parseRefund(node);
    };
    visit(j);
    if (j.is_object())
        for (auto it = j.begin(); it != j.end(); ++it)
            visit(it.value());
    if (j.is_string())
        (void)od::top::TopClient::banSeconds(QString::fromStdString(j.get<std::string>()));
    return 0;
}
