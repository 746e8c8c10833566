#include "printing.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMap>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

namespace {
QString esc(const QString &s) { return s.toHtmlEscaped(); }
const char *kStyle = "<style>body{font-size:10pt} table{border-collapse:collapse;width:100%}"
                     "td,th{border:1px solid #444;padding:3px} th{background:#eee} .r{text-align:right}</style>";
} // namespace

QString pickingListHtml(const std::vector<od::SalesOrder> &orders)
{
    struct Sum {
        QString title, attributes;
        int qty = 0;
        QStringList orders;
    };
    QMap<QString, Sum> bySku;
    for (const od::SalesOrder &o : orders)
        for (const od::SalesOrderLine &l : o.lines) {
            if (l.cancelled)
                continue;
            Sum &s = bySku[l.skuCode + QLatin1Char('\x1f') + l.attributes];
            s.title = l.title;
            s.attributes = l.attributes;
            s.qty += l.quantity;
            if (!s.orders.contains(o.orderNo))
                s.orders << o.orderNo;
        }
    QString h = QString::fromLatin1(kStyle);
    h += QStringLiteral("<h2>%1</h2><p>%2</p>")
             .arg(esc(QCoreApplication::translate("Printing", "Picking list")), esc(QCoreApplication::translate("Printing", "%1 orders").arg(orders.size())));
    h += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
             .arg(esc(QCoreApplication::translate("Printing", "Goods code")), esc(QCoreApplication::translate("Printing", "Goods")),
                  esc(QCoreApplication::translate("Printing", "Attributes")), esc(QCoreApplication::translate("Printing", "Qty")),
                  esc(QCoreApplication::translate("Printing", "Orders")));
    for (auto it = bySku.cbegin(); it != bySku.cend(); ++it)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td class=r>%4</td><td>%5</td></tr>")
                 .arg(esc(it.key().section(QLatin1Char('\x1f'), 0, 0)), esc(it->title), esc(it->attributes))
                 .arg(it->qty)
                 .arg(esc(it->orders.join(QStringLiteral(", "))));
    h += QStringLiteral("</table>");
    return h;
}

QString deliveryNoteHtml(const od::SalesOrder &o, const QString &shopName)
{
    QString h = QString::fromLatin1(kStyle);
    h += QStringLiteral("<h2>%1 — %2</h2>").arg(esc(QCoreApplication::translate("Printing", "Delivery note")), esc(shopName));
    h += QStringLiteral("<p>%1 %2 &nbsp; %3 %4 &nbsp; %5 %6</p>")
             .arg(esc(QCoreApplication::translate("Printing", "Order No.:")), esc(o.orderNo), esc(QCoreApplication::translate("Printing", "Trade ID:")),
                  esc(o.tid), esc(QCoreApplication::translate("Printing", "Date:")), esc(o.createdAt));
    h += QStringLiteral("<p>%1 %2 %3<br>%4 %5</p>")
             .arg(esc(QCoreApplication::translate("Printing", "Receiver:")), esc(o.receiverName), esc(o.receiverMobile),
                  esc(QCoreApplication::translate("Printing", "Address:")), esc(o.receiverAddress));
    h += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>")
             .arg(esc(QCoreApplication::translate("Printing", "Goods code")), esc(QCoreApplication::translate("Printing", "Goods")),
                  esc(QCoreApplication::translate("Printing", "Attributes")), esc(QCoreApplication::translate("Printing", "Qty")),
                  esc(QCoreApplication::translate("Printing", "Unit price")), esc(QCoreApplication::translate("Printing", "Amount")));
    for (const od::SalesOrderLine &l : o.lines) {
        if (l.cancelled)
            continue;
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td class=r>%4</td><td class=r>%5</td><td class=r>%6</td></tr>")
                 .arg(esc(l.skuCode), esc(l.title), esc(l.attributes))
                 .arg(l.quantity)
                 .arg(l.unitPrice.toString(), l.amount.toString());
    }
    h += QStringLiteral("</table><p class=r>%1 %2 &nbsp; %3 %4 &nbsp; %5 %6</p>")
             .arg(esc(QCoreApplication::translate("Printing", "Goods:")), o.goodsTotal.toString(), esc(QCoreApplication::translate("Printing", "Freight:")),
                  o.freight.toString(), esc(QCoreApplication::translate("Printing", "Paid:")), o.paidAmount.toString());
    if (!o.remarks.isEmpty())
        h += QStringLiteral("<p>%1 %2</p>").arg(esc(QCoreApplication::translate("Printing", "Remarks:")), esc(o.remarks));
    return h;
}

void printPreview(const QString &html, const QString &title, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(title);
    QPrintPreviewDialog dlg(&printer, parent);
    dlg.setWindowTitle(title);
    QObject::connect(&dlg, &QPrintPreviewDialog::paintRequested, &dlg, [&html](QPrinter *p) {
        QTextDocument doc;
        doc.setHtml(html);
        doc.print(p);
    });
    dlg.exec();
}

bool printToPdf(const QString &html, const QString &path)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    QTextDocument doc;
    doc.setHtml(html);
    doc.print(&printer);
    return QFileInfo(path).size() > 0;
}
