// The spreadsheet readers behind the 商品对应 import: .xlsx files written by libxlsxwriter (as Excel and
// the app's own export write them) read back cell by cell; CSV in UTF-8 and GB18030; damaged, hostile
// and oversized files end in an error that says why, never a crash.
#include "io/tablereader.h"
#include "qtprint.h"

#include <QFile>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <random>
#include <xlsxwriter.h>

using od::io::Table;
using od::io::TableLimits;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    return f.readAll();
}

// A workbook of the shape staff send: a header, strings (Chinese too), numbers, gaps.
QString writeSample(const QTemporaryDir &dir, int extraRows = 0)
{
    const QString path = dir.filePath(QStringLiteral("sample.xlsx"));
    lxw_workbook *wb = workbook_new(path.toUtf8().constData());
    lxw_worksheet *ws = workbook_add_worksheet(wb, "商品对应");
    lxw_worksheet *second = workbook_add_worksheet(wb, "other");
    worksheet_write_string(second, 0, 0, "not this sheet", nullptr);
    worksheet_write_string(ws, 0, 0, "店铺", nullptr);
    worksheet_write_string(ws, 0, 1, "平台商品ID", nullptr);
    worksheet_write_string(ws, 0, 2, "平台SKU ID", nullptr);
    worksheet_write_string(ws, 0, 3, "商品编码", nullptr);
    worksheet_write_string(ws, 1, 0, "淘宝旗舰店", nullptr);
    worksheet_write_number(ws, 1, 1, 600000000123.0, nullptr); // an id typed as a number
    worksheet_write_string(ws, 1, 2, "600000000123-XL", nullptr);
    worksheet_write_string(ws, 1, 3, "TS-001-BK-XL", nullptr);
    // Row 3 left empty; row 4 has a gap in column C and a decimal.
    worksheet_write_string(ws, 3, 1, "A-2", nullptr);
    worksheet_write_number(ws, 3, 3, 12.5, nullptr);
    worksheet_write_boolean(ws, 3, 5, 1, nullptr);
    worksheet_write_string(ws, 3, 0, "淘宝旗舰店", nullptr); // written out of order
    for (int i = 0; i < extraRows; ++i) {
        worksheet_write_string(ws, lxw_row_t(10 + i), 1, "item-with-a-long-name-to-take-room", nullptr);
        worksheet_write_number(ws, lxw_row_t(10 + i), 3, i, nullptr);
    }
    EXPECT_EQ(workbook_close(wb), LXW_NO_ERROR);
    return path;
}

} // namespace

TEST(XlsxReader, ReadsTheFirstSheetWithStringsNumbersAndGaps)
{
    QTemporaryDir dir;
    auto r = od::io::readTableFile(writeSample(dir));
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    const Table &t = r.value();
    EXPECT_EQ(t.sheetName, QStringLiteral("商品对应"));
    ASSERT_EQ(t.rows.size(), 3u);
    EXPECT_EQ(t.rows[0].number, 1);
    EXPECT_EQ(t.rows[0].cells, (QStringList{"店铺", "平台商品ID", "平台SKU ID", "商品编码"}));
    EXPECT_EQ(t.rows[1].number, 2);
    EXPECT_EQ(t.rows[1].cells, (QStringList{"淘宝旗舰店", "600000000123", "600000000123-XL", "TS-001-BK-XL"}));
    EXPECT_EQ(t.rows[2].number, 4); // the empty row 3 is skipped, the numbering kept
    EXPECT_EQ(t.rows[2].cells, (QStringList{"淘宝旗舰店", "A-2", "", "12.5", "", "TRUE"}));
}

TEST(XlsxReader, InlineStringsRichTextAndStoredEntries)
{
    // The seed of the fuzz corpus: written by hand (Python's zipfile), stored and deflated.
    for (const char *name : {"deflated.xlsx", "stored.xlsx"}) {
        auto r = od::io::readXlsx(fileBytes(QStringLiteral(ORDERDESK_CORPUS "/") + QLatin1String(name)));
        ASSERT_TRUE(r.ok()) << name << ": " << r.error().message.toStdString();
        ASSERT_EQ(r->rows.size(), 3u);
        EXPECT_EQ(r->rows[0].cells, (QStringList{"平台商品ID", "", "商品编码"}));
        EXPECT_EQ(r->rows[1].cells, (QStringList{"600000000123", "", "TS-001"})); // rich text without its phonetic run
        EXPECT_EQ(r->rows[2].cells, (QStringList{"6.1E+3", "TRUE", "1.5"})); // inline text stays text
    }
}

