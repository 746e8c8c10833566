#pragma once
// An order's timeline: its audit entries, oldest first (who, when, what, before → after).
#include "backend.h"
#include <QDialog>

class QTreeWidget;

class TimelineDialog : public QDialog {
    Q_OBJECT
public:
    TimelineDialog(Backend &backend, int64_t orderId, const QString &orderNo, QWidget *parent = nullptr);
    QTreeWidget *entries() const { return m_tree; }

signals:
    void loaded();

private:
    QTreeWidget *m_tree;
};
