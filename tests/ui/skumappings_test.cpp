// Issue #15: 商品对应 editable on its own page — add, edit and remove mappings through the page's
// actions and editor, written by the core SkuMappingService (audited).
#include "backend.h"
#include "batchdialog.h"
#include "exporter.h"
#include "filterbar.h"
#include "skumappingimportdialog.h"
#include "skumappingspage.h"
#include "storage/sql.h"
#include "uitestutil.h"
#include "workflow/skumapping.h"
#include "workflow/skumappingimport.h"

#include <QAction>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>

using namespace uitest;

namespace {
bool loaded(ListPage &p) { return p.model()->hasLoaded() && !p.model()->isLoading() && !p.model()->isCounting(); }

std::vector<od::SkuMapping> mappings(od::Database &db, int64_t shop)
{
    auto r = od::SkuMappingService(db).mappings(shop);
    EXPECT_TRUE(r.ok());
    return r.ok() ? r.value() : std::vector<od::SkuMapping>{};
}
} // namespace

TEST(SkuMappingsPage, AddEditAndRemoveAMapping)
{
    od::test::TestDb t;
    Backend backend(t.db());
    backend.setSession({QStringLiteral("li"), QStringLiteral("李客服"), od::Role::Operator});
    makeShop(t.db(), QStringLiteral("a"));
    const int64_t shop = makeShop(t.db(), QStringLiteral("b"));
    SkuMappingsPage page(backend);
    page.resize(1100, 500);
    page.show();
    page.refresh();
    ASSERT_TRUE(waitFor([&] { return loaded(page) && page.filterBar()->shopBox()->count() == 3; }));
    EXPECT_EQ(page.model()->totalCount(), 0);

    // 新增: OK only once item and goods code are there.
    ASSERT_TRUE(page.action(ui::ActionId::AddSkuMapping)->isEnabled());
    page.action(ui::ActionId::AddSkuMapping)->trigger();
    ASSERT_TRUE(waitFor([&] { return page.lastEditor() != nullptr && page.lastEditor()->isVisible(); }, 5000));
    SkuMappingEditDialog *dlg = page.lastEditor();
    dlg->shopBox()->setCurrentIndex(dlg->shopBox()->findData(QVariant::fromValue<qint64>(shop)));
    EXPECT_FALSE(dlg->okButton()->isEnabled());
    QTest::keyClicks(dlg->itemEdit(), QStringLiteral("600000000123"));
    QTest::keyClicks(dlg->skuEdit(), QStringLiteral("600000000123-XL"));
    EXPECT_FALSE(dlg->okButton()->isEnabled());
    QTest::keyClicks(dlg->codeEdit(), QStringLiteral("TS-001-XL"));
    ASSERT_TRUE(dlg->okButton()->isEnabled()) << dlg->messageLabel()->text().toStdString();
    QTest::mouseClick(dlg->okButton(), Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return mappings(t.db(), shop).size() == 1; }));
    EXPECT_EQ(mappings(t.db(), shop)[0].skuCode, QStringLiteral("TS-001-XL"));
    ASSERT_TRUE(waitFor([&] { return loaded(page) && page.model()->totalCount() == 1; }));

    // 编辑: the key stays, the goods code changes.
    page.view()->selectionModel()->select(page.model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    ASSERT_TRUE(page.action(ui::ActionId::EditSkuMappingRow)->isEnabled());
    page.action(ui::ActionId::EditSkuMappingRow)->trigger();
    ASSERT_TRUE(waitFor([&] { return page.lastEditor() != nullptr && page.lastEditor()->isVisible(); }, 5000));
    dlg = page.lastEditor();
    EXPECT_EQ(dlg->itemEdit()->text(), QStringLiteral("600000000123"));
    EXPECT_TRUE(dlg->itemEdit()->isReadOnly());
    dlg->codeEdit()->selectAll();
    QTest::keyClicks(dlg->codeEdit(), QStringLiteral("TS-002-XL"));
    QTest::mouseClick(dlg->okButton(), Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] {
        const auto m = mappings(t.db(), shop);
        return m.size() == 1 && m[0].skuCode == QStringLiteral("TS-002-XL");
    }));

    // 删除.
    ASSERT_TRUE(waitFor([&] { return loaded(page) && page.model()->totalCount() == 1; }));
    page.view()->selectionModel()->select(page.model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    page.action(ui::ActionId::RemoveSkuMapping)->trigger();
    ASSERT_TRUE(waitFor([&] { return page.lastBatchDialog() != nullptr; }, 5000));
    BatchDialog *batch = page.lastBatchDialog();
    ASSERT_TRUE(waitFor([&] { return !batch->runner()->isRunning() && batch->okCount() == 1; }));
    EXPECT_TRUE(mappings(t.db(), shop).empty());
    ASSERT_TRUE(waitFor([&] { return loaded(page) && page.model()->totalCount() == 0; }));
    auto audited = od::sql::scalar(t.db().connection(),
                                   QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action IN ('mapping.set', 'mapping.remove') AND user_login = 'li'"));
    ASSERT_TRUE(audited.ok());
    EXPECT_EQ(audited.value(), 3);
    batch->close();
}

// 从 Excel 导入: a 3-row workbook with one bad row → the two good mappings are written (audited), the
// bad row stays in the dialog with its reason and can be exported; the list's own export reads back
// as an import of the same mappings (export → edit → import round-trips).
TEST(SkuMappingsPage, ImportFromExcelWritesGoodRowsAndKeepsTheBadOneWithItsReason)
{
    od::test::TestDb t;
    Backend backend(t.db());
    backend.setSession({QStringLiteral("li"), QStringLiteral("李客服"), od::Role::Operator});
    const int64_t a = makeShop(t.db(), QStringLiteral("a"));
    const int64_t b = makeShop(t.db(), QStringLiteral("b"));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("商品对应.xlsx"));
    ASSERT_EQ(writeXlsx(file, QStringLiteral("Sheet1"),
                        {QStringLiteral("店铺"), QStringLiteral("平台商品ID"), QStringLiteral("平台SKU ID"), QStringLiteral("商家编码")},
                        {{QStringLiteral("店铺 a"), QStringLiteral("600000000123"), QStringLiteral("600000000123-XL"), QStringLiteral("TS-001-XL")},
                         {QStringLiteral("不存在的店"), QStringLiteral("600000000124"), QString(), QStringLiteral("TS-002")},
                         {QStringLiteral("店铺 b"), QStringLiteral("700000000001"), QString(), QStringLiteral("CUP-01")}}),
              QString());

    SkuMappingsPage page(backend);
    page.resize(1100, 500);
    page.show();
    page.refresh();
    ASSERT_TRUE(waitFor([&] { return loaded(page) && page.filterBar()->shopBox()->count() == 3; }));
    ASSERT_TRUE(page.action(ui::ActionId::ImportSkuMappings)->isEnabled());
    SkuImportDialog *dlg = page.importFile(file);
    ASSERT_TRUE(waitFor([&] { return dlg->isLoaded(); }));
    ASSERT_EQ(dlg->rows().size(), 3u);
    EXPECT_EQ(dlg->rows()[1].outcome, od::SkuImportRow::Outcome::Refused);
    EXPECT_EQ(dlg->rows()[1].sheetRow, 3);
    ASSERT_TRUE(dlg->importButton()->isEnabled()) << dlg->summaryLabel()->text().toStdString();
    QTest::mouseClick(dlg->importButton(), Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return dlg->isApplied(); }));

    ASSERT_EQ(mappings(t.db(), a).size(), 1u);
    EXPECT_EQ(mappings(t.db(), a)[0].skuCode, QStringLiteral("TS-001-XL"));
    EXPECT_EQ(mappings(t.db(), a)[0].platformSkuId, QStringLiteral("600000000123-XL"));
    ASSERT_EQ(mappings(t.db(), b).size(), 1u);
    EXPECT_EQ(mappings(t.db(), b)[0].skuCode, QStringLiteral("CUP-01"));
    EXPECT_TRUE(dlg->summaryLabel()->text().startsWith(QStringLiteral("2 added, 0 updated, 0 unchanged, 1 refused")))
        << dlg->summaryLabel()->text().toStdString();
    // The bad row is still on screen, with its reason.
    ASSERT_EQ(dlg->view()->model()->rowCount(), 3);
    const QString shown = dlg->view()->model()->index(1, 5).data().toString();
    EXPECT_TRUE(shown.contains(QStringLiteral("不存在的店"))) << shown.toStdString();
    EXPECT_EQ(dlg->view()->model()->index(1, 2).data().toString(), QStringLiteral("600000000124"));
    EXPECT_FALSE(dlg->importButton()->isEnabled());
    ASSERT_TRUE(waitFor([&] { return loaded(page) && page.model()->totalCount() == 2; }));
    auto audited = od::sql::scalar(t.db().connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'mapping.set' AND user_login = 'li'"));
    ASSERT_TRUE(audited.ok());
    EXPECT_EQ(audited.value(), 2);

    // The refused row exported: the same columns, its reason last; read back it is refused again.
    const QString refused = dir.filePath(QStringLiteral("refused.xlsx"));
    bool written = false;
    QString error = QStringLiteral("?");
    dlg->exportRefused(refused, [&](const QString &e) {
        error = e;
        written = true;
    });
    ASSERT_TRUE(waitFor([&] { return written; }));
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    auto back = od::io::readTableFile(refused);
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    ASSERT_EQ(back->rows.size(), 2u);
    EXPECT_EQ(back->rows[1].cells.value(1), QStringLiteral("600000000124"));
    EXPECT_FALSE(back->rows[1].cells.value(4).isEmpty());
    dlg->close();

    // The list's Export to Excel → import: the same two mappings, nothing to change.
    const QString exported = dir.filePath(QStringLiteral("export.xlsx"));
    const ExportResult ex = exportList(t.db(), od::ListId::SkuMappings, {}, QStringLiteral("updated_at"), true, {}, exported);
    ASSERT_TRUE(ex.error.isEmpty()) << ex.error.toStdString();
    auto table = od::io::readTableFile(exported);
    ASSERT_TRUE(table.ok());
    auto shops = od::ShopRepository(t.db()).all();
    ASSERT_TRUE(shops.ok());
    auto plan = od::planSkuImport(table.value(), shops.value(), 0);
    ASSERT_TRUE(plan.ok()) << plan.error().message.toStdString();
    std::vector<od::SkuImportRow> rows = plan->rows;
    ASSERT_EQ(rows.size(), 2u);
    auto again = backend.importSkuMappings(rows);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->unchanged, 2);
    EXPECT_EQ(again->added + again->updated + again->refused, 0);
}
