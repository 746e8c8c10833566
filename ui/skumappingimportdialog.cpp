#include "skumappingimportdialog.h"

#include "backend.h"
#include "exporter.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

using Row = od::SkuImportRow;
using Outcome = od::SkuImportRow::Outcome;

class SkuImportModel : public QAbstractTableModel {
    Q_OBJECT
public:
    SkuImportModel(const std::vector<Row> &rows, const std::vector<od::Shop> &shops, QObject *parent)
        : QAbstractTableModel(parent), m_rows(rows), m_shops(shops)
    { }
    void reset()
    {
        beginResetModel();
        endResetModel();
    }
    int rowCount(const QModelIndex &parent) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent) const override { return parent.isValid() ? 0 : 6; }
    QVariant headerData(int section, Qt::Orientation o, int role) const override
    {
        if (o != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case 0:
            return tr("Row");
        case 1:
            return QCoreApplication::translate("Lists", "Shop");
        case 2:
            return QCoreApplication::translate("Lists", "Platform item");
        case 3:
            return QCoreApplication::translate("Lists", "Platform SKU");
        case 4:
            return QCoreApplication::translate("Lists", "Goods code");
        default:
            return tr("Result");
        }
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || size_t(index.row()) >= m_rows.size())
            return {};
        const Row &r = m_rows[size_t(index.row())];
        if (role == Qt::ForegroundRole && r.outcome == Outcome::Refused)
            return QColor(0xc0, 0x20, 0x20);
        if (role == Qt::ToolTipRole && index.column() == 5)
            return outcomeText(r);
        if (role != Qt::DisplayRole)
            return {};
        switch (index.column()) {
        case 0:
            return r.sheetRow;
        case 1:
            return shopName(r);
        case 2:
            return r.itemId;
        case 3:
            return r.skuId;
        case 4:
            return r.skuCode;
        default:
            return outcomeText(r);
        }
    }
    QString shopName(const Row &r) const
    {
        if (!r.shop.isEmpty())
            return r.shop;
        for (const od::Shop &s : m_shops)
            if (s.id == r.shopId)
                return s.name;
        return {};
    }
    static QString outcomeText(const Row &r)
    {
        switch (r.outcome) {
        case Outcome::Ready:
            return tr("To import");
        case Outcome::Added:
            return tr("Added");
        case Outcome::Updated:
            return tr("Updated");
        case Outcome::Unchanged:
            return tr("Unchanged");
        case Outcome::Refused:
            return tr("Refused: %1").arg(r.reason);
        }
        return {};
    }

private:
    const std::vector<Row> &m_rows;
    const std::vector<od::Shop> &m_shops;
};

