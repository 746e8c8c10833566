// The CSV half of tablereader.h and the file entry point (readXlsx: xlsxreader.cpp).
#include "io/tablereader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace od::io {
namespace {

QString decode(const QByteArray &bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8(bytes);
    if (!utf8.hasError())
        return text;
    // Not UTF-8: a CSV saved by Chinese Excel (GB18030, a superset of GBK), where the platform has it.
    QStringDecoder gb("GB18030");
    if (gb.isValid()) {
        text = gb(bytes);
        if (!gb.hasError())
            return text;
    }
    QStringDecoder system(QStringDecoder::System);
    return system(bytes);
}

QChar separatorOf(QStringView text)
{
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    const QStringView first = end < 0 ? text : text.left(end);
    QChar best = QLatin1Char(',');
    qsizetype most = first.count(best);
    for (QChar c : {QLatin1Char('\t'), QLatin1Char(';')}) {
        if (first.count(c) > most) {
            best = c;
            most = first.count(c);
        }
    }
    return best;
}

} // namespace

Result<Table> readCsv(const QByteArray &bytes, const TableLimits &limits)
{
    if (bytes.size() > limits.maxFileBytes)
        return Error(QStringLiteral("table.too_big"),
                     QCoreApplication::translate("TableReader", "The file is larger than %1 MB.").arg(limits.maxFileBytes / (1024 * 1024)));
    if (bytes.contains('\0'))
        return Error(QStringLiteral("csv.invalid"), QCoreApplication::translate("TableReader", "This is not a text (CSV) file."));
    QString text = decode(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QChar sep = separatorOf(text);
    Table table;
    TableRow row;
    QString cell;
    int line = 1;
    bool quoted = false, wasQuoted = false;
    auto endCell = [&] {
        if (row.cells.size() < limits.maxColumns)
            row.cells << (wasQuoted ? cell : cell.trimmed());
        cell.clear();
        wasQuoted = false;
    };
    auto endRow = [&]() -> Status {
        endCell();
        while (!row.cells.isEmpty() && row.cells.last().isEmpty())
            row.cells.removeLast();
        if (!row.cells.isEmpty()) {
            if (int(table.rows.size()) >= limits.maxRows)
                return Error(QStringLiteral("table.too_many_rows"),
                             QCoreApplication::translate("TableReader", "The sheet has more than %1 rows.").arg(limits.maxRows));
            table.rows.push_back(row);
        }
        row = TableRow{};
        row.number = line;
        return {};
    };
    row.number = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                cell += c;
            }
        } else if (c == QLatin1Char('"') && cell.trimmed().isEmpty()) {
            quoted = wasQuoted = true;
            cell.clear();
        } else if (c == sep) {
            endCell();
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                ++i;
            ++line;
            if (Status st = endRow(); !st.ok())
                return st.error();
        } else {
            cell += c;
        }
    }
    if (quoted)
        return Error(QStringLiteral("csv.invalid"),
                     QCoreApplication::translate("TableReader", "The CSV file ends inside a quoted cell (row %1).").arg(row.number));
    if (Status st = endRow(); !st.ok())
        return st.error();
    return table;
}

Result<Table> readTableFile(const QString &path, const TableLimits &limits)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("table.open"),
                     QCoreApplication::translate("TableReader", "Could not open %1: %2").arg(QFileInfo(path).fileName(), f.errorString()));
    if (f.size() > limits.maxFileBytes)
        return Error(QStringLiteral("table.too_big"),
                     QCoreApplication::translate("TableReader", "The file is larger than %1 MB.").arg(limits.maxFileBytes / (1024 * 1024)));
    const QByteArray bytes = f.read(limits.maxFileBytes + 1);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx") || bytes.startsWith("PK\x03\x04"))
        return readXlsx(bytes, limits);
    if (suffix == QLatin1String("xls"))
        return Error(QStringLiteral("table.xls"),
                     QCoreApplication::translate("TableReader", "Old Excel files (.xls) cannot be read: save the file as .xlsx or .csv."));
    return readCsv(bytes, limits);
}

} // namespace od::io
