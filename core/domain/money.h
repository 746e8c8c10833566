#pragma once
// Money is an exact integer count of fen (0.01 CNY). Never a double.
#include "domain/result.h"
#include <QMetaType>
#include <QString>
#include <QStringView>
#include <compare>
#include <cstdint>

namespace od {

class Money {
public:
    constexpr Money() = default;
    static constexpr Money fromFen(int64_t fen) { return Money(fen); }

    // Exact parse of a platform decimal string: "3.00", "0.1", "12", "-1.50".
    // Errors on "", "abc", "1e3", "3.001", "1,000", NaN/inf words and values that overflow.
    static Result<Money> parse(QStringView text);
    // Convenience for JSON: accepts a string or an integer amount in yuan ("3.00" or 3).
    static Result<Money> parseLenient(QStringView text) { return parse(text.trimmed()); }

    constexpr int64_t fen() const { return m_fen; }
    QString toString() const; // "3.00", "-0.50"
    bool isZero() const { return m_fen == 0; }

    // Checked arithmetic: overflow is an error, never a silent wrap.
    Result<Money> plus(Money o) const;
    Result<Money> minus(Money o) const;
    Result<Money> times(int64_t n) const;

    constexpr auto operator<=>(const Money &) const = default;

private:
    constexpr explicit Money(int64_t fen) : m_fen(fen) { }
    int64_t m_fen = 0;
};

// Platform time strings: "yyyy-MM-dd HH:mm:ss" (Beijing time). "0000-00-00 00:00:00", "" and null
// mean "not set" and give an empty string; anything else that is not a real date is an error.
Result<QString> parsePlatformTime(QStringView text);
bool isValidPlatformTime(QStringView text);

} // namespace od

Q_DECLARE_METATYPE(od::Money)
