#pragma once
// Translated labels for the stored state values the lists show, and the status choices each list's
// filter offers. Pure (no widgets): used by the model, the filter bar and the tests.
#include "storage/lists.h"
#include <QList>
#include <QPair>
#include <QString>

namespace ui {

// The label shown for a State column's stored value (unknown values are shown as they are).
QString stateLabel(od::ListId list, const QString &columnKey, const QString &value);
// (stored value, label) pairs for the filter's status combo, in display order; empty: no status filter.
QList<QPair<QString, QString>> statusChoices(od::ListId list);

} // namespace ui
