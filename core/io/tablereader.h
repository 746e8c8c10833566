#pragma once
// Reading a table that staff filled in a spreadsheet: the first sheet of an Excel workbook (.xlsx) or a
// CSV file, as rows of text cells. Made for files from outside: every size is capped (file, inflated
// parts, rows, columns), a broken or hostile file gives a translated error, never a crash or a hang.
#include "domain/result.h"
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <vector>

namespace od::io {

struct TableRow {
    int number = 0; // the row's number in the sheet (1-based, as Excel shows it)
    QStringList cells; // column A first; a missing cell is an empty string; trailing gaps dropped
};

struct Table {
    QString sheetName;
    std::vector<TableRow> rows; // only the rows that have a cell, in sheet order
};

struct TableLimits {
    qint64 maxFileBytes = 20 * 1024 * 1024; // the file as stored
    qint64 maxInflatedBytes = 50 * 1024 * 1024; // all parts of an .xlsx read, once inflated
    int maxRows = 100000;
    int maxColumns = 256; // cells further right are ignored
};

// The first sheet of an .xlsx workbook: shared strings, inline strings, numbers (as their text;
// whole numbers without exponent or ".0"), booleans (TRUE/FALSE).
Result<Table> readXlsx(const QByteArray &bytes, const TableLimits &limits = {});
// A CSV file: UTF-8 (with or without BOM) or, when it is not valid UTF-8, GB18030 as Chinese Excel
// saves it; comma, semicolon or tab separated (chosen from the first line); quotes as in RFC 4180.
Result<Table> readCsv(const QByteArray &bytes, const TableLimits &limits = {});
// Reads the file and picks the reader by its name (.xlsx; .csv/.txt).
Result<Table> readTableFile(const QString &path, const TableLimits &limits = {});

} // namespace od::io
