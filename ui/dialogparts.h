#pragma once
// The pieces every dialog of the desk builds the same way: its button row, the red validation
// message, text labels staff can copy from, a read-only table and the raw-payload view.
#include <QString>
#include <QStringList>
#include <functional>
#include <initializer_list>
#include <utility>

class QBoxLayout;
class QDialog;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QWidget;

namespace ui {

// OK / Cancel (or Save / Cancel with `save`) added to `layout`: the OK button says `okText` (empty:
// Qt's own) and runs `onAccept` (none: the dialog is accepted); Cancel rejects. Returns the OK button.
QPushButton *addOkCancel(QDialog *dialog, QBoxLayout *layout, const QString &okText, std::function<void()> onAccept = {}, bool save = false);
// A Close button (rejects the dialog) added to `layout`.
void addClose(QDialog *dialog, QBoxLayout *layout);
// The red message under a form that says what is missing ("validationMessage").
QLabel *messageLabel(QWidget *parent);
// A wrapped label named `objectName` (tests and style sheets find it), selectable when asked.
QLabel *namedLabel(QWidget *parent, const QString &objectName, bool selectable = false);
// A password-style field named `objectName` (passwords, app secrets, tokens).
QLineEdit *secretEdit(QWidget *parent, const QString &objectName);
// Rows of a form, in order: the label text and its field.
void addRows(QFormLayout *form, std::initializer_list<std::pair<QString, QWidget *>> rows);
// Labels whose text staff can select and copy, wrapped.
void selectable(std::initializer_list<QLabel *> labels);
// A table staff read but do not edit: these headers, no row numbers, the last column stretched.
void readOnlyTable(QTableWidget *table, const QStringList &headers);
// The raw payload as the platform sent it: read-only, not wrapped ("rawPayload").
void rawPayloadView(QPlainTextEdit *view);

} // namespace ui
