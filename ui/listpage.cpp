#include "listpage.h"

#include "batchdialog.h"
#include "columnsettings.h"
#include "exporter.h"
#include "filterbar.h"

#include <QAction>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QHBoxLayout>
#include <QScrollBar>
#include <QShortcut>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent>

ListPage::ListPage(Backend &backend, od::ListId list, const QString &key, QWidget *parent)
    : QWidget(parent), m_backend(backend), m_list(list), m_key(key), m_model(new ListModel(backend.db(), list, this)),
      m_filter(new FilterBar(backend.db(), list, this)), m_toolbar(new QToolBar(this)), m_view(new QTableView(this)), m_status(new QLabel(this)),
      m_changeDebounce(new QTimer(this))
{
    setObjectName(key);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    auto *titleLabel = new QLabel(QStringLiteral("<b>%1</b>").arg(title().toHtmlEscaped()), this);
    layout->addWidget(titleLabel);
    layout->addWidget(m_filter);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolbar->setIconSize(QSize(16, 16));
    layout->addWidget(m_toolbar);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel); // an anchor row keeps its exact height
    m_view->verticalHeader()->setDefaultSectionSize(24);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setSortIndicator(m_model->spec().columnIndex(m_model->spec().defaultSort),
                             m_model->spec().defaultDescending ? Qt::DescendingOrder : Qt::AscendingOrder);
    header->setHighlightSections(false);
    for (size_t i = 0; i < m_model->spec().columns.size(); ++i)
        m_view->setColumnWidth(int(i), m_model->spec().columns[i].width);
    m_columns = new ColumnSettings(header, backend.session().login, key, this);
    m_columns->restore();
    layout->addWidget(m_view, 1);
    m_status->setObjectName(QStringLiteral("listStatus"));
    m_newRows = new QPushButton(this);
    m_newRows->setObjectName(QStringLiteral("newRowsAbove"));
    m_newRows->setFlat(true);
    m_newRows->setCursor(Qt::PointingHandCursor);
    m_newRows->hide();
    connect(m_newRows, &QPushButton::clicked, this, [this] {
        m_view->scrollToTop();
        m_newAboveCount = 0;
        m_newRows->hide();
    });
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int v) {
        if (v == 0 && m_newRows->isVisible()) {
            m_newAboveCount = 0;
            m_newRows->hide();
        }
    });
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_newRows);
    layout->addLayout(statusRow);

    connect(m_filter, &FilterBar::filterChanged, m_model, &ListModel::setFilter);
    connect(m_model, &ListModel::aboutToReload, this, &ListPage::saveViewState);
    connect(m_model, &ListModel::loaded, this, [this](bool first) {
        if (first)
            restoreViewState();
        else if (m_anchorPending)
            restoreAnchor();
        updateStatus();
        updateActions();
    });
    connect(m_model, &ListModel::totalChanged, this, &ListPage::updateStatus);
    connect(m_model, &ListModel::failed, this, [this](const QString &msg) { m_status->setText(msg); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateStatus();
        updateActions();
    });
    connect(m_view, &QTableView::customContextMenuRequested, this, &ListPage::showContextMenu);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (QAction *a = action(m_default); a && a->isEnabled())
            a->trigger();
    });

    auto shortcut = [this](const QKeySequence &k, auto fn) {
        auto *s = new QShortcut(k, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, fn);
    };
    shortcut(QKeySequence::Find, [this] {
        searchBox()->setFocus();
        searchBox()->selectAll();
    });
    for (int k : {int(Qt::Key_Return), int(Qt::Key_Enter)}) {
        // On the table only, so Enter in the search box still searches.
        auto *s = new QShortcut(QKeySequence(k), m_view, nullptr, nullptr, Qt::WidgetShortcut);
        connect(s, &QShortcut::activated, this, [this] {
            if (QAction *a = action(m_default); a && a->isEnabled())
                a->trigger();
        });
    }
    shortcut(QKeySequence::SelectAll, [this] { m_view->selectAll(); });

    addListAction(ui::ActionId::Refresh, tr("Refresh"), QKeySequence(Qt::Key_F5), [this] { refresh(); });
    addListAction(ui::ActionId::Export, tr("Export to Excel"), QKeySequence(tr("Ctrl+E")), [this] { exportToExcel(); });
    m_toolbar->addSeparator();

    // Changes reported by the core (in-process or LISTEN/NOTIFY) refresh the list, debounced.
    m_changeDebounce->setSingleShot(true);
    m_changeDebounce->setInterval(300);
    // A hidden page does not reload on every change (on a busy day that would be every second for
    // every page): it remembers and reloads when it is shown again.
    connect(m_changeDebounce, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
        else
            m_staleWhileHidden = true;
    });
    const QStringList mine = od::listTables(list);
    connect(&backend, &Backend::changed, this, [this, mine](const QStringList &tables) {
        for (const QString &t : tables)
            if (mine.contains(t)) {
                m_changeDebounce->start();
                return;
            }
    });
    updateStatus();
}

ListPage::~ListPage()
{
    if (m_columns)
        m_columns->save();
}

QLineEdit *ListPage::searchBox() const { return m_filter->searchBox(); }

QString ListPage::title() const { return od::listTitle(m_list); }

void ListPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_staleWhileHidden) {
        m_staleWhileHidden = false;
        refresh();
    }
}

void ListPage::refresh()
{
    m_filter->loadShops();
    m_refreshing = true;
    m_model->reload();
}

