#include "platforms/mall/mallfields.h"

#include <QCoreApplication>

namespace od::push::fields {

using nlohmann::json;

Error missing(const QString &field)
{
    return Error(QStringLiteral("push.missing_field"), QCoreApplication::translate("Push", "Required field \"%1\" is missing.").arg(field));
}

Error invalid(const QString &field, const QString &why)
{
    return Error(QStringLiteral("push.invalid_field"), QCoreApplication::translate("Push", "Field \"%1\" is invalid: %2").arg(field, why));
}

const json *member(const json &o, const char *key)
{
    if (!o.is_object())
        return nullptr;
    auto it = o.find(key);
    if (it == o.end() || it->is_null())
        return nullptr;
    return &*it;
}

Result<QString> text(const json &o, const char *key, const QString &path, bool required)
{
    const json *v = member(o, key);
    if (!v)
        return required ? Result<QString>(missing(path)) : Result<QString>(QString());
    if (v->is_string())
        return QString::fromStdString(v->get<std::string>());
    if (v->is_number_integer())
        return v->is_number_unsigned() ? QString::number(v->get<uint64_t>()) : QString::number(v->get<int64_t>());
    return invalid(path, QCoreApplication::translate("Push", "expected a string"));
}

QString looseText(const json &o, const char *key)
{
    const json *v = member(o, key);
    if (!v)
        return {};
    if (v->is_string())
        return QString::fromStdString(v->get<std::string>());
    if (v->is_number_integer() || v->is_boolean())
        return QString::fromStdString(v->dump());
    return {};
}

Result<int64_t> integer(const json &o, const char *key, const QString &path, int64_t fallback)
{
    const json *v = member(o, key);
    if (!v)
        return fallback;
    if (v->is_number_integer())
        return v->get<int64_t>();
    if (v->is_boolean())
        return int64_t(v->get<bool>());
    if (v->is_string()) {
        const QString s = QString::fromStdString(v->get<std::string>()).trimmed();
        if (s.isEmpty())
            return fallback;
        bool ok = false;
        const qlonglong n = s.toLongLong(&ok);
        if (ok)
            return int64_t(n);
    }
    return invalid(path, QCoreApplication::translate("Push", "expected an integer"));
}

// Money: a decimal string ("3.00") or a JSON integer (yuan). JSON floating-point numbers are
// refused: 0.1 + 0.2 style rounding has no place in money.
Result<Money> money(const json &o, const char *key, const QString &path, bool required)
{
    const json *v = member(o, key);
    if (!v)
        return required ? Result<Money>(missing(path)) : Result<Money>(Money());
    if (v->is_string()) {
        const QString s = QString::fromStdString(v->get<std::string>()).trimmed();
        if (s.isEmpty())
            return required ? Result<Money>(missing(path)) : Result<Money>(Money());
        auto m = Money::parse(s);
        if (!m.ok())
            return invalid(path, QCoreApplication::translate("Push", "\"%1\" is not an amount of money").arg(s.left(40)));
        return m;
    }
    if (v->is_number_integer()) {
        if (v->is_number_unsigned() && v->get<uint64_t>() > uint64_t(INT64_MAX))
            return invalid(path, QCoreApplication::translate("Push", "the amount is too large"));
        auto m = Money::fromFen(100).times(v->get<int64_t>());
        if (!m.ok())
            return invalid(path, QCoreApplication::translate("Push", "the amount is too large"));
        return m;
    }
    if (v->is_number_float())
        return invalid(path,
                       QCoreApplication::translate("Push",
                                                   "a floating-point number is not accepted for money; "
                                                   "send a decimal string such as \"3.00\""));
    return invalid(path, QCoreApplication::translate("Push", "expected a decimal string such as \"3.00\""));
}

bool hasAmount(const json &o, const char *key)
{
    const json *v = member(o, key);
    return v && !(v->is_string() && QString::fromStdString(v->get<std::string>()).trimmed().isEmpty());
}

Result<QString> time(const json &o, const char *key, const QString &path, bool required)
{
    const json *v = member(o, key);
    if (!v)
        return required ? Result<QString>(missing(path)) : Result<QString>(QString());
    if (!v->is_string())
        return invalid(path, QCoreApplication::translate("Push", "expected a time \"yyyy-MM-dd HH:mm:ss\""));
    const QString s = QString::fromStdString(v->get<std::string>());
    auto t = parsePlatformTime(s);
    if (!t.ok())
        return invalid(path, QCoreApplication::translate("Push", "\"%1\" is not a valid time").arg(s.left(40)));
    if (required && t->isEmpty())
        return missing(path);
    return t;
}

void nestedJson(const json &o, const char *key, const QString &path, QStringList *warnings)
{
    const json *v = member(o, key);
    if (!v || !v->is_string())
        return;
    const std::string &s = v->get_ref<const std::string &>();
    if (s.empty())
        return;
    if (json::parse(s, nullptr, false).is_discarded())
        *warnings << QCoreApplication::translate("Push", "Field \"%1\" holds text that is not valid JSON; ignored.").arg(path);
}

} // namespace od::push::fields
