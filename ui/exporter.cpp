#include "exporter.h"

#include "domain/text.h"

#include "domain/money.h"
#include "statelabels.h"

#include <QCoreApplication>
#include <xlsxwriter.h>

namespace {

class Book {
public:
    explicit Book(const QString &path) : m_path(path.toUtf8()) { m_wb = workbook_new(m_path.constData()); }
    ~Book()
    {
        if (m_wb)
            workbook_close(m_wb);
    }
    bool ok() const { return m_wb != nullptr; }
    lxw_worksheet *sheet(const QString &name)
    {
        const QByteArray n = name.left(31).toUtf8();
        m_ws = workbook_add_worksheet(m_wb, n.constData());
        m_bold = workbook_add_format(m_wb);
        format_set_bold(m_bold);
        m_money = workbook_add_format(m_wb);
        format_set_num_format(m_money, "0.00");
        return m_ws;
    }
    void header(const QStringList &h)
    {
        for (int c = 0; c < h.size(); ++c)
            worksheet_write_string(m_ws, 0, lxw_col_t(c), h[c].toUtf8().constData(), m_bold);
        worksheet_freeze_panes(m_ws, 1, 0);
    }
    void text(lxw_row_t r, int c, const QString &s)
    {
        if (!s.isEmpty())
            worksheet_write_string(m_ws, r, lxw_col_t(c), s.toUtf8().constData(), nullptr);
    }
    void number(lxw_row_t r, int c, double v, bool money) { worksheet_write_number(m_ws, r, lxw_col_t(c), v, money ? m_money : nullptr); }
    void width(int c, double w) { worksheet_set_column(m_ws, lxw_col_t(c), lxw_col_t(c), w, nullptr); }
    QString close()
    {
        const lxw_error e = workbook_close(m_wb);
        m_wb = nullptr;
        if (e != LXW_NO_ERROR)
            return QCoreApplication::translate("Exporter", "Could not write the Excel file: %1").arg(QString::fromUtf8(lxw_strerror(e)));
        return {};
    }

private:
    QByteArray m_path;
    lxw_workbook *m_wb = nullptr;
    lxw_worksheet *m_ws = nullptr;
    lxw_format *m_bold = nullptr;
    lxw_format *m_money = nullptr;
};
} // namespace

QString writeXlsx(const QString &path, const QString &sheet, const QStringList &headers, const QList<QStringList> &rows)
{
    Book book(path);
    if (!book.ok())
        return QCoreApplication::translate("Exporter", "Could not create the Excel file %1.").arg(path);
    book.sheet(sheet);
    book.header(headers);
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].size(); ++c)
            book.text(lxw_row_t(r + 1), c, rows[r][c]);
    return book.close();
}

ExportResult exportList(od::Database &db, od::ListId list, const od::ListFilter &filter, const QString &sortKey, bool descending, const QStringList &columns,
                        const QString &path, const std::function<void(qint64)> &progress, const std::atomic<bool> *cancel, bool wholeContacts)
{
    ExportResult out;
    const od::ListSpec &spec = od::listSpec(list);
    std::vector<int> cols;
    for (const QString &k : columns)
        if (int i = spec.columnIndex(k); i >= 0)
            cols.push_back(i);
    if (cols.empty())
        for (int i = 0; i < int(spec.columns.size()); ++i)
            cols.push_back(i);
    Book book(path);
    if (!book.ok()) {
        out.error = QCoreApplication::translate("Exporter", "Could not create the Excel file %1.").arg(path);
        return out;
    }
    book.sheet(od::listTitle(list));
    QStringList headers;
    for (int c : cols)
        headers << QCoreApplication::translate("Lists", spec.columns[size_t(c)].label);
    book.header(headers);
    for (int i = 0; i < int(cols.size()); ++i)
        book.width(i, std::max(8.0, spec.columns[size_t(cols[size_t(i)])].width / 7.0));

    od::ListRepository repo(db);
    od::ListRequest req;
    req.filter = filter;
    req.sortKey = sortKey;
    req.descending = descending;
    req.limit = 2000;
    lxw_row_t row = 1;
    for (;;) {
        if (cancel && *cancel) {
            out.error = QCoreApplication::translate("Exporter", "Export cancelled.");
            return out;
        }
        auto page = repo.page(spec, req);
        if (!page.ok()) {
            out.error = page.error().message;
            return out;
        }
        for (const od::ListRow &r : page.value().rows) {
            for (int i = 0; i < int(cols.size()); ++i) {
                const od::ColumnSpec &c = spec.columns[size_t(cols[size_t(i)])];
                const QVariant v = r.values.value(cols[size_t(i)]);
                switch (c.type) {
                case od::ColumnType::Money:
                    // Exact text of the fen amount, parsed back by Excel as a 2-decimal number.
                    book.number(row, i, od::Money::fromFen(v.toLongLong()).toString().toDouble(), true);
                    break;
                case od::ColumnType::Integer:
                    book.number(row, i, double(v.toLongLong()), false);
                    break;
                case od::ColumnType::Flag:
                    book.text(row, i, v.toLongLong() ? QCoreApplication::translate("Lists", "Yes") : QString());
                    break;
                case od::ColumnType::State:
                    book.text(row, i, ui::stateLabel(list, c.key, v.toString()));
                    break;
                default:
                    book.text(row, i, od::isBuyerContact(c) && !wholeContacts ? od::maskMobile(v.toString()) : v.toString());
                    break;
                }
            }
            ++row;
        }
        out.rows = qint64(row) - 1;
        if (progress)
            progress(out.rows);
        if (!page.value().hasMore || !page.value().last)
            break;
        req.after = page.value().last;
    }
    out.error = book.close();
    return out;
}
