#include "listpage.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

ListPage::ListPage(od::Database &db, od::ListId list, QWidget *parent)
    : QWidget(parent), m_list(list), m_model(new ListModel(db, list, this)), m_view(new QTableView(this)),
      m_search(new QLineEdit(this)), m_status(new QLabel(this)), m_debounce(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *titleLabel = new QLabel(QStringLiteral("<b>%1</b>").arg(title().toHtmlEscaped()), this);
    layout->addWidget(titleLabel);
    m_search->setPlaceholderText(tr("Search trade ID, buyer, receiver, mobile, goods code… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setDefaultSectionSize(24);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setSortIndicator(m_model->spec().columnIndex(m_model->spec().defaultSort),
                                                 m_model->spec().defaultDescending ? Qt::DescendingOrder : Qt::AscendingOrder);
    for (size_t i = 0; i < m_model->spec().columns.size(); ++i)
        m_view->setColumnWidth(int(i), m_model->spec().columns[i].width);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, [this] {
        od::ListFilter f = m_model->filter();
        f.text = m_search->text();
        m_model->setFilter(f);
    });
    connect(m_model, &ListModel::loaded, this, &ListPage::updateStatus);
    connect(m_model, &ListModel::totalChanged, this, &ListPage::updateStatus);
    connect(m_model, &ListModel::failed, this, [this](const QString &msg) { m_status->setText(msg); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ListPage::updateStatus);
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, m_search, [this] { m_search->setFocus(); m_search->selectAll(); });
    auto *refreshKey = new QShortcut(QKeySequence::Refresh, this);
    connect(refreshKey, &QShortcut::activated, this, &ListPage::refresh);
    updateStatus();
}

QString ListPage::title() const { return od::listTitle(m_list); }

void ListPage::refresh() { m_model->reload(); }

QList<int64_t> ListPage::selectedIds() const
{
    QList<int64_t> ids;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        ids << m_model->rowId(i.row());
    return ids;
}

void ListPage::updateStatus()
{
    const int selected = m_view->selectionModel() ? int(m_view->selectionModel()->selectedRows().size()) : 0;
    m_status->setText(tr("Total %1 · loaded %2 · selected %3")
                          .arg(m_model->totalCount()).arg(m_model->rowCount()).arg(selected));
}
