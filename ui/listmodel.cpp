#include "listmodel.h"

#include "domain/money.h"
#include "domain/text.h"
#include "statelabels.h"

#include <QCoreApplication>
#include <QtConcurrent>

ListModel::ListModel(od::Database &db, od::ListId list, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_spec(od::listSpec(list)), m_sortKey(m_spec.defaultSort), m_desc(m_spec.defaultDescending)
{
    for (const od::ColumnSpec &c : m_spec.columns) {
        const bool numeric = c.type == od::ColumnType::Integer || c.type == od::ColumnType::Money || c.type == od::ColumnType::Flag;
        m_slot.push_back(numeric ? -1 - m_numCount++ : m_textCount++);
        m_masked.push_back(od::isBuyerContact(c));
    }
}

int ListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_ids.size()); }
int ListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_spec.columns.size()); }

QVariant ListModel::rawValue(int row, int column) const
{
    if (row < 0 || row >= int(m_ids.size()) || column < 0 || column >= int(m_slot.size()))
        return {};
    const int s = m_slot[size_t(column)];
    if (s < 0)
        return QVariant::fromValue<qint64>(m_nums[size_t(row) * size_t(m_numCount) + size_t(-1 - s)]);
    return m_texts[size_t(row) * size_t(m_textCount) + size_t(s)];
}

ui::RowState ListModel::rowState(int row) const
{
    ui::RowState r;
    for (int c = 0; c < int(m_spec.columns.size()); ++c)
        r.insert(m_spec.columns[size_t(c)].key, rawValue(row, c));
    return r;
}

QString ListModel::displayText(int column, const QVariant &v) const
{
    const od::ColumnSpec &col = m_spec.columns[size_t(column)];
    switch (col.type) {
    case od::ColumnType::Money:
        return od::Money::fromFen(v.toLongLong()).toString();
    case od::ColumnType::Flag:
        return v.toLongLong() ? QCoreApplication::translate("Lists", "Yes") : QString();
    case od::ColumnType::Integer:
        return QString::number(v.toLongLong());
    case od::ColumnType::State:
        return ui::stateLabel(m_spec.id, col.key, v.toString());
    default:
        return v.toString();
    }
}

QVariant ListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_ids.size()) || index.column() >= int(m_slot.size()))
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayText(index.column(), rawValue(index.row(), index.column()));
    case Qt::ToolTipRole: {
        const od::ColumnSpec &col = m_spec.columns[size_t(index.column())];
        if (col.type == od::ColumnType::Text && col.width >= 180)
            return rawValue(index.row(), index.column());
        return {};
    }
    case Qt::TextAlignmentRole: {
        const od::ColumnType t = m_spec.columns[size_t(index.column())].type;
        if (t == od::ColumnType::Money || t == od::ColumnType::Integer)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (t == od::ColumnType::Flag)
            return int(Qt::AlignCenter);
        return {};
    }
    case RowIdRole:
        return QVariant::fromValue<qint64>(m_ids[size_t(index.row())]);
    case RawValueRole:
        return rawValue(index.row(), index.column());
    default:
        return {};
    }
}

QVariant ListModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || section < 0 || section >= int(m_spec.columns.size()))
        return QAbstractTableModel::headerData(section, o, role);
    if (role == Qt::DisplayRole)
        return QCoreApplication::translate("Lists", m_spec.columns[size_t(section)].label);
    return {};
}

bool ListModel::canFetchMore(const QModelIndex &parent) const { return !parent.isValid() && m_hasMore && !m_loading; }

void ListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage(false, m_nextPage);
}

void ListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= int(m_spec.columns.size()) || !m_spec.columns[size_t(column)].sortable)
        return;
    m_sortKey = m_spec.columns[size_t(column)].key;
    m_desc = order == Qt::DescendingOrder;
    requestPage(true, m_firstPage);
}

void ListModel::setFilter(const od::ListFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    requestPage(true, m_firstPage);
}

void ListModel::reload()
{
    // Keep what the user has scrolled through loaded (bounded, a reload is one query).
    requestPage(true, std::clamp(int(m_ids.size()), m_firstPage, 20000));
}

int64_t ListModel::rowId(int row) const { return row >= 0 && row < int(m_ids.size()) ? m_ids[size_t(row)] : 0; }

int ListModel::rowOfId(int64_t id) const
{
    for (size_t i = 0; i < m_ids.size(); ++i)
        if (m_ids[i] == id)
            return int(i);
    return -1;
}