SkuImportDialog::SkuImportDialog(Backend &backend, const QString &path, const QList<QPair<qint64, QString>> &shops, qint64 defaultShop, QWidget *parent)
    : QDialog(parent), m_backend(backend), m_path(path), m_shop(new QComboBox(this)), m_view(new QTableView(this)),
      m_model(new SkuImportModel(m_plan.rows, m_shops, this)), m_summary(new QLabel(this))
{
    setWindowTitle(tr("Import goods mappings"));
    resize(860, 520);
    auto *layout = new QVBoxLayout(this);
    auto *file = new QLabel(tr("File: %1").arg(QFileInfo(path).fileName()), this);
    file->setToolTip(path);
    layout->addWidget(file);
    auto *help = new QLabel(tr("The first row names the columns: %1. The other rows are mappings; "
                               "nothing is written until you click Import.")
                                .arg(od::skuImportColumnsHelp()),
                            this);
    help->setWordWrap(true);
    layout->addWidget(help);
    auto *shopRow = new QHBoxLayout;
    shopRow->addWidget(new QLabel(tr("Shop for rows without one:"), this));
    m_shop->addItem(tr("(none)"), QVariant::fromValue<qint64>(0));
    for (const auto &[id, name] : shops)
        m_shop->addItem(name, QVariant::fromValue<qint64>(id));
    m_shop->setCurrentIndex(std::max(0, m_shop->findData(QVariant::fromValue<qint64>(defaultShop))));
    shopRow->addWidget(m_shop);
    shopRow->addStretch();
    layout->addLayout(shopRow);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    for (int c = 0; c < 5; ++c)
        m_view->setColumnWidth(c, c == 0 ? 50 : 130);
    layout->addWidget(m_view, 1);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    auto *buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_exportRefused = buttons->addButton(tr("Export refused rows…"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &SkuImportDialog::apply);
    connect(m_exportRefused, &QPushButton::clicked, this, [this] {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString out = QFileDialog::getSaveFileName(
            this, tr("Export refused rows"), dir + QLatin1Char('/') + QFileInfo(m_path).completeBaseName() + tr("-refused") + QStringLiteral(".xlsx"),
            tr("Excel workbook (*.xlsx)"));
        if (!out.isEmpty())
            exportRefused(out, [this](const QString &error) {
                if (!error.isEmpty())
                    QMessageBox::warning(this, windowTitle(), error);
            });
    });
    layout->addWidget(buttons);
    connect(m_shop, &QComboBox::currentIndexChanged, this, &SkuImportDialog::recheck);
    m_summary->setText(tr("Reading the file…"));
    showState();

    // Reading and checking the file: in a worker (the GUI thread never reads files or the database).
    struct Loaded {
        od::Result<od::SkuImportPlan> plan = od::SkuImportPlan{};
        std::vector<od::Shop> shops;
    };
    auto *w = new QFutureWatcher<Loaded>(this);
    connect(w, &QFutureWatcher<Loaded>::finished, this, [this, w] {
        w->deleteLater();
        const Loaded l = w->result();
        loaded(l.plan, l.shops);
    });
    w->setFuture(QtConcurrent::run([bk = &m_backend, path, defaultShop] {
        Loaded l;
        auto shops = bk->shops();
        if (!shops.ok()) {
            l.plan = shops.error();
            return l;
        }
        l.shops = shops.value();
        auto table = od::io::readTableFile(path);
        if (!table.ok()) {
            l.plan = table.error();
            return l;
        }
        l.plan = od::planSkuImport(table.value(), l.shops, defaultShop);
        return l;
    }));
}

void SkuImportDialog::loaded(const od::Result<od::SkuImportPlan> &plan, const std::vector<od::Shop> &shops)
{
    m_loaded = true;
    m_shops = shops;
    if (!plan.ok())
        m_error = plan.error().message;
    else
        m_plan = plan.value();
    recheck();
}

void SkuImportDialog::recheck()
{
    if (!m_loaded || m_applied)
        return;
    od::checkSkuImport(m_plan, m_shops, m_shop->currentData().toLongLong());
    m_model->reset();
    showState();
}

void SkuImportDialog::showState()
{
    int ready = 0, refused = 0;
    for (const Row &r : m_plan.rows) {
        ready += r.outcome == Outcome::Ready;
        refused += r.outcome == Outcome::Refused;
    }
    const bool right = m_backend.may(od::Right::EditSkuMapping);
    m_import->setEnabled(m_loaded && !m_applying && !m_applied && ready > 0 && right);
    m_import->setText(ready > 0 ? tr("Import %n row(s)", nullptr, ready) : tr("Import"));
    m_import->setToolTip(right ? QString() : m_backend.whyNot(od::Right::EditSkuMapping));
    m_exportRefused->setEnabled(refused > 0);
    m_shop->setEnabled(m_loaded && !m_applied && !m_applying);
    if (!m_loaded)
        return;
    if (!m_error.isEmpty())
        m_summary->setText(m_error);
    else if (m_applied)
        m_summary->setText(m_result);
    else if (m_plan.rows.empty())
        m_summary->setText(tr("The file has a header but no mappings under it."));
    else
        m_summary->setText(tr("%1 row(s) read: %2 to import, %3 refused (shown in red, with the reason).").arg(m_plan.rows.size()).arg(ready).arg(refused));
}

void SkuImportDialog::apply()
{
    if (!m_import->isEnabled())
        return;
    m_applying = true;
    m_summary->setText(tr("Importing…"));
    showState();
    using R = std::pair<od::Result<od::SkuImportResult>, std::vector<Row>>;
    auto *w = new QFutureWatcher<R>(this);
    connect(w, &QFutureWatcher<R>::finished, this, [this, w] {
        w->deleteLater();
        R r = w->result();
        m_applying = false;
        if (!r.first.ok()) {
            // Nothing was written (one transaction): the rows stay as they were, ready to try again.
            showState();
            m_summary->setText(tr("Nothing was imported: %1").arg(r.first.error().message));
            return;
        }
        m_plan.rows = std::move(r.second);
        m_applied = true;
        m_result = r.first.value().summary(m_plan.rows);
        m_model->reset();
        showState();
        emit applied(m_result);
    });
    w->setFuture(QtConcurrent::run([bk = &m_backend, rows = m_plan.rows]() mutable {
        auto res = bk->importSkuMappings(rows);
        return R{std::move(res), std::move(rows)};
    }));
}

void SkuImportDialog::exportRefused(const QString &path, std::function<void(const QString &)> done)
{
    QList<QStringList> rows;
    for (const Row &r : m_plan.rows)
        if (r.outcome == Outcome::Refused)
            rows.append({m_model->shopName(r), r.itemId, r.skuId, r.skuCode, r.reason});
    // The 商品对应 list's column titles (what the import reads back) and the reason last.
    const QString why = tr("Why refused");
    const QStringList headers{QCoreApplication::translate("Lists", "Shop"), QCoreApplication::translate("Lists", "Platform item"),
                              QCoreApplication::translate("Lists", "Platform SKU"), QCoreApplication::translate("Lists", "Goods code"), why};
    auto *w = new QFutureWatcher<QString>(this);
    connect(w, &QFutureWatcher<QString>::finished, this, [w, done] {
        w->deleteLater();
        if (done)
            done(w->result());
    });
    w->setFuture(QtConcurrent::run([path, headers, rows, sheet = tr("Refused")] { return writeXlsx(path, sheet, headers, rows); }));
}

#include "skumappingimportdialog.moc"
