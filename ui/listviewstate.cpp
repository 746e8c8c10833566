// ListPage: what stays put when the rows are replaced. A reload keeps the selected rows (by id) and
// the scroll position; a refresh — new or changed rows arriving while someone works — also keeps the
// anchor row at the same height on screen, so rows inserted above the viewport never move the rows
// under the mouse. How many arrived above is offered as "N new rows · click to see them".
#include "listpage.h"

#include <QCursor>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>

void ListPage::saveViewState()
{
    const bool refreshing = std::exchange(m_refreshing, false);
    if (m_restorePending)
        return; // a reload before the previous one was restored: keep the first snapshot
    m_keepSelected = selectedIds();
    const QModelIndex cur = m_view->currentIndex();
    m_keepCurrent = cur.isValid() ? m_model->rowId(cur.row()) : 0;
    m_keepScroll = m_view->verticalScrollBar()->value();
    m_restorePending = true;

    m_anchorPending = false;
    m_anchorFetches = 0;
    if (!refreshing || m_model->rowCount() == 0)
        return;
    QWidget *vp = m_view->viewport();
    auto onScreen = [&](int row) {
        if (row < 0)
            return false;
        const int y = m_view->rowViewportPosition(row);
        return y + m_view->rowHeight(row) > 0 && y < vp->height();
    };
    int row = -1;
    const QPoint mouse = vp->mapFromGlobal(QCursor::pos());
    if (vp->underMouse() && vp->rect().contains(mouse))
        row = m_view->rowAt(mouse.y());
    if (row < 0 && cur.isValid() && onScreen(cur.row()))
        row = cur.row();
    if (row < 0)
        for (int64_t id : std::as_const(m_keepSelected))
            if (const int r = m_model->rowOfId(id); onScreen(r)) {
                row = r;
                break;
            }
    const int top = m_view->rowAt(0);
    if (row < 0)
        row = top;
    if (row < 0)
        return;
    // If the preferred row is gone after the refresh (converted, removed), the next row on screen holds.
    m_anchors.clear();
    m_anchors.append({m_model->rowId(row), row, m_view->rowViewportPosition(row)});
    for (int r = top; r >= 0 && r < m_model->rowCount() && onScreen(r); ++r)
        if (r != row)
            m_anchors.append({m_model->rowId(r), r, m_view->rowViewportPosition(r)});
    m_anchorPending = true;
}

void ListPage::restoreViewState()
{
    if (!m_restorePending)
        return;
    m_restorePending = false;
    QItemSelection sel;
    for (int64_t id : std::as_const(m_keepSelected)) {
        const int row = m_model->rowOfId(id);
        if (row >= 0)
            sel.select(m_model->index(row, 0), m_model->index(row, m_model->columnCount() - 1));
    }
    QItemSelectionModel *sm = m_view->selectionModel();
    const int cur = m_model->rowOfId(m_keepCurrent);
    if (cur >= 0)
        sm->setCurrentIndex(m_model->index(cur, 0), QItemSelectionModel::NoUpdate);
    sm->select(sel, QItemSelectionModel::ClearAndSelect);
    m_view->doItemsLayout(); // the scroll range follows the new rows now, not at the next paint
    m_view->verticalScrollBar()->setValue(m_keepScroll);
    if (m_anchorPending)
        restoreAnchor();
}

void ListPage::restoreAnchor()
{
    int row = -1;
    Anchor anchor{};
    for (const Anchor &a : std::as_const(m_anchors))
        if ((row = m_model->rowOfId(a.id)) >= 0) {
            anchor = a;
            break;
        }
    if (row < 0) {
        // Rows arrived above it and pushed it past what the reload fetched: fetch on (bounded).
        if (m_model->canFetchMore({}) && m_anchorFetches++ < 10) {
            m_model->fetchMore({});
            return;
        }
        m_anchorPending = false;
        return;
    }
    m_anchorPending = false;
    if (m_anchorFetches > 0) {
        // The selection may have been beyond the first reload too.
        QItemSelection sel;
        for (int64_t id : std::as_const(m_keepSelected))
            if (const int r = m_model->rowOfId(id); r >= 0)
                sel.select(m_model->index(r, 0), m_model->index(r, m_model->columnCount() - 1));
        m_view->selectionModel()->select(sel, QItemSelectionModel::ClearAndSelect);
        if (const int cur = m_model->rowOfId(m_keepCurrent); cur >= 0)
            m_view->selectionModel()->setCurrentIndex(m_model->index(cur, 0), QItemSelectionModel::NoUpdate);
    }
    m_view->doItemsLayout();
    QScrollBar *sb = m_view->verticalScrollBar();
    sb->setValue(sb->value() + m_view->rowViewportPosition(row) - anchor.y);
    const int above = row - anchor.row;
    if (above > 0 && sb->value() > 0) {
        m_newAboveCount += above;
        m_newRows->setText(tr("%n new rows above · click to see them", nullptr, m_newAboveCount));
        m_newRows->show();
    }
}
