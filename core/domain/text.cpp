#include "domain/text.h"

#include <QRegularExpression>

#include <QCoreApplication>
#include <QStringView>

namespace od {

Status checkText(const QString &value, const QString &field, int maxLength)
{
    if (value.contains(QChar(u'\0')) || !QStringView(value).isValidUtf16())
        return Error(QStringLiteral("text.invalid"),
                     QCoreApplication::translate("Text", "%1 contains characters that cannot be stored (a NUL character or broken Unicode).").arg(field));
    if (maxLength > 0 && value.size() > maxLength)
        return Error(QStringLiteral("text.too_long"),
                     QCoreApplication::translate("Text", "%1 is too long: %2 characters (at most %3).").arg(field).arg(value.size()).arg(maxLength));
    return {};
}

QString maskMobile(const QString &mobile)
{
    const QString m = mobile.trimmed();
    if (m.isEmpty())
        return {};
    if (m.size() >= 8)
        return m.left(3) + QStringLiteral("****") + m.right(4);
    if (m.size() > 2)
        return QString(m.size() - 2, QLatin1Char('*')) + m.right(2);
    return QStringLiteral("**");
}

QString maskMobilesIn(const QString &text)
{
    static const QRegularExpression mobile(QStringLiteral("(?<!\\d)1[3-9]\\d{9}(?!\\d)"));
    QString out = text;
    QRegularExpressionMatchIterator it = mobile.globalMatch(text);
    // Same length in and out: replacing in place keeps the later matches' offsets valid.
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out.replace(m.capturedStart(), m.capturedLength(), maskMobile(m.captured()));
    }
    return out;
}

} // namespace od
