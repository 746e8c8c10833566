#pragma once
// Reading the mall's JSON fields: lenient about the types the mall really sends (ids as strings or
// numbers, flags as "1", nulls), strict about money and times. Errors name the field's path.
#include "domain/types.h"
#include <QStringList>
#include <nlohmann/json.hpp>

namespace od::push::fields {

Error missing(const QString &field);
Error invalid(const QString &field, const QString &why);
// The member if present and not null.
const nlohmann::json *member(const nlohmann::json &o, const char *key);
// A text field: strings as they are, integers in decimal (ids may come either way). Null → "".
Result<QString> text(const nlohmann::json &o, const char *key, const QString &path, bool required = false);
// A text field whose type does not matter much (names, memos): anything scalar becomes text.
QString looseText(const nlohmann::json &o, const char *key);
// An integer flag/enum: integer or a string of digits. Null/missing → fallback.
Result<int64_t> integer(const nlohmann::json &o, const char *key, const QString &path, int64_t fallback = 0);
// Money: a decimal string ("3.00") or a JSON integer (yuan); JSON floating-point numbers are refused.
// Missing/null/"" → 0 (or missing_field when required).
Result<Money> money(const nlohmann::json &o, const char *key, const QString &path, bool required = false);
// Whether `key` holds an amount at all (present, not null, not "").
bool hasAmount(const nlohmann::json &o, const char *key);
// A platform time; the zero date gives "".
Result<QString> time(const nlohmann::json &o, const char *key, const QString &path, bool required = false);
// Nested JSON sent as a string ("[\"balance\"]"): parsed leniently; a bad one is only a warning.
void nestedJson(const nlohmann::json &o, const char *key, const QString &path, QStringList *warnings);

} // namespace od::push::fields

#define OD_TRY(var, expr)                                                                                                                                      \
    auto var##_r = (expr);                                                                                                                                     \
    if (!var##_r.ok())                                                                                                                                         \
        return var##_r.error();                                                                                                                                \
    auto var = std::move(var##_r).value()
