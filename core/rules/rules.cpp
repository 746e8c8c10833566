#include "rules/rules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTime>

namespace od::rules {

QString outcomeKey(Outcome o)
{
    switch (o) {
    case Outcome::Convert:
        return QStringLiteral("convert");
    case Outcome::Hold:
        return QStringLiteral("hold");
    case Outcome::Leave:
        break;
    }
    return QStringLiteral("leave");
}

std::optional<Outcome> outcomeFromKey(const QString &key)
{
    for (Outcome o : {Outcome::Convert, Outcome::Hold, Outcome::Leave})
        if (outcomeKey(o) == key)
            return o;
    return std::nullopt;
}

QString outcomeLabel(Outcome o)
{
    switch (o) {
    case Outcome::Convert:
        return QCoreApplication::translate("Rules", "Convert");
    case Outcome::Hold:
        return QCoreApplication::translate("Rules", "Hold for review");
    case Outcome::Leave:
        break;
    }
    return QCoreApplication::translate("Rules", "Leave for staff");
}

QString addressProblem(const QString &state, const QString &city, const QString &district, const QString &address)
{
    QStringList missing;
    if (state.trimmed().isEmpty())
        missing << QCoreApplication::translate("Rules", "province");
    if (city.trimmed().isEmpty())
        missing << QCoreApplication::translate("Rules", "city");
    if (district.trimmed().isEmpty())
        missing << QCoreApplication::translate("Rules", "district");
    if (!missing.isEmpty())
        return QCoreApplication::translate("Rules", "The address has no %1.").arg(missing.join(QStringLiteral(", ")));
    // Couriers do not deliver to post-office boxes (信箱, 邮政信箱, P.O. Box).
    static const QRegularExpression poBox(QStringLiteral("(邮政)?信箱|P\\.?\\s*O\\.?\\s*Box"), QRegularExpression::CaseInsensitiveOption);
    if (address.contains(poBox))
        return QCoreApplication::translate("Rules", "The address is a post-office box; couriers do not deliver there.");
    return {};
}

namespace {
bool triHolds(Tri t, bool value) { return t == Tri::Any || (t == Tri::Yes) == value; }

bool inTimeWindow(const QString &from, const QString &to, const QString &created)
{
    if (from.isEmpty() && to.isEmpty())
        return true;
    const QTime at = QTime::fromString(created.mid(11, 5), QStringLiteral("HH:mm"));
    if (!at.isValid())
        return false;
    const QTime f = from.isEmpty() ? QTime(0, 0) : QTime::fromString(from, QStringLiteral("HH:mm"));
    const QTime t = to.isEmpty() ? QTime(23, 59, 59, 999) : QTime::fromString(to, QStringLiteral("HH:mm"));
    if (f <= t)
        return at >= f && at < t;
    return at >= f || at < t; // wraps midnight, e.g. 22:00–06:00
}

Tri triFrom(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool() ? Tri::Yes : Tri::No;
    return Tri::Any;
}

QJsonValue triTo(Tri t)
{
    if (t == Tri::Any)
        return QJsonValue(QJsonValue::Null);
    return t == Tri::Yes;
}
} // namespace

bool matches(const Conditions &c, const Facts &f)
{
    if (!c.shopIds.empty() && std::find(c.shopIds.begin(), c.shopIds.end(), f.shopId) == c.shopIds.end())
        return false;
    if (!c.platformStatuses.isEmpty() && !c.platformStatuses.contains(f.platformStatus))
        return false;
    // Yes = paid online, No = cash on delivery (an unpaid non-COD trade matches neither).
    if (c.paid == Tri::Yes && !(f.paid && !f.cod))
        return false;
    if (c.paid == Tri::No && !f.cod)
        return false;
    if (!triHolds(c.buyerMemo, !f.buyerMemo.trimmed().isEmpty()) || !triHolds(c.sellerMemo, !f.sellerMemo.trimmed().isEmpty()))
        return false;
    if (!c.memoWords.isEmpty()) {
        bool any = false;
        for (const QString &w : c.memoWords)
            if (!w.isEmpty() && (f.buyerMemo.contains(w, Qt::CaseInsensitive) || f.sellerMemo.contains(w, Qt::CaseInsensitive)))
                any = true;
        if (!any)
            return false;
    }
    if (!triHolds(c.openRefund, f.openRefund) || !triHolds(c.allMapped, f.allMapped) || !triHolds(c.blacklisted, f.blacklisted))
        return false;
    if (c.minPaidFen && f.paidFen < *c.minPaidFen)
        return false;
    if (c.maxPaidFen && f.paidFen > *c.maxPaidFen)
        return false;
    if (!c.regions.isEmpty()) {
        const QString region = f.receiverState + f.receiverCity + f.receiverDistrict;
        bool any = false;
        for (const QString &r : c.regions)
            if (!r.isEmpty() && (region.startsWith(r) || f.receiverAddress.startsWith(r)))
                any = true;
        if (!any)
            return false;
    }
    if (c.addressProblem != Tri::Any
        && !triHolds(c.addressProblem, !addressProblem(f.receiverState, f.receiverCity, f.receiverDistrict, f.receiverAddress).isEmpty()))
        return false;
    return inTimeWindow(c.createdFrom, c.createdTo, f.created);
}

Decision decide(const std::vector<Rule> &rules, const Facts &f)
{
    std::vector<const Rule *> ordered;
    for (const Rule &r : rules)
        if (r.enabled)
            ordered.push_back(&r);
    std::stable_sort(ordered.begin(), ordered.end(), [](const Rule *a, const Rule *b) { return a->position < b->position; });
    for (const Rule *r : ordered) {
        if (!matches(r->when, f))
            continue;
        Decision d{r->id, r->name, r->outcome, {}};
        if (r->outcome == Outcome::Hold)
            d.reason = r->holdReason;
        return d;
    }
    Decision none;
    none.reason = QCoreApplication::translate("Rules", "No rule matches.");
    return none;
}

QJsonObject toJson(const Conditions &c)
{
    QJsonObject o;
    if (!c.shopIds.empty()) {
        QJsonArray a;
        for (int64_t id : c.shopIds)
            a.append(QString::number(id));
        o[QStringLiteral("shops")] = a;
    }
    if (!c.platformStatuses.isEmpty())
        o[QStringLiteral("statuses")] = QJsonArray::fromStringList(c.platformStatuses);
    const std::pair<const char *, Tri> tris[] = {{"paid", c.paid},
                                                 {"buyer_memo", c.buyerMemo},
                                                 {"seller_memo", c.sellerMemo},
                                                 {"open_refund", c.openRefund},
                                                 {"all_mapped", c.allMapped},
                                                 {"blacklisted", c.blacklisted},
                                                 {"address_problem", c.addressProblem}};
    for (const auto &[key, t] : tris)
        if (t != Tri::Any)
            o[QLatin1String(key)] = triTo(t);
    if (!c.memoWords.isEmpty())
        o[QStringLiteral("memo_words")] = QJsonArray::fromStringList(c.memoWords);
    if (c.minPaidFen)
        o[QStringLiteral("min_paid_fen")] = QString::number(*c.minPaidFen);
    if (c.maxPaidFen)
        o[QStringLiteral("max_paid_fen")] = QString::number(*c.maxPaidFen);
    if (!c.regions.isEmpty())
        o[QStringLiteral("regions")] = QJsonArray::fromStringList(c.regions);
    if (!c.createdFrom.isEmpty())
        o[QStringLiteral("created_from")] = c.createdFrom;
    if (!c.createdTo.isEmpty())
        o[QStringLiteral("created_to")] = c.createdTo;
    return o;
}

namespace {
Error badJson(const QString &key)
{
    return Error(QStringLiteral("rules.bad_conditions"), QCoreApplication::translate("Rules", "The rule's condition \"%1\" cannot be read.").arg(key));
}

Result<QStringList> strings(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return QStringList();
    if (!v.isArray())
        return badJson(key);
    QStringList out;
    for (const QJsonValue &e : v.toArray()) {
        if (!e.isString())
            return badJson(key);
        out << e.toString();
    }
    return out;
}

Result<std::optional<int64_t>> fen(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return std::optional<int64_t>();
    bool ok = false;
    const qint64 n = v.isString() ? v.toString().toLongLong(&ok) : 0;
    if (!ok)
        return badJson(key);
    return std::optional<int64_t>(n);
}
} // namespace

Result<Conditions> conditionsFromJson(const QJsonObject &o)
{
    Conditions c;
    auto shops = strings(o, QStringLiteral("shops"));
    if (!shops.ok())
        return shops.error();
    for (const QString &s : shops.value()) {
        bool ok = false;
        const qint64 id = s.toLongLong(&ok);
        if (!ok)
            return badJson(QStringLiteral("shops"));
        c.shopIds.push_back(id);
    }
    for (auto [key, target] : {std::pair{"statuses", &c.platformStatuses}, std::pair{"memo_words", &c.memoWords}, std::pair{"regions", &c.regions}}) {
        auto list = strings(o, QLatin1String(key));
        if (!list.ok())
            return list.error();
        *target = list.value();
    }
    for (auto [key, target] :
         {std::pair{"paid", &c.paid}, std::pair{"buyer_memo", &c.buyerMemo}, std::pair{"seller_memo", &c.sellerMemo}, std::pair{"open_refund", &c.openRefund},
          std::pair{"all_mapped", &c.allMapped}, std::pair{"blacklisted", &c.blacklisted}, std::pair{"address_problem", &c.addressProblem}}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull() && !v.isBool())
            return badJson(QLatin1String(key));
        *target = triFrom(v);
    }
    auto lo = fen(o, QStringLiteral("min_paid_fen"));
    auto hi = fen(o, QStringLiteral("max_paid_fen"));
    if (!lo.ok())
        return lo.error();
    if (!hi.ok())
        return hi.error();
    c.minPaidFen = lo.value();
    c.maxPaidFen = hi.value();
    c.createdFrom = o.value(QStringLiteral("created_from")).toString();
    c.createdTo = o.value(QStringLiteral("created_to")).toString();
    return c;
}

