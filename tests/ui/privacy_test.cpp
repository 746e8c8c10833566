// Issue #15: buyers' mobile numbers (PIPL). Lists show them masked (138****5678) whatever the role;
// the trade and order details, their raw payload and Excel exports show them whole only to staff with
// Right::ViewBuyerContact. Checked for an operator (no right) and a supervisor (the right).
#include "backend.h"
#include "domain/text.h"
#include "exporter.h"
#include "interfacepages.h"
#include "tradedetaildialog.h"
#include "uitestutil.h"

#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QtEndian>
#include <zlib.h>

using namespace uitest;

namespace {

const QString kMobile = QStringLiteral("13812345678");
const QString kMasked = QStringLiteral("138****5678");

bool loaded(ListPage &p) { return p.model()->hasLoaded() && !p.model()->isLoading() && !p.model()->isCounting(); }

// Every file inside a zip (the .xlsx), inflated and concatenated: read through the central directory.
QByteArray unzipAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray zip = f.readAll();
    auto u16 = [&](qsizetype at) { return qFromLittleEndian<quint16>(zip.constData() + at); };
    auto u32 = [&](qsizetype at) { return qFromLittleEndian<quint32>(zip.constData() + at); };
    qsizetype eocd = zip.lastIndexOf(QByteArray("PK\x05\x06", 4));
    if (eocd < 0)
        return {};
    const quint16 entries = u16(eocd + 10);
    qsizetype at = qsizetype(u32(eocd + 16));
    QByteArray out;
    for (int e = 0; e < entries && at + 46 <= zip.size(); ++e) {
        const quint16 method = u16(at + 10);
        const quint32 csize = u32(at + 20), usize = u32(at + 24);
        const quint16 nlen = u16(at + 28), xlen = u16(at + 30), clen = u16(at + 32);
        const qsizetype local = qsizetype(u32(at + 42));
        const qsizetype data = local + 30 + u16(local + 26) + u16(local + 28);
        if (method == 0) {
            out += zip.mid(data, csize);
        } else {
            QByteArray buf(qsizetype(usize), '\0');
            z_stream zs{};
            zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(zip.constData() + data));
            zs.avail_in = csize;
            zs.next_out = reinterpret_cast<Bytef *>(buf.data());
            zs.avail_out = usize;
            inflateInit2(&zs, -MAX_WBITS);
            inflate(&zs, Z_FINISH);
            inflateEnd(&zs);
            out += buf;
        }
        at += 46 + nlen + xlen + clen;
    }
    return out;
}

struct Shop {
    od::test::TestDb t;
    Backend backend{t.db()};
    int64_t shop = 0;
    int64_t tradeId = 0;
    explicit Shop(od::Role role)
    {
        backend.setSession({QStringLiteral("u"), QStringLiteral("U"), role});
        shop = makeShop(t.db());
        auto trades = makeTrades(shop, 3);
        trades[0].receiverMobile = kMobile;
        trades[0].rawPayload = QStringLiteral("{\"tid\":\"%1\",\"receiver_mobile\":\"%2\",\"phone\":\"+86 %2\"}").arg(trades[0].tid, kMobile);
        insertTrades(t.db(), trades);
        auto found = od::TradeRepository(t.db()).findByTid(shop, trades[0].tid);
        EXPECT_TRUE(found.ok() && found.value());
        tradeId = found.ok() && found.value() ? found.value()->id : 0;
    }
    QString exported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.xlsx"));
        const ExportResult r = exportList(t.db(), od::ListId::PendingImport, {}, QStringLiteral("modified"), true, {}, path, {}, nullptr,
                                          backend.may(od::Right::ViewBuyerContact));
        EXPECT_TRUE(r.error.isEmpty()) << r.error.toStdString();
        EXPECT_EQ(r.rows, 3);
        return QString::fromUtf8(unzipAll(path));
    }
    QString detail()
    {
        TradeDetailDialog dlg(backend, tradeId);
        EXPECT_TRUE(waitFor([&] { return dlg.isLoaded(); }));
        QString all = dlg.raw()->toPlainText();
        for (QLabel *l : dlg.findChildren<QLabel *>())
            all += QLatin1Char('\n') + l->text();
        return all;
    }
};

} // namespace

TEST(Privacy, MaskingRule)
{
    EXPECT_EQ(od::maskMobile(kMobile), kMasked);
    EXPECT_EQ(od::maskMobile(QString()), QString());
    EXPECT_EQ(od::maskMobile(QStringLiteral("12345")), QStringLiteral("***45"));
    EXPECT_EQ(od::maskMobilesIn(QStringLiteral("a 13812345678, 15900001111 / 2381234567890 b")),
              QStringLiteral("a 138****5678, 159****1111 / 2381234567890 b"));
}

TEST(Privacy, AnOperatorSeesMobilesMaskedInTheListTheDetailAndTheExport)
{
    Shop s(od::Role::Operator);
    ASSERT_FALSE(s.backend.may(od::Right::ViewBuyerContact));
    PendingImportPage page(s.backend);
    page.resize(1200, 500);
    page.show();
    page.refresh();
    ASSERT_TRUE(waitFor([&] { return loaded(page); }));
    const int row = page.model()->rowOfId(s.tradeId);
    const int col = page.model()->spec().columnIndex(QStringLiteral("receiver_mobile"));
    ASSERT_GE(row, 0);
    ASSERT_GE(col, 0);
    EXPECT_EQ(page.model()->data(page.model()->index(row, col), Qt::DisplayRole).toString(), kMasked);
    EXPECT_EQ(page.model()->rawValue(row, col).toString(), kMasked); // not even held whole by the GUI

    const QString detail = s.detail();
    EXPECT_TRUE(detail.contains(kMasked)) << detail.toStdString();
    EXPECT_FALSE(detail.contains(kMobile)) << detail.toStdString();

    const QString sheet = s.exported();
    EXPECT_TRUE(sheet.contains(kMasked));
    EXPECT_FALSE(sheet.contains(kMobile));
}

TEST(Privacy, ASupervisorSeesThemWholeInTheDetailAndTheExportButMaskedInTheList)
{
    Shop s(od::Role::Supervisor);
    ASSERT_TRUE(s.backend.may(od::Right::ViewBuyerContact));
    PendingImportPage page(s.backend);
    page.resize(1200, 500);
    page.show();
    page.refresh();
    ASSERT_TRUE(waitFor([&] { return loaded(page); }));
    const int row = page.model()->rowOfId(s.tradeId);
    const int col = page.model()->spec().columnIndex(QStringLiteral("receiver_mobile"));
    EXPECT_EQ(page.model()->data(page.model()->index(row, col), Qt::DisplayRole).toString(), kMasked);

    const QString detail = s.detail();
    EXPECT_TRUE(detail.contains(kMobile)) << detail.toStdString();

    const QString sheet = s.exported();
    EXPECT_TRUE(sheet.contains(kMobile));
}
