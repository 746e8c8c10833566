#include "listmodel.h"

#include "domain/money.h"

#include <QCoreApplication>
#include <QtConcurrent>

ListModel::ListModel(od::Database &db, od::ListId list, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_spec(od::listSpec(list)), m_sortKey(m_spec.defaultSort),
      m_desc(m_spec.defaultDescending)
{
}

int ListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int ListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_spec.columns.size()); }

QString ListModel::displayText(od::ColumnType type, const QVariant &v)
{
    switch (type) {
    case od::ColumnType::Money: return od::Money::fromFen(v.toLongLong()).toString();
    case od::ColumnType::Flag: return v.toInt() ? QCoreApplication::translate("Lists", "Yes") : QString();
    default: return v.toString();
    }
}

QVariant ListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const od::ListRow &row = m_rows[size_t(index.row())];
    const od::ColumnSpec &col = m_spec.columns[size_t(index.column())];
    const QVariant &v = row.values[index.column()];
    switch (role) {
    case Qt::DisplayRole: return displayText(col.type, v);
    case Qt::TextAlignmentRole:
        if (col.type == od::ColumnType::Money || col.type == od::ColumnType::Integer)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RowIdRole: return QVariant::fromValue<qint64>(row.id);
    case RawValueRole: return v;
    default: return {};
    }
}

QVariant ListModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= int(m_spec.columns.size()))
        return QAbstractTableModel::headerData(section, o, role);
    return QCoreApplication::translate("Lists", m_spec.columns[size_t(section)].label);
}

bool ListModel::canFetchMore(const QModelIndex &parent) const { return !parent.isValid() && m_hasMore && !m_loading; }

void ListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage(false);
}

void ListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= int(m_spec.columns.size()) || !m_spec.columns[size_t(column)].sortable)
        return;
    m_sortKey = m_spec.columns[size_t(column)].key;
    m_desc = order == Qt::DescendingOrder;
    reload();
}

void ListModel::setFilter(const od::ListFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void ListModel::reload() { requestPage(true); }

void ListModel::requestCount()
{
    // The total comes after the first rows are shown: counting a million rows takes longer than
    // fetching the page the user looks at.
    const quint64 gen = m_generation;
    od::Database *db = &m_db;
    const od::ListSpec *spec = &m_spec;
    const od::ListFilter filter = m_filter;
    auto *watcher = new QFutureWatcher<qint64>(this);
    connect(watcher, &QFutureWatcher<qint64>::finished, this, [this, watcher, gen] {
        watcher->deleteLater();
        if (gen != m_generation)
            return;
        const qint64 total = watcher->result();
        if (total >= 0) {
            m_total = total;
            emit totalChanged(m_total);
        }
    });
    watcher->setFuture(QtConcurrent::run([db, spec, filter]() -> qint64 {
        auto c = od::ListRepository(*db).count(*spec, filter);
        return c.ok() ? c.value() : -1;
    }));
}

int64_t ListModel::rowId(int row) const { return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].id : 0; }

void ListModel::requestPage(bool first)
{
    if (first)
        ++m_generation;  // answers to older requests are dropped
    m_loading = true;
    od::ListRequest req;
    req.filter = m_filter;
    req.sortKey = m_sortKey;
    req.descending = m_desc;
    req.limit = first ? 200 : 500;
    if (!first)
        req.after = m_last;
    const quint64 gen = m_generation;
    od::Database *db = &m_db;
    const od::ListSpec *spec = &m_spec;
    auto *watcher = new QFutureWatcher<PageResult>(this);
    connect(watcher, &QFutureWatcher<PageResult>::finished, this, [this, watcher, first] {
        watcher->deleteLater();
        PageResult r = watcher->result();
        if (r.generation != m_generation)
            return;
        m_loading = false;
        if (!r.error.isEmpty()) {
            emit failed(r.error);
            return;
        }
        od::ListPage &page = r.page;
        if (first) {
            beginResetModel();
            m_rows = std::move(page.rows);
            endResetModel();
        } else if (!page.rows.empty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.rows.size() - 1));
            for (auto &row : page.rows)
                m_rows.push_back(std::move(row));
            endInsertRows();
        }
        m_last = page.last;
        m_hasMore = page.hasMore;
        emit loaded();
        if (first)
            requestCount();
    });
    watcher->setFuture(QtConcurrent::run([db, spec, req, gen, first]() -> PageResult {
        od::ListRepository repo(*db);
        PageResult r;
        r.generation = gen;
        auto page = repo.page(*spec, req);
        if (!page.ok()) {
            r.error = page.error().message;
            return r;
        }
        r.page = std::move(page.value());
        return r;
    }));
}
