#pragma once
// Translated labels for the stored state values the lists show, and the status choices each list's
// filter offers. Pure (no widgets): used by the model, the filter bar and the tests.
#include "storage/lists.h"
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace ui {

// The label shown for a State column's stored value (unknown values are shown as they are).
QString stateLabel(od::ListId list, const QString &columnKey, const QString &value);
// (stored value, label) pairs for the filter's status combo, in display order; empty: no status filter.
QList<QPair<QString, QString>> statusChoices(od::ListId list);
// The label of an audit trail action key (audit_log.action, e.g. "trade.convert"); unknown keys are
// shown as they are. Used by the audit list and the order timeline.
QString auditActionLabel(const QString &action);
// Every action key the table knows (tests check the core writes no other).
QStringList auditActionKeys();

} // namespace ui
