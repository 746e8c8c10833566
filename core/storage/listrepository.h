#pragma once
// Filtering, sorting and key paging over any list in lists.h. Page N costs what page 1 costs:
// every page continues from the (sort value, id) of the last row seen, through an index.
#include "domain/result.h"
#include "storage/database.h"
#include "storage/lists.h"
#include <QVariant>
#include <optional>
#include <vector>

namespace od {

struct ListFilter {
    int64_t shopId = 0; // 0: all shops
    QString status; // exact value of the list's status column; empty: any
    QString timeFrom; // inclusive, "yyyy-MM-dd HH:mm:ss"; empty: open
    QString timeTo; // inclusive
    QString text; // substring over the list's search text; empty: none
    bool heldOnly = false; // only rows held by a conversion rule (lists with a hold column)
    bool operator==(const ListFilter &) const = default;
};

struct ListCursor {
    QVariant sortValue;
    int64_t id = 0;
};

struct ListRequest {
    ListFilter filter;
    QString sortKey; // a column key; empty: the list's default
    bool descending = true;
    std::optional<ListCursor> after; // continue after this row
    bool fromEnd = false; // start at the other end (the "last row" of the list), rows still come
        // back in display order
    int limit = 200;
};

struct ListRow {
    int64_t id = 0;
    QVariantList values; // in the order of ListSpec::columns
};

struct ListPage {
    std::vector<ListRow> rows;
    std::optional<ListCursor> last; // cursor of the last row, to ask for the next page
    bool hasMore = false;
};

class ListRepository {
public:
    explicit ListRepository(Database &db) : m_db(db) { }

    Result<ListPage> page(const ListSpec &spec, const ListRequest &request);
    Result<qint64> count(const ListSpec &spec, const ListFilter &filter);
    // Ids of every row the filter matches (for "act on everything the filter matches").
    Result<std::vector<int64_t>> ids(const ListSpec &spec, const ListFilter &filter, int limit = 1000000);
    // The same rows with one column's value each (what staff recognise them by, e.g. the tid), for
    // whole-list batches.
    Result<std::vector<std::pair<int64_t, QString>>> idsWithLabels(const ListSpec &spec, const ListFilter &filter, const QString &labelKey,
                                                                   int limit = 1000000);

private:
    struct Where {
        QString sql;
        QVariantList values;
    };
    Where where(const ListSpec &spec, const ListFilter &filter) const;
    Database &m_db;
};

// Lower-cased, newline-separated text that substring search runs over.
QString buildSearchText(const QStringList &parts);

} // namespace od
