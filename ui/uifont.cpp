#include "uifont.h"

#include <QDateTimeEdit>
#include <QFontDatabase>
#include <QFontInfo>
#include <QStringList>

namespace ui {

QFont interfaceFont(const QFont &current, const QString &lang)
{
    if (!lang.startsWith(QLatin1String("zh")))
        return current;
    const QFontInfo info(current);
    if (QFontDatabase::writingSystems(info.family()).contains(QFontDatabase::SimplifiedChinese))
        return current;
    const QStringList chinese = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    static const char *const preferred[] = {"Microsoft YaHei UI", "Microsoft YaHei",     "PingFang SC", "Noto Sans CJK SC",
                                            "Source Han Sans SC", "WenQuanYi Micro Hei", "SimSun"};
    QString family;
    for (const char *p : preferred)
        if (chinese.contains(QLatin1String(p))) {
            family = QLatin1String(p);
            break;
        }
    if (family.isEmpty() && !chinese.isEmpty())
        family = chinese.first();
    if (family.isEmpty())
        return current;
    QFont f(current);
    f.setFamilies({family});
    return f;
}

void fitDateTimeEdit(QDateTimeEdit *edit)
{
    const QFontMetrics fm = edit->fontMetrics();
    QString widest = edit->displayFormat();
    for (QChar &c : widest)
        if (c.isLetter())
            c = QLatin1Char('8'); // every field at its widest digit
    // text + frame and margins (about one line height) + the calendar button (about one more)
    edit->setMinimumWidth(fm.horizontalAdvance(widest) + 2 * fm.height() + fm.averageCharWidth());
}

} // namespace ui
