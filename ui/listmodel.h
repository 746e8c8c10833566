#pragma once
// One source model per list: compact rows fetched in pages by key, off the GUI thread.
// Sorting and filtering happen in SQL (ListRepository); the view asks for more with fetchMore().
#include "storage/listrepository.h"
#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <memory>

class ListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Roles { RowIdRole = Qt::UserRole + 1, RawValueRole };

    ListModel(od::Database &db, od::ListId list, QObject *parent = nullptr);

    const od::ListSpec &spec() const { return m_spec; }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

    void setFilter(const od::ListFilter &filter);
    const od::ListFilter &filter() const { return m_filter; }
    void reload();
    int64_t rowId(int row) const;
    qint64 totalCount() const { return m_total; }
    bool isLoading() const { return m_loading; }

    static QString displayText(od::ColumnType type, const QVariant &value);

signals:
    void loaded();                 // a page arrived
    void totalChanged(qint64 total);
    void failed(const QString &message);

private:
    struct PageResult {
        quint64 generation = 0;
        QString error;          // empty: ok
        od::ListPage page;
    };
    void requestPage(bool first);
    void requestCount();

    od::Database &m_db;
    const od::ListSpec &m_spec;
    od::ListFilter m_filter;
    QString m_sortKey;
    bool m_desc = true;
    std::vector<od::ListRow> m_rows;
    std::optional<od::ListCursor> m_last;
    bool m_hasMore = false;
    bool m_loading = false;
    quint64 m_generation = 0;
    qint64 m_total = 0;
};
