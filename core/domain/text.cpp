#include "domain/text.h"

#include <QCoreApplication>
#include <QStringView>

namespace od {

Status checkText(const QString &value, const QString &field, int maxLength)
{
    if (value.contains(QChar(u'\0')) || !QStringView(value).isValidUtf16())
        return Error(QStringLiteral("text.invalid"),
                     QCoreApplication::translate("Text", "%1 contains characters that cannot be stored (a NUL character or broken Unicode).")
                         .arg(field));
    if (maxLength > 0 && value.size() > maxLength)
        return Error(QStringLiteral("text.too_long"),
                     QCoreApplication::translate("Text", "%1 is too long: %2 characters (at most %3).").arg(field).arg(value.size()).arg(maxLength));
    return {};
}

} // namespace od