void ListModel::compact(const std::vector<int> &slotMap, const std::vector<bool> &masked, od::ListPage &page, PageResult &out)
{
    size_t numCount = 0, textCount = 0;
    for (int sl : slotMap)
        (sl < 0 ? numCount : textCount)++;
    out.ids.reserve(page.rows.size());
    out.nums.reserve(page.rows.size() * numCount);
    out.texts.reserve(page.rows.size() * textCount);
    for (od::ListRow &row : page.rows) {
        out.ids.push_back(row.id);
        for (size_t c = 0; c < slotMap.size(); ++c)
            if (slotMap[c] < 0)
                out.nums.push_back(c < size_t(row.values.size()) ? row.values[qsizetype(c)].toLongLong() : 0);
        for (size_t c = 0; c < slotMap.size(); ++c)
            if (slotMap[c] >= 0) {
                const QString text = c < size_t(row.values.size()) ? row.values[qsizetype(c)].toString() : QString();
                out.texts.push_back(masked[c] ? od::maskMobile(text) : text);
            }
    }
    out.last = page.last;
    out.hasMore = page.hasMore;
}

void ListModel::append(PageResult &page)
{
    if (m_ids.empty()) {
        m_ids = std::move(page.ids);
        m_nums = std::move(page.nums);
        m_texts = std::move(page.texts);
        return;
    }
    m_ids.insert(m_ids.end(), page.ids.begin(), page.ids.end());
    m_nums.insert(m_nums.end(), page.nums.begin(), page.nums.end());
    m_texts.insert(m_texts.end(), std::make_move_iterator(page.texts.begin()), std::make_move_iterator(page.texts.end()));
}

void ListModel::requestPage(bool first, int limit)
{
    if (first)
        ++m_generation; // answers to older requests are dropped
    m_loading = true;
    od::ListRequest req;
    req.filter = m_filter;
    req.sortKey = m_sortKey;
    req.descending = m_desc;
    req.limit = limit;
    if (!first)
        req.after = m_last;
    const quint64 gen = m_generation;
    od::Database *db = &m_db;
    // The spec is copied: the model may be destroyed while the worker still runs (a page closed during
    // its first load), and a pointer into it would dangle in the worker thread.
    const od::ListSpec spec = m_spec;
    auto *watcher = new QFutureWatcher<PageResult>(this);
    connect(watcher, &QFutureWatcher<PageResult>::finished, this, [this, watcher, first] {
        watcher->deleteLater();
        PageResult r = watcher->future().takeResult();
        if (r.generation != m_generation)
            return;
        m_loading = false;
        if (!r.error.isEmpty()) {
            emit failed(r.error);
            return;
        }
        // Cursor first: views (and the model tester) may ask for more from inside the signals below.
        m_loadedOnce = true;
        m_last = r.last;
        m_hasMore = r.hasMore;
        if (first) {
            emit aboutToReload();
            beginResetModel();
            m_ids.clear();
            m_nums.clear();
            m_texts.clear();
            append(r);
            endResetModel();
        } else if (!r.ids.empty()) {
            beginInsertRows({}, int(m_ids.size()), int(m_ids.size() + r.ids.size() - 1));
            append(r);
            endInsertRows();
        }
        emit loaded(first);
        if (first)
            requestCount();
    });
    watcher->setFuture(QtConcurrent::run([db, spec, req, gen, slotMap = m_slot, masked = m_masked]() -> PageResult {
        od::ListRepository repo(*db);
        PageResult r;
        r.generation = gen;
        auto page = repo.page(spec, req);
        if (!page.ok()) {
            r.error = page.error().message;
            return r;
        }
        compact(slotMap, masked, page.value(), r);
        return r;
    }));
}

void ListModel::requestCount()
{
    // The total comes after the first rows are shown: counting a million rows takes longer than
    // fetching the page the user looks at.
    m_counting = true;
    const quint64 gen = m_generation;
    od::Database *db = &m_db;
    const od::ListSpec spec = m_spec; // copied: see the page request above
    const od::ListFilter filter = m_filter;
    auto *watcher = new QFutureWatcher<qint64>(this);
    connect(watcher, &QFutureWatcher<qint64>::finished, this, [this, watcher, gen] {
        watcher->deleteLater();
        if (gen != m_generation)
            return;
        m_counting = false;
        const qint64 total = watcher->result();
        if (total >= 0) {
            m_total = total;
            emit totalChanged(m_total);
        }
    });
    watcher->setFuture(QtConcurrent::run([db, spec, filter]() -> qint64 {
        auto c = od::ListRepository(*db).count(spec, filter);
        return c.ok() ? c.value() : -1;
    }));
}
