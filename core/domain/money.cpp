#include "domain/money.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QTime>
#include <limits>

namespace od {

namespace {
Error moneyError(QStringView text, const char *why)
{
    return Error(QStringLiteral("money.invalid"),
                 QCoreApplication::translate("Money", "Invalid amount \"%1\": %2").arg(text.left(40).toString(), QCoreApplication::translate("Money", why)));
}
} // namespace

Result<Money> Money::parse(QStringView text)
{
    if (text.isEmpty())
        return moneyError(text, QT_TRANSLATE_NOOP("Money", "the amount is empty"));
    qsizetype i = 0;
    bool negative = false;
    if (text[0] == u'-' || text[0] == u'+') {
        negative = text[0] == u'-';
        ++i;
    }
    constexpr int64_t maxFen = std::numeric_limits<int64_t>::max();
    int64_t yuan = 0;
    int intDigits = 0;
    for (; i < text.size() && text[i] != u'.'; ++i) {
        const QChar c = text[i];
        if (c < u'0' || c > u'9')
            return moneyError(text, QT_TRANSLATE_NOOP("Money", "only digits and one decimal point are allowed"));
        const int d = c.unicode() - u'0';
        if (yuan > (maxFen / 100 - d) / 10)
            return moneyError(text, QT_TRANSLATE_NOOP("Money", "the amount is too large"));
        yuan = yuan * 10 + d;
        ++intDigits;
    }
    int64_t cents = 0;
    int fracDigits = 0;
    if (i < text.size()) { // at '.'
        ++i;
        for (; i < text.size(); ++i) {
            const QChar c = text[i];
            if (c < u'0' || c > u'9')
                return moneyError(text, QT_TRANSLATE_NOOP("Money", "only digits and one decimal point are allowed"));
            if (fracDigits == 2)
                return moneyError(text, QT_TRANSLATE_NOOP("Money", "more than two decimal places"));
            cents = cents * 10 + (c.unicode() - u'0');
            ++fracDigits;
        }
        if (fracDigits == 0 && intDigits == 0)
            return moneyError(text, QT_TRANSLATE_NOOP("Money", "no digits"));
    }
    if (intDigits == 0 && fracDigits == 0)
        return moneyError(text, QT_TRANSLATE_NOOP("Money", "no digits"));
    if (fracDigits == 1)
        cents *= 10;
    int64_t fen = 0;
    if (__builtin_add_overflow(yuan * 100, cents, &fen))
        return moneyError(text, QT_TRANSLATE_NOOP("Money", "the amount is too large"));
    return Money(negative ? -fen : fen);
}

QString Money::toString() const
{
    const bool neg = m_fen < 0;
    // careful with INT64_MIN: work in unsigned
    const uint64_t a = neg ? uint64_t(0) - uint64_t(m_fen) : uint64_t(m_fen);
    return QStringLiteral("%1%2.%3").arg(neg ? QStringLiteral("-") : QString()).arg(a / 100).arg(int(a % 100), 2, 10, QLatin1Char('0'));
}

Result<Money> Money::plus(Money o) const
{
    int64_t r;
    if (__builtin_add_overflow(m_fen, o.m_fen, &r))
        return Error(QStringLiteral("money.overflow"), QCoreApplication::translate("Money", "Amount overflow"));
    return Money(r);
}

Result<Money> Money::minus(Money o) const
{
    int64_t r;
    if (__builtin_sub_overflow(m_fen, o.m_fen, &r))
        return Error(QStringLiteral("money.overflow"), QCoreApplication::translate("Money", "Amount overflow"));
    return Money(r);
}

Result<Money> Money::times(int64_t n) const
{
    int64_t r;
    if (__builtin_mul_overflow(m_fen, n, &r))
        return Error(QStringLiteral("money.overflow"), QCoreApplication::translate("Money", "Amount overflow"));
    return Money(r);
}

Result<QString> parsePlatformTime(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty() || t == u"0000-00-00 00:00:00" || t == u"0000-00-00")
        return QString();
    // Read by hand: QDateTime::fromString builds a local time, and every call re-reads the time-zone
    // file (stat of /etc/localtime) — a tenth of the import time. The format is fixed and Beijing
    // time has no daylight saving, so a real calendar date and clock time is all there is to check.
    auto num = [&t](int from, int len) {
        int v = 0;
        for (int i = from; i < from + len; ++i) {
            const char16_t c = t[i].unicode();
            if (c < u'0' || c > u'9')
                return -1;
            v = v * 10 + int(c - u'0');
        }
        return v;
    };
    const bool shape = t.size() == 19 && t[4] == u'-' && t[7] == u'-' && t[10] == u' ' && t[13] == u':' && t[16] == u':';
    const int y = shape ? num(0, 4) : -1, mo = shape ? num(5, 2) : -1, d = shape ? num(8, 2) : -1;
    const int h = shape ? num(11, 2) : -1, mi = shape ? num(14, 2) : -1, sec = shape ? num(17, 2) : -1;
    if (!shape || y < 1 || mo < 0 || d < 0 || h < 0 || mi < 0 || sec < 0 || !QDate::isValid(y, mo, d) || !QTime::isValid(h, mi, sec))
        return Error(QStringLiteral("time.invalid"),
                     QCoreApplication::translate("Money", "Invalid date \"%1\": expected yyyy-MM-dd HH:mm:ss").arg(t.left(40).toString()));
    return t.toString();
}

bool isValidPlatformTime(QStringView text)
{
    auto r = parsePlatformTime(text);
    return r.ok();
}

} // namespace od