Status validate(const Rule &r)
{
    auto invalid = [](const QString &message) { return Status(Error(QStringLiteral("rules.invalid"), message)); };
    if (r.name.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("Rules", "Give the rule a name."));
    if (r.outcome == Outcome::Hold && r.holdReason.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("Rules", "A rule that holds trades needs a reason staff will read."));
    const Conditions &c = r.when;
    if ((c.minPaidFen && *c.minPaidFen < 0) || (c.maxPaidFen && *c.maxPaidFen < 0))
        return invalid(QCoreApplication::translate("Rules", "Amounts cannot be negative."));
    if (c.minPaidFen && c.maxPaidFen && *c.minPaidFen > *c.maxPaidFen)
        return invalid(QCoreApplication::translate("Rules", "The lowest amount is above the highest."));
    for (const QString &t : {c.createdFrom, c.createdTo})
        if (!t.isEmpty() && !QTime::fromString(t, QStringLiteral("HH:mm")).isValid())
            return invalid(QCoreApplication::translate("Rules", "Times of day are written as HH:mm, e.g. 22:30."));
    return {};
}

QString describe(const Conditions &c)
{
    QStringList parts;
    auto tri = [&parts](Tri t, const char *yes, const char *no) {
        if (t == Tri::Yes)
            parts << QCoreApplication::translate("Rules", yes);
        else if (t == Tri::No)
            parts << QCoreApplication::translate("Rules", no);
    };
    if (!c.shopIds.empty())
        parts << QCoreApplication::translate("Rules", "%n shop(s)", nullptr, int(c.shopIds.size()));
    if (!c.platformStatuses.isEmpty())
        parts << QCoreApplication::translate("Rules", "status %1").arg(c.platformStatuses.join(QLatin1Char('/')));
    tri(c.paid, QT_TRANSLATE_NOOP("Rules", "paid online"), QT_TRANSLATE_NOOP("Rules", "cash on delivery"));
    tri(c.buyerMemo, QT_TRANSLATE_NOOP("Rules", "buyer memo"), QT_TRANSLATE_NOOP("Rules", "no buyer memo"));
    tri(c.sellerMemo, QT_TRANSLATE_NOOP("Rules", "seller memo"), QT_TRANSLATE_NOOP("Rules", "no seller memo"));
    if (!c.memoWords.isEmpty())
        parts << QCoreApplication::translate("Rules", "memo contains %1").arg(c.memoWords.join(QLatin1Char('/')));
    tri(c.openRefund, QT_TRANSLATE_NOOP("Rules", "open refund"), QT_TRANSLATE_NOOP("Rules", "no open refund"));
    tri(c.allMapped, QT_TRANSLATE_NOOP("Rules", "all goods mapped"), QT_TRANSLATE_NOOP("Rules", "goods not mapped"));
    if (c.minPaidFen || c.maxPaidFen)
        parts << QCoreApplication::translate("Rules", "paid %1–%2")
                     .arg(c.minPaidFen ? Money::fromFen(*c.minPaidFen).toString() : QStringLiteral("0"),
                          c.maxPaidFen ? Money::fromFen(*c.maxPaidFen).toString() : QStringLiteral("∞"));
    if (!c.regions.isEmpty())
        parts << QCoreApplication::translate("Rules", "to %1").arg(c.regions.join(QLatin1Char('/')));
    tri(c.blacklisted, QT_TRANSLATE_NOOP("Rules", "buyer on the blacklist"), QT_TRANSLATE_NOOP("Rules", "buyer not on the blacklist"));
    tri(c.addressProblem, QT_TRANSLATE_NOOP("Rules", "address problem"), QT_TRANSLATE_NOOP("Rules", "address complete"));
    if (!c.createdFrom.isEmpty() || !c.createdTo.isEmpty())
        parts << QCoreApplication::translate("Rules", "ordered %1–%2")
                     .arg(c.createdFrom.isEmpty() ? QStringLiteral("00:00") : c.createdFrom, c.createdTo.isEmpty() ? QStringLiteral("24:00") : c.createdTo);
    if (parts.isEmpty())
        return QCoreApplication::translate("Rules", "every trade");
    return parts.join(QStringLiteral(" · "));
}

} // namespace od::rules