QAction *ListPage::addListAction(ui::ActionId id, const QString &text, const QKeySequence &key, std::function<void()> handler, bool toolbar)
{
    auto *a = new QAction(text, this);
    if (!key.isEmpty()) {
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
    }
    connect(a, &QAction::triggered, this, [this, id, handler] {
        updateActions();
        if (QAction *act = action(id); act && !act->isEnabled()) {
            emit statusMessage(disabledReason(id));
            return;
        }
        handler();
    });
    addAction(a); // shortcuts work anywhere on the page
    if (toolbar)
        m_toolbar->addAction(a);
    m_actions.insert(int(id), a);
    m_ordered.append(a);
    return a;
}

std::vector<ui::RowState> ListPage::selectedStates() const
{
    // Enabling looks at a bounded sample of a huge selection (batch actions are enabled when any
    // selected row allows them; the core checks every row when the action runs).
    std::vector<ui::RowState> out;
    const QItemSelection sel = m_view->selectionModel()->selection();
    for (const QItemSelectionRange &range : sel) {
        for (int r = range.top(); r <= range.bottom() && out.size() < 500; ++r)
            out.push_back(m_model->rowState(r));
        if (out.size() >= 500)
            break;
    }
    return out;
}

void ListPage::updateActions()
{
    const std::vector<ui::RowState> rows = selectedStates();
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        const ui::Verdict v = ui::actionVerdict(m_list, ui::ActionId(it.key()), rows, m_backend.session().role);
        it.value()->setEnabled(v.enabled);
        m_reasons[it.key()] = v.reason;
        it.value()->setStatusTip(v.reason);
        QString tip = it.value()->text();
        if (!it.value()->shortcut().isEmpty())
            tip += QStringLiteral(" (%1)").arg(it.value()->shortcut().toString(QKeySequence::NativeText));
        if (!v.enabled && !v.reason.isEmpty())
            tip += QStringLiteral("\n") + v.reason;
        it.value()->setToolTip(tip);
    }
}

QList<int64_t> ListPage::selectedIds() const
{
    QList<int64_t> ids;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &i : rows)
        ids << m_model->rowId(i.row());
    return ids;
}

QList<BatchItem> ListPage::selectedItems(const QString &labelColumn) const
{
    QList<BatchItem> out;
    const int col = m_model->spec().columnIndex(labelColumn);
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &i : rows)
        out.append({m_model->rowId(i.row()), m_model->rawValue(i.row(), col).toString()});
    return out;
}

QString ListPage::valueOf(int64_t id, const QString &columnKey) const
{
    return m_model->rawValue(m_model->rowOfId(id), m_model->spec().columnIndex(columnKey)).toString();
}

void ListPage::updateStatus()
{
    int selected = 0;
    if (m_view->selectionModel())
        for (const QItemSelectionRange &range : m_view->selectionModel()->selection())
            selected += range.height();
    m_status->setText(tr("Total %1 · loaded %2 · selected %3").arg(m_model->totalCount()).arg(m_model->rowCount()).arg(selected));
}

void ListPage::showContextMenu(const QPoint &pos)
{
    updateActions();
    QMenu menu(this);
    for (QAction *a : std::as_const(m_ordered))
        menu.addAction(a);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

BatchDialog *ListPage::runBatch(const QString &title, const QList<BatchItem> &items, std::function<std::vector<od::Status>(const std::vector<int64_t> &)> fn)
{
    auto *dlg = new BatchDialog(title, std::move(fn), this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    m_lastBatch = dlg;
    connect(dlg, &QObject::destroyed, this, [this, dlg] {
        if (m_lastBatch == dlg)
            m_lastBatch = nullptr;
    });
    connect(dlg, &BatchDialog::batchFinished, this, [this] { refresh(); });
    dlg->show();
    dlg->start(items);
    return dlg;
}

void ListPage::runOne(std::function<od::Status()> fn, const QString &done)
{
    auto *w = new QFutureWatcher<od::Status>(this);
    connect(w, &QFutureWatcher<od::Status>::finished, this, [this, w, done] {
        w->deleteLater();
        const od::Status st = w->result();
        if (!st.ok()) {
            QMessageBox::warning(this, title(), st.error().message);
            return;
        }
        if (!done.isEmpty())
            emit statusMessage(done);
        refresh();
    });
    w->setFuture(QtConcurrent::run(std::move(fn)));
}

void ListPage::exportToExcel()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export to Excel"), dir + QLatin1Char('/') + title() + QStringLiteral(".xlsx"), tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    QStringList cols;
    QHeaderView *h = m_view->horizontalHeader();
    for (int v = 0; v < h->count(); ++v) {
        const int logical = h->logicalIndex(v);
        if (!h->isSectionHidden(logical))
            cols << m_model->spec().columns[size_t(logical)].key;
    }
    od::Database *db = &m_backend.db();
    const od::ListId list = m_list;
    const od::ListFilter f = m_model->filter();
    const QString sortKey = m_model->sortKey();
    const bool desc = m_model->sortDescending();
    const bool wholeContacts = m_backend.may(od::Right::ViewBuyerContact);
    emit statusMessage(tr("Exporting %1…").arg(title()));
    auto *w = new QFutureWatcher<ExportResult>(this);
    connect(w, &QFutureWatcher<ExportResult>::finished, this, [this, w, path] {
        w->deleteLater();
        const ExportResult r = w->result();
        if (!r.error.isEmpty())
            QMessageBox::warning(this, tr("Export to Excel"), r.error);
        else
            emit statusMessage(tr("Exported %1 rows to %2").arg(r.rows).arg(path));
    });
    w->setFuture(QtConcurrent::run([=] { return exportList(*db, list, f, sortKey, desc, cols, path, {}, nullptr, wholeContacts); }));
}
