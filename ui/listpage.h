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
    // Set by the composer: the batch dialogs a page opens (tests look at the last one).
    BatchDialog *lastBatchDialog() const { return m_lastBatch; }

public slots:
    void refresh();
    void updateActions();

signals:
    void statusMessage(const QString &text);

protected:
    QAction *addListAction(ui::ActionId id, const QString &text, const QKeySequence &shortcut,
                           std::function<void()> handler, bool toolbar = true);
    void setDefaultAction(ui::ActionId id) { m_default = id; }
    // Runs `fn` over the items in a worker with the batch-progress dialog.
    BatchDialog *runBatch(const QString &title, const QList<BatchItem> &items,
                          std::function<std::vector<od::Status>(const std::vector<int64_t> &)> fn);
    // Runs one operation in a worker; shows the error, or `done` on success.
    void runOne(std::function<od::Status()> fn, const QString &done = {});
    QList<BatchItem> selectedItems(const QString &labelColumn) const;
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
    bool m_staleWhileHidden = false;  // a change arrived while the page was not shown
    ColumnSettings *m_columns = nullptr;
    QMap<int, QAction *> m_actions;
    QMap<int, QString> m_reasons;
    QList<QAction *> m_ordered;
    ui::ActionId m_default = ui::ActionId::Refresh;
    BatchDialog *m_lastBatch = nullptr;
    // Selection and scroll kept across reloads.
    QList<int64_t> m_keepSelected;
    int64_t m_keepCurrent = 0;
    int m_keepScroll = 0;
    bool m_restorePending = false;
};
