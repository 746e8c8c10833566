#include "skumappingspage.h"

#include "dialogparts.h"
#include "batchdialog.h"
#include "filterbar.h"
#include "skumappingimportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent>

SkuMappingEditDialog::SkuMappingEditDialog(const QList<QPair<qint64, QString>> &shops, const std::optional<od::SkuMapping> &existing, QWidget *parent)
    : QDialog(parent), m_shop(new QComboBox(this)), m_item(new QLineEdit(this)), m_sku(new QLineEdit(this)), m_code(new QLineEdit(this)),
      m_message(new QLabel(this))
{
    setWindowTitle(existing ? tr("Edit goods mapping") : tr("Add goods mapping"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    for (const auto &[id, name] : shops)
        m_shop->addItem(name, QVariant::fromValue<qint64>(id));
    m_item->setPlaceholderText(tr("e.g. 600000000123"));
    m_sku->setPlaceholderText(tr("empty: every SKU of the item"));
    m_code->setPlaceholderText(tr("our goods code, e.g. TS-001-BK-XL"));
    form->addRow(tr("Shop:"), m_shop);
    form->addRow(tr("Platform item ID:"), m_item);
    form->addRow(tr("Platform SKU ID:"), m_sku);
    form->addRow(tr("Goods code:"), m_code);
    layout->addLayout(form);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    m_ok = ui::addOkCancel(this, layout, QString(), [this] {
        if (m_ok->isEnabled())
            accept();
    });
    if (existing) {
        m_id = existing->id;
        m_shop->setCurrentIndex(m_shop->findData(QVariant::fromValue<qint64>(existing->shopId)));
        m_item->setText(existing->platformItemId);
        m_sku->setText(existing->platformSkuId);
        m_code->setText(existing->skuCode);
        // The key stays; a different item is a new mapping.
        m_shop->setEnabled(false);
        m_item->setReadOnly(true);
        m_sku->setReadOnly(true);
    }
    for (QLineEdit *e : {m_item, m_sku, m_code})
        connect(e, &QLineEdit::textChanged, this, &SkuMappingEditDialog::check);
    check();
}

od::SkuMapping SkuMappingEditDialog::mapping() const
{
    return od::SkuMapping{m_id, m_shop->currentData().toLongLong(), m_item->text().trimmed(), m_sku->text().trimmed(), m_code->text().trimmed()};
}

void SkuMappingEditDialog::check()
{
    QString why;
    if (m_shop->currentIndex() < 0)
        why = tr("Choose the shop.");
    else if (m_item->text().trimmed().isEmpty())
        why = tr("Enter the platform item ID.");
    else if (m_code->text().trimmed().isEmpty())
        why = tr("Enter our goods code.");
    m_message->setText(why);
    m_ok->setEnabled(why.isEmpty());
}

SkuMappingsPage::SkuMappingsPage(Backend &b, QWidget *parent) : ListPage(b, od::ListId::SkuMappings, QStringLiteral("sku_mappings"), parent)
{
    using A = ui::ActionId;
    addListAction(A::AddSkuMapping, tr("Add…"), QKeySequence(tr("Ctrl+N")), [this] { openEditor(std::nullopt); });
    addListAction(A::EditSkuMappingRow, tr("Edit…"), {}, [this] {
        const int64_t selected = singleSelectedId();
        if (!selected)
            return;
        using R = od::Result<std::optional<od::SkuMapping>>;
        auto *w = new QFutureWatcher<R>(this);
        connect(w, &QFutureWatcher<R>::finished, this, [this, w] {
            w->deleteLater();
            const R r = w->result();
            if (!r.ok() || !r.value()) {
                QMessageBox::warning(this, title(), r.ok() ? tr("This goods mapping no longer exists.") : r.error().message);
                return;
            }
            openEditor(r.value());
        });
        w->setFuture(QtConcurrent::run([bk = &m_backend, id = selected] { return bk->skuMapping(id); }));
    });
    addSelectionAction(A::RemoveSkuMapping, tr("Remove"), QKeySequence(Qt::Key_Delete), QStringLiteral("sku_code"), &Backend::removeSkuMapping,
                       tr("Remove goods mappings"));
    addListAction(A::ImportSkuMappings, tr("Import from Excel…"), {}, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import goods mappings"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                         tr("Excel or CSV (*.xlsx *.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });
    setDefaultAction(A::EditSkuMappingRow);
}

SkuImportDialog *SkuMappingsPage::importFile(const QString &path)
{
    // Rows without a shop go to the shop the filter shows, or to the only shop there is.
    const QList<QPair<qint64, QString>> all = shops();
    QComboBox *box = filterBar()->shopBox();
    qint64 preset = box && box->currentIndex() > 0 ? box->currentData().toLongLong() : 0;
    if (!preset && all.size() == 1)
        preset = all.first().first;
    auto *dlg = new SkuImportDialog(m_backend, path, all, preset, this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    m_import = dlg;
    connect(dlg, &QObject::destroyed, this, [this, dlg] {
        if (m_import == dlg)
            m_import = nullptr;
    });
    connect(dlg, &SkuImportDialog::applied, this, [this](const QString &summary) {
        emit statusMessage(summary);
        refresh();
    });
    dlg->open();
    return dlg;
}

QList<QPair<qint64, QString>> SkuMappingsPage::shops() const
{
    // The filter bar has loaded them already (off the GUI thread).
    QList<QPair<qint64, QString>> out;
    QComboBox *box = filterBar()->shopBox();
    for (int i = 1; box && i < box->count(); ++i)
        out.append({box->itemData(i).toLongLong(), box->itemText(i)});
    return out;
}

void SkuMappingsPage::openEditor(const std::optional<od::SkuMapping> &existing)
{
    auto *dlg = new SkuMappingEditDialog(shops(), existing, this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    m_editor = dlg;
    connect(dlg, &QObject::destroyed, this, [this, dlg] {
        if (m_editor == dlg)
            m_editor = nullptr;
    });
    connect(dlg, &QDialog::accepted, this, [this, dlg] {
        const od::SkuMapping m = dlg->mapping();
        runOne([bk = &m_backend, m] { return bk->saveSkuMapping(m); }, tr("Goods mapping saved."));
    });
    dlg->open();
}
