#pragma once
// Reading TOP's JSON answers: shared by the client and the answer parsers.
#include <QString>
#include <nlohmann/json.hpp>

namespace od::top::detail {

// A JSON field as text: ids may arrive as numbers and must stay exact.
inline QString text(const nlohmann::json &j, const char *key)
{
    auto it = j.find(key);
    if (it == j.end() || it->is_null())
        return {};
    if (it->is_string())
        return QString::fromStdString(it->get<std::string>());
    if (it->is_number_unsigned())
        return QString::number(it->get<std::uint64_t>());
    if (it->is_number_integer())
        return QString::number(it->get<std::int64_t>());
    if (it->is_boolean())
        return it->get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
    return QString::fromStdString(it->dump());
}

// The array inside a wrapper ("trades":{"trade":[...]}), or null when absent.
inline const nlohmann::json *list(const nlohmann::json &body, const char *wrapper, const char *item)
{
    auto w = body.find(wrapper);
    if (w == body.end() || !w->is_object())
        return nullptr;
    auto l = w->find(item);
    if (l == w->end() || !l->is_array())
        return nullptr;
    return &*l;
}

} // namespace od::top::detail
