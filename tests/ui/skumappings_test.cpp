// Issue #15: 商品对应 editable on its own page — add, edit and remove mappings through the page's
// actions and editor, written by the core SkuMappingService (audited).
#include "backend.h"
#include "batchdialog.h"
#include "filterbar.h"
#include "skumappingspage.h"
#include "storage/sql.h"
#include "uitestutil.h"
#include "workflow/skumapping.h"

#include <QAction>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

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
    auto audited = od::sql::scalar(t.db().connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action IN ('mapping.set', 'mapping.remove') AND user_login = 'li'"));
    ASSERT_TRUE(audited.ok());
    EXPECT_EQ(audited.value(), 3);
    batch->close();
}
