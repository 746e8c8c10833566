#include "selfcheck.h"

#include "appi18n.h"

#include "storage/database.h"
#include "storage/listrepository.h"
#include "storage/lists.h"
#include "storage/shoprepository.h"
#include "storage/traderepository.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLocale>
#include <QPushButton>
#include <QFile>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QSqlDatabase>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTranslator>
#include <cstdio>
#include <utility>

namespace {

class Report {
public:
    void info(const QString &text) { m_lines << QStringLiteral("     %1").arg(text); }
    bool check(const QString &name, bool ok, const QString &detail = QString())
    {
        m_lines << QStringLiteral("%1 %2%3").arg(ok ? QStringLiteral("OK  ") : QStringLiteral("FAIL"), name,
                                                 detail.isEmpty() ? QString() : QStringLiteral(": ") + detail);
        if (!ok)
            ++m_failures;
        return ok;
    }
    int failures() const { return m_failures; }
    QString text() const { return m_lines.join(QLatin1Char('\n')) + QLatin1Char('\n'); }

private:
    QStringList m_lines;
    int m_failures = 0;
};

bool driverLoads(const QString &driver)
{
    const QString name = QStringLiteral("selfcheck-") + driver;
    bool valid = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        valid = db.isValid();
    }
    QSqlDatabase::removeDatabase(name);
    return valid;
}

// Temporary SQLite database: migrate, store a trade with Chinese text, find it by trigram search.
void checkStorage(Report &r)
{
    QTemporaryDir dir(QDir::temp().filePath(QStringLiteral("orderdesk-selfcheck-XXXXXX")));
    if (!r.check(QStringLiteral("temporary folder"), dir.isValid(), dir.path()))
        return;
    auto config = od::DbConfig::parse(dir.filePath(QStringLiteral("selfcheck.sqlite")));
    if (!r.check(QStringLiteral("database spec"), config.ok(), config.ok() ? QString() : config.error().message))
        return;
    od::Database db(config.value());
    const od::Status migrated = db.migrate();
    if (!r.check(QStringLiteral("SQLite database migrates"), migrated.ok(),
                 migrated.ok() ? QStringLiteral("schema version %1").arg(db.schemaVersion()) : migrated.error().message))
        return;

    od::Shop shop;
    shop.code = QStringLiteral("selfcheck");
    shop.name = QStringLiteral("自检店铺");
    shop.appKey = QStringLiteral("selfcheck");
    auto shopId = od::ShopRepository(db).create(shop);
    if (!r.check(QStringLiteral("shop stored"), shopId.ok(), shopId.ok() ? QString() : shopId.error().message))
        return;

    od::Trade t;
    t.shopId = shopId.value();
    t.tid = QStringLiteral("SC-20261125-0001");
    t.platformStatus = QStringLiteral("WAIT_SELLER_SEND_GOODS");
    t.buyerNick = QStringLiteral("上海家汇商贸");
    t.receiverName = QStringLiteral("张三");
    t.receiverMobile = QStringLiteral("13800000000");
    t.receiverState = QStringLiteral("上海");
    t.receiverCity = QStringLiteral("上海市");
    t.receiverDistrict = QStringLiteral("徐汇区");
    t.receiverAddress = QStringLiteral("漕溪北路88号");
    t.created = t.modified = t.payTime = QStringLiteral("2026-11-25 10:00:00");
    t.paid = true;
    t.goodsTotal = t.paidAmount = od::Money::parse(QStringLiteral("99.00")).value();
    od::TradeLine line;
    line.oid = QStringLiteral("SC-1");
    line.title = QStringLiteral("纯棉T恤");
    line.outerSkuId = QStringLiteral("TS-BLK-XL");
    line.unitPrice = t.goodsTotal;
    t.lines.push_back(line);
    auto upserted = od::TradeRepository(db).upsert({t});
    if (!r.check(QStringLiteral("trade stored (TradeRepository)"), upserted.ok(), upserted.ok() ? QString() : upserted.error().message))
        return;

    od::ListRepository lists(db);
    const od::ListSpec &spec = od::listSpec(od::ListId::PendingImport);
    const auto search = [&](const QString &text) -> std::pair<bool, QString> {
        od::ListRequest req;
        req.filter.text = text;
        auto page = lists.page(spec, req);
        if (!page.ok())
            return {false, page.error().message};
        const bool found = page.value().rows.size() == 1 && page.value().rows.front().values.value(0).toString() == t.tid;
        return {found, QStringLiteral("%1 row(s)").arg(page.value().rows.size())};
    };
    auto [trigram, trigramDetail] = search(QStringLiteral("家汇商"));
    r.check(QStringLiteral("FTS5 trigram search finds \"家汇商\""), trigram, trigramDetail);
    auto [shortText, shortDetail] = search(QStringLiteral("家汇"));
    r.check(QStringLiteral("short search finds \"家汇\""), shortText, shortDetail);
    auto miss = lists.count(spec, od::ListFilter{0, {}, {}, {}, QStringLiteral("不存在的")});
    r.check(QStringLiteral("search for absent text finds nothing"), miss.ok() && miss.value() == 0,
            miss.ok() ? QStringLiteral("%1 row(s)").arg(miss.value()) : miss.error().message);
}

