#pragma once
// Export to Excel (.xlsx, libxlsxwriter). exportList runs in a worker over every row the filter
// matches, paging through ListRepository; money stays exact (written as text "12.30" and as a number
// of yuan computed from fen only for display).
#include "storage/listrepository.h"
#include <QFuture>
#include <QList>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

// Writes a simple sheet; returns an empty string on success, else a translated error.
QString writeXlsx(const QString &path, const QString &sheet, const QStringList &headers, const QList<QStringList> &rows);

struct ExportResult {
    QString error; // empty: ok
    qint64 rows = 0;
};

// Columns: the visible columns' keys in display order (empty: all). Buyers' mobile numbers are
// written whole only with `wholeContacts` (the user has Right::ViewBuyerContact), else masked.
ExportResult exportList(od::Database &db, od::ListId list, const od::ListFilter &filter, const QString &sortKey, bool descending, const QStringList &columns,
                        const QString &path, const std::function<void(qint64)> &progress = {}, const std::atomic<bool> *cancel = nullptr,
                        bool wholeContacts = false);
