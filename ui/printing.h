#pragma once
// 拣货单 (picking list, goods summed over the selected orders) and 发货单 (delivery note of one order),
// as HTML documents printed through QtPrintSupport (preview dialog) or rendered to PDF.
#include "domain/types.h"
#include <QString>
#include <vector>

class QWidget;

QString pickingListHtml(const std::vector<od::SalesOrder> &orders);
QString deliveryNoteHtml(const od::SalesOrder &order, const QString &shopName);
// Shows QPrintPreviewDialog for the document.
void printPreview(const QString &html, const QString &title, QWidget *parent);
// Renders to a PDF file; false if the file could not be written.
bool printToPdf(const QString &html, const QString &path);