void checkTranslation(Report &r)
{
    QTranslator tr;
    const bool loaded = tr.load(QStringLiteral(":/i18n/orderdesk_zh_CN.qm"));
    r.check(QStringLiteral("Chinese translation loads"), loaded,
            loaded ? (tr.isEmpty() ? QStringLiteral("no messages yet") : QStringLiteral("language %1").arg(tr.language()))
                   : QStringLiteral(":/i18n/orderdesk_zh_CN.qm"));
    const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("translations/orderdesk_zh_CN.qm"));
    if (QFile::exists(beside)) {
        QTranslator file;
        r.check(QStringLiteral("translations/orderdesk_zh_CN.qm loads"), file.load(beside), beside);
    }
    // Qt's own strings (standard buttons, file and print dialogs): qtbase_zh_CN.qm, installed by main()
    // before the self-check when the language is Chinese.
    const QString qtFile = ui::findQtCatalogue(QStringLiteral("zh_CN"));
    r.check(QStringLiteral("Qt's Chinese catalogue found (qtbase_zh_CN.qm)"), !qtFile.isEmpty(), QDir::toNativeSeparators(qtFile));
    if (QLocale().name() == QLatin1String("zh_CN")) {
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        const QString cancel = box.button(QDialogButtonBox::Cancel)->text();
        r.check(QStringLiteral("standard buttons in Chinese"), cancel == QStringLiteral("取消"), QStringLiteral("Cancel → \"%1\"").arg(cancel));
    }
}

} // namespace

int runSelfCheck(const QString &reportPath)
{
    Report r;
    r.info(QStringLiteral("OrderDesk %1 self-check").arg(QCoreApplication::applicationVersion()));
    r.info(QStringLiteral("Qt %1 on %2 (%3), platform plugin \"%4\"")
               .arg(QString::fromLatin1(qVersion()), QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture(), QGuiApplication::platformName()));
    r.info(QStringLiteral("program folder %1").arg(QDir::toNativeSeparators(QCoreApplication::applicationDirPath())));
    r.info(QStringLiteral("SQL drivers: %1").arg(QSqlDatabase::drivers().join(QStringLiteral(", "))));

    r.check(QStringLiteral("SQLite driver loads (QSQLITE)"), driverLoads(QStringLiteral("QSQLITE")));
    r.check(QStringLiteral("PostgreSQL driver loads (QPSQL)"), driverLoads(QStringLiteral("QPSQL")));
    checkStorage(r);
    checkTranslation(r);

    const bool ok = r.failures() == 0;
    const QString text = r.text() + (ok ? QStringLiteral("self-check passed\n") : QStringLiteral("self-check FAILED: %1 check(s)\n").arg(r.failures()));
    fputs(text.toUtf8().constData(), stdout);
    fflush(stdout);
    if (!reportPath.isEmpty()) {
        QFile f(reportPath);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text.toUtf8()) < 0) {
            fprintf(stderr, "cannot write %s\n", qPrintable(reportPath));
            return 3;
        }
    }
    return ok ? 0 : 1;
}
