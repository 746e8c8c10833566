#pragma once
// One source model per list: compact rows fetched in pages by key, off the GUI thread.
// Sorting and filtering happen in SQL (ListRepository); the view asks for more with fetchMore().
// Rows are stored column-major-free and flat: numbers in one int64 array, texts in one QString array,
// so a million loaded rows cost a few dozen bytes each; display strings are built in data().
#include "actionpolicy.h"
#include "storage/listrepository.h"
#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QSet>
#include <memory>

class ListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Roles { RowIdRole = Qt::UserRole + 1, RawValueRole };

    ListModel(od::Database &db, od::ListId list, QObject *parent = nullptr);

    const od::ListSpec &spec() const { return m_spec; }
    od::ListId listId() const { return m_spec.id; }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

    void setFilter(const od::ListFilter &filter);
    const od::ListFilter &filter() const { return m_filter; }
    QString sortKey() const { return m_sortKey; }
    bool sortDescending() const { return m_desc; }
    // Reloads from the top, keeping as many rows loaded as now (so the scroll position survives).
    void reload();
    int64_t rowId(int row) const;
    int rowOfId(int64_t id) const; // -1 if not loaded
    QVariant rawValue(int row, int column) const;
    ui::RowState rowState(int row) const; // raw values by column key
    qint64 totalCount() const { return m_total; }
    bool isLoading() const { return m_loading; }
    bool hasLoaded() const { return m_loadedOnce; }
    bool isCounting() const { return m_counting; }
    bool hasMore() const { return m_hasMore; }
    // Page sizes (tests make them small).
    void setPageSizes(int first, int next)
    {
        m_firstPage = first;
        m_nextPage = next;
    }

    QString displayText(int column, const QVariant &value) const;

signals:
    void aboutToReload(); // the rows are about to be replaced (save selection now)
    void loaded(bool first); // a page arrived
    void totalChanged(qint64 total);
    void failed(const QString &message);

private:
    // A page already in compact form: built in the worker, moved onto the GUI thread.
    struct PageResult {
        quint64 generation = 0;
        QString error; // empty: ok
        std::vector<qint64> ids;
        std::vector<qint64> nums;
        std::vector<QString> texts;
        std::optional<od::ListCursor> last;
        bool hasMore = false;
    };
    // Buyers' mobile numbers are masked here, in the worker: the GUI never holds them whole.
    static void compact(const std::vector<int> &slotMap, const std::vector<bool> &masked, od::ListPage &page, PageResult &out);
    void requestCount();
    void requestPage(bool first, int limit);
    void append(PageResult &page);
    bool isNumeric(int column) const { return m_slot[size_t(column)] < 0; }

    od::Database &m_db;
    const od::ListSpec &m_spec;
    od::ListFilter m_filter;
    QString m_sortKey;
    bool m_desc = true;
    // Compact storage: row i's numbers at m_nums[i*m_numCount ...], texts at m_texts[i*m_textCount ...].
    std::vector<int> m_slot; // per column: >=0 text slot, <0 numeric slot (-1 - index)
    std::vector<bool> m_masked; // per column: a buyer's mobile number (shown 138****5678)
    int m_numCount = 0;
    int m_textCount = 0;
    std::vector<qint64> m_ids;
    std::vector<qint64> m_nums;
    std::vector<QString> m_texts;
    std::optional<od::ListCursor> m_last;
    bool m_hasMore = false;
    bool m_loading = false;
    bool m_loadedOnce = false;
    bool m_counting = false;
    quint64 m_generation = 0;
    qint64 m_total = 0;
    int m_firstPage = 200;
    int m_nextPage = 500;
};