TEST(XlsxReader, DamagedFilesGiveAnErrorNotACrash)
{
    QTemporaryDir dir;
    const QByteArray good = fileBytes(writeSample(dir));
    ASSERT_TRUE(od::io::readXlsx(good).ok());
    // Cut off anywhere: an error with a message (a cut in the last bytes may still leave a readable file).
    int errors = 0;
    for (qsizetype n = 0; n < good.size(); n += 97) {
        auto r = od::io::readXlsx(good.left(n));
        if (!r.ok()) {
            ++errors;
            EXPECT_FALSE(r.error().message.isEmpty());
        }
    }
    EXPECT_GT(errors, 10);
    // Garbage, and bytes flipped at random in a real file: whatever comes back, no crash.
    EXPECT_FALSE(od::io::readXlsx(QByteArray("PK\x03\x04 this is not a zip at all")).ok());
    EXPECT_FALSE(od::io::readXlsx(QByteArray(5000, '\xff')).ok());
    EXPECT_EQ(od::io::readTableFile(dir.filePath(QStringLiteral("missing.xlsx"))).error().code, QStringLiteral("table.open"));
    std::mt19937 rng(15);
    for (int i = 0; i < 400; ++i) {
        QByteArray bad = good;
        for (int k = 0; k < 4; ++k)
            bad[qsizetype(rng() % quint32(bad.size()))] = char(rng());
        auto r = od::io::readXlsx(bad);
        if (!r.ok()) {
            EXPECT_FALSE(r.error().message.isEmpty());
        }
    }
    // An old .xls is named as such.
    QFile xls(dir.filePath(QStringLiteral("old.xls")));
    ASSERT_TRUE(xls.open(QIODevice::WriteOnly));
    xls.write(QByteArray("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8));
    xls.close();
    EXPECT_EQ(od::io::readTableFile(xls.fileName()).error().code, QStringLiteral("table.xls"));
}

TEST(XlsxReader, SizesAreCapped)
{
    QTemporaryDir dir;
    const QByteArray big = fileBytes(writeSample(dir, 20000));
    ASSERT_TRUE(od::io::readXlsx(big).ok());
    // The inflated parts count against one budget: a small file that unpacks large is refused.
    TableLimits small;
    small.maxInflatedBytes = 256 * 1024;
    ASSERT_LT(big.size(), small.maxInflatedBytes);
    auto r = od::io::readXlsx(big, small);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, QStringLiteral("xlsx.too_big"));
    TableLimits rows;
    rows.maxRows = 1000;
    EXPECT_EQ(od::io::readXlsx(big, rows).error().code, QStringLiteral("table.too_many_rows"));
    TableLimits file;
    file.maxFileBytes = 1000;
    EXPECT_EQ(od::io::readXlsx(big, file).error().code, QStringLiteral("table.too_big"));
}

TEST(CsvReader, Utf8Gb18030QuotesAndSeparators)
{
    auto r = od::io::readCsv(QByteArray("\xEF\xBB\xBF")
                             + QStringLiteral("店铺,平台商品ID,商品编码\r\n淘宝旗舰店, 6001 ,\"TS,1\"\r\n\r\n,\"a \"\"b\"\"\nc\",x\n").toUtf8());
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    ASSERT_EQ(r->rows.size(), 3u);
    EXPECT_EQ(r->rows[0].cells, (QStringList{"店铺", "平台商品ID", "商品编码"}));
    EXPECT_EQ(r->rows[1].cells, (QStringList{"淘宝旗舰店", "6001", "TS,1"}));
    EXPECT_EQ(r->rows[2].number, 4);
    EXPECT_EQ(r->rows[2].cells, (QStringList{"", "a \"b\"\nc", "x"}));

    QStringEncoder gb("GB18030");
    if (gb.isValid()) {
        auto g = od::io::readCsv(gb(QStringLiteral("平台商品ID\t商品编码\n6001\t衬衫-黑\n")));
        ASSERT_TRUE(g.ok());
        ASSERT_EQ(g->rows.size(), 2u);
        EXPECT_EQ(g->rows[1].cells, (QStringList{"6001", "衬衫-黑"}));
    }
    EXPECT_FALSE(od::io::readCsv(QByteArray("a,\"unterminated\n")).ok());
    EXPECT_FALSE(od::io::readCsv(QByteArray("a\0b", 3)).ok());
}
