#include "domain/types.h"

#include <QCoreApplication>

namespace od {

QString toKey(PlatformKind k) { return k == PlatformKind::Top ? QStringLiteral("top") : QStringLiteral("mall"); }

std::optional<PlatformKind> platformFromKey(const QString &k)
{
    if (k == QLatin1String("top"))
        return PlatformKind::Top;
    if (k == QLatin1String("mall"))
        return PlatformKind::MallPush;
    return std::nullopt;
}

QString label(PlatformKind k)
{
    return k == PlatformKind::Top ? QCoreApplication::translate("States", "Taobao (TOP)") : QCoreApplication::translate("States", "Mall (push)");
}

namespace {
constexpr std::pair<CrmEvent, const char *> kEvents[] = {{CrmEvent::Created, "created"},   {CrmEvent::Paid, "paid"},         {CrmEvent::Shipped, "shipped"},
                                                         {CrmEvent::Refunded, "refunded"}, {CrmEvent::Returned, "returned"}, {CrmEvent::Cancelled, "cancelled"},
                                                         {CrmEvent::Finished, "finished"}};
}

QString toKey(CrmEvent e)
{
    for (auto [v, k] : kEvents)
        if (v == e)
            return QString::fromLatin1(k);
    return {};
}

std::optional<CrmEvent> crmEventFromKey(const QString &k)
{
    for (auto [v, key] : kEvents)
        if (k == QLatin1String(key))
            return v;
    return std::nullopt;
}

int64_t amountDifferenceFen(Money goods, Money discount, Money freight, Money paid)
{
    // Money's checked arithmetic (portable: no compiler builtins, MSVC builds this too).
    auto a = goods.minus(discount);
    auto b = a.ok() ? a.value().plus(freight) : a;
    auto c = b.ok() ? b.value().minus(paid) : b;
    return c.ok() ? c.value().fen() : INT64_MAX;
}

const QStringList &discountPartKeys()
{
    static const QStringList keys{QStringLiteral("member"),      QStringLiteral("coupon"), QStringLiteral("integral"),
                                  QStringLiteral("full_reduce"), QStringLiteral("admin"),  QStringLiteral("other")};
    return keys;
}

} // namespace od
