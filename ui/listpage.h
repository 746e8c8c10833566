#pragma once
// A page showing one list: filter bar, toolbar with the page's actions, the table, and a status line
// with total/selected counts. Pages (subclasses) register their actions with addListAction(); their
// enabling comes from ui::actionVerdict over the selected rows. The page owns its model, filter bar
// and actions; the main window only composes pages.
#include "actionpolicy.h"
#include "backend.h"
#include "listmodel.h"
#include <QMap>
#include <QWidget>
#include <functional>

class ColumnSettings;
class FilterBar;
class QAction;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolBar;
class BatchDialog;
struct BatchItem;

class ListPage : public QWidget {
    Q_OBJECT
public:
    ListPage(Backend &backend, od::ListId list, const QString &key, QWidget *parent = nullptr);
    ~ListPage() override;
    ListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    FilterBar *filterBar() const { return m_filter; }
    QLineEdit *searchBox() const;
    QToolBar *toolBar() const { return m_toolbar; }
    od::ListId listId() const { return m_list; }
    QString key() const { return m_key; }
    QList<int64_t> selectedIds() const;
    std::vector<ui::RowState> selectedStates() const;
    QString title() const;
    QAction *action(ui::ActionId id) const { return m_actions.value(int(id)); }
    QString disabledReason(ui::ActionId id) const { return m_reasons.value(int(id)); }
    ColumnSettings *columnSettings() const { return m_columns; }
    QLabel *statusLabel() const { return m_status; }
    // Shown when a refresh brought rows above what is on screen ("有 N 条新订单"); clicking it goes to
    // the top. Hidden otherwise.
    class QPushButton *newRowsButton() const { return m_newRows; }
    // Set by the composer: the batch dialogs a page opens (tests look at the last one).
    BatchDialog *lastBatchDialog() const { return m_lastBatch; }
    // The open confirmation of a batch (window-modal, answered asynchronously), if any.
    class QMessageBox *pendingConfirmation() const { return m_confirm; }
    // When set, confirmations are answered by this instead of a dialog (tests, benchmarks): it gets
    // the question as staff would read it and returns whether to go ahead.
    std::function<bool(const QString &question)> confirmHook;

public slots:
    void refresh();
    void updateActions();

signals:
    void statusMessage(const QString &text);

protected:
    QAction *addListAction(ui::ActionId id, const QString &text, const QKeySequence &shortcut, std::function<void()> handler, bool toolbar = true);
    void setDefaultAction(ui::ActionId id) { m_default = id; }
    // Runs `fn` over the items in a worker with the batch-progress dialog.
    BatchDialog *runBatch(const QString &title, const QList<BatchItem> &items, std::function<std::vector<od::Status>(const std::vector<int64_t> &)> fn);
    // Runs one operation in a worker; shows the error, or `done` on success.
    void runOne(std::function<od::Status()> fn, const QString &done = {});
    QList<BatchItem> selectedItems(const QString &labelColumn) const;
    // The selected row's id when exactly one row is selected, else 0.
    int64_t singleSelectedId() const;
    // One Backend call per row (removeTrade, markRefundProcessed, …).
    using RowAction = od::Status (Backend::*)(int64_t);
    // An action on the selected rows, run as a batch titled `batchTitle` (empty: the action's text),
    // each row labelled with its `labelColumn` value.
    QAction *addSelectionAction(ui::ActionId id, const QString &text, const QKeySequence &shortcut, const QString &labelColumn, RowAction call,
                                const QString &batchTitle = {});
    // An action on every row the filter matches (runOnWholeList), titled like the action.
    QAction *addWholeListAction(ui::ActionId id, const QString &text, const QKeySequence &shortcut, const QString &labelColumn,
                                std::function<QString(const QString &count, const QString &filter)> question, RowAction call);
    // Asks `question` (Yes/No, window-modal, no nested event loop) and runs `then` on Yes.
    void confirm(const QString &title, const QString &question, std::function<void()> then);
    // A whole-list action as in the E3 manual: every row the current filter matches, across all pages,
    // not only the loaded or selected ones. The ids (labelled with `labelColumn`'s values in the batch
    // results) are fetched in a worker; `question(count, filter)`
    // names the count and the filter in words; on Yes, `fn` runs over them in chunks as a batch.
    void runOnWholeList(const QString &title, const QString &labelColumn, std::function<QString(const QString &count, const QString &filter)> question,
                        std::function<std::vector<od::Status>(const std::vector<int64_t> &)> fn);
    QString valueOf(int64_t id, const QString &columnKey) const;
    void showEvent(QShowEvent *event) override;
    Backend &m_backend;

private:
    void exportToExcel();
    void saveViewState();
    void restoreViewState();
    void updateStatus();
    void showContextMenu(const QPoint &pos);
    od::ListId m_list;
    QString m_key;
    ListModel *m_model;
    FilterBar *m_filter;
    QToolBar *m_toolbar;
    QTableView *m_view;
    QLabel *m_status;
    QTimer *m_changeDebounce;
    bool m_staleWhileHidden = false; // a change arrived while the page was not shown
    ColumnSettings *m_columns = nullptr;
    QMap<int, QAction *> m_actions;
    QMap<int, QString> m_reasons;
    QList<QAction *> m_ordered;
    ui::ActionId m_default = ui::ActionId::Refresh;
    BatchDialog *m_lastBatch = nullptr;
    class QMessageBox *m_confirm = nullptr;
    void restoreAnchor();
    // Selection and scroll kept across reloads. A refresh (new or changed rows arriving) keeps the
    // anchor row — the one under the mouse, else the current one, else the first selected or top
    // visible row — at the same height on screen, so rows inserted above do not move what staff look at.
    QList<int64_t> m_keepSelected;
    int64_t m_keepCurrent = 0;
    int m_keepScroll = 0;
    bool m_restorePending = false;
    bool m_refreshing = false; // the reload in flight is a refresh (keep the anchor)
    struct Anchor {
        int64_t id;
        int row;
        int y;
    }; // row and viewport y before the refresh
    QList<Anchor> m_anchors; // the preferred anchor first, then every other row on screen
    bool m_anchorPending = false; // not loaded yet: fetch more, then place it
    int m_anchorFetches = 0;
    int m_newAboveCount = 0;
    class QPushButton *m_newRows = nullptr;
};
