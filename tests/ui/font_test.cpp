// In Chinese the interface font has the Chinese glyphs itself (./dev installs fonts-noto-cjk), so no
// style sizes a title from one font and draws it in a taller fallback; other languages keep theirs.
#include "uifont.h"

#include <QFontDatabase>
#include <QFontInfo>
#include <QList>
#include <gtest/gtest.h>

namespace {
TEST(InterfaceFont, ChineseUsesAFontWithChineseGlyphs)
{
    QFont latinOnly(QStringLiteral("DejaVu Sans"), 9);
    const QFont zh = ui::interfaceFont(latinOnly, QStringLiteral("zh_CN"));
    EXPECT_TRUE(QFontDatabase::writingSystems(QFontInfo(zh).family()).contains(QFontDatabase::SimplifiedChinese)) << QFontInfo(zh).family().toStdString();
    EXPECT_EQ(zh.pointSize(), 9);
    EXPECT_EQ(ui::interfaceFont(latinOnly, QStringLiteral("en")), latinOnly);
}
} // namespace
