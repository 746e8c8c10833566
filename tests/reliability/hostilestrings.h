#pragma once
// The hostile strings every search and every text field gets in the reliability tests: SQL and
// LIKE metacharacters, injections, FTS5 query syntax, a 100 KB string, broken Unicode (what is left
// of non-UTF-8 bytes after decoding, lone surrogates), NUL, emoji.
#include <QString>
#include <QStringList>
#include <vector>

namespace rel {

struct Hostile {
    const char *what;
    QString text;
};

inline std::vector<Hostile> hostileStrings()
{
    const QChar nul(u'\0');
    return {
        {"quote", QStringLiteral("'")},
        {"double quote", QStringLiteral("\"")},
        {"percent", QStringLiteral("%")},
        {"underscore", QStringLiteral("_")},
        {"backslash", QStringLiteral("\\")},
        {"comment", QStringLiteral(";--")},
        {"or 1=1", QStringLiteral("' OR 1=1 --")},
        {"union", QStringLiteral("%' UNION SELECT id, tid FROM trades --")},
        {"drop", QStringLiteral("x'); DROP TABLE trades; --")},
        {"fts quote pair", QStringLiteral("\"\"")},
        {"fts near", QStringLiteral("NEAR(")},
        {"fts star", QStringLiteral("*")},
        {"fts and", QStringLiteral("AND")},
        {"fts column", QStringLiteral("col:x")},
        {"fts column real", QStringLiteral("search_text:o")},
        {"fts operators", QStringLiteral("a OR b NOT c")},
        {"fts caret", QStringLiteral("^abc")},
        {"literal nick", QStringLiteral("O'Brien%_")},
        {"literal nick lower part", QStringLiteral("brien%_")},
        {"percent underscore", QStringLiteral("%_")},
        {"escaped-looking", QStringLiteral("\\%")},
        {"100 KB", QString(100 * 1024, QLatin1Char('x'))},
        {"100 KB mixed", QStringLiteral("'\"%_\\;").repeated(100 * 1024 / 6)},
        {"non-UTF-8 bytes (decoded)", QString::fromUtf8("\xff\xfe\xc3\x28 bad")},
        {"lone high surrogate", QString(QChar(0xD800))},
        {"lone low surrogate inside", QStringLiteral("ab") + QChar(0xDC00) + QStringLiteral("c")},
        {"NUL", QString(nul)},
        {"NUL inside", QStringLiteral("a") + nul + QStringLiteral("b")},
        {"emoji", QStringLiteral("😀")},
        {"emoji and a letter", QStringLiteral("😀x")},
        {"emoji row", QStringLiteral("😀x小店")},
        {"chinese", QStringLiteral("张三")},
        {"whitespace", QStringLiteral("   ")},
        {"newline", QStringLiteral("a\nb")},
    };
}

} // namespace rel
