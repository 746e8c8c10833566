#pragma once
// 批量处理: a progress bar, cancel, the per-item result list (ok / failed + reason), "retry failed"
// and export of the results. Drives a BackgroundBatch.
#include "backgroundbatch.h"
#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

class BatchDialog : public QDialog {
    Q_OBJECT
public:
    BatchDialog(const QString &title, BackgroundBatch::ChunkFn fn, QWidget *parent = nullptr);
    void start(const QList<BatchItem> &items);
    BackgroundBatch *runner() const { return m_runner; }
    QTreeWidget *resultList() const { return m_list; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *cancelButton() const { return m_cancel; }
    int okCount() const { return m_ok; }
    int failedCount() const { return m_failed; }
    // Writes the result list as .xlsx; empty string when ok, else the error.
    QString exportResults(const QString &path) const;

signals:
    void batchFinished(int ok, int failed);

private:
    void addResults(const QList<BatchOutcome> &results);
    BackgroundBatch *m_runner;
    BackgroundBatch::ChunkFn m_fn;
    QProgressBar *m_bar;
    QLabel *m_summary;
    QTreeWidget *m_list;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_export;
    QPushButton *m_close;
    int m_ok = 0;
    int m_failed = 0;
};
