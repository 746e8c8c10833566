#include "dialogparts.h"

#include <QBoxLayout>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>

namespace ui {

QPushButton *addOkCancel(QDialog *dialog, QBoxLayout *layout, const QString &okText, std::function<void()> onAccept, bool save)
{
    const auto ok = save ? QDialogButtonBox::Save : QDialogButtonBox::Ok;
    auto *buttons = new QDialogButtonBox(ok | QDialogButtonBox::Cancel, dialog);
    QPushButton *button = buttons->button(ok);
    if (!okText.isEmpty())
        button->setText(okText);
    if (onAccept)
        QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, std::move(onAccept));
    else
        QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    return button;
}

void addClose(QDialog *dialog, QBoxLayout *layout)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
}

QLabel *messageLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QStringLiteral("validationMessage"));
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: #b00020;"));
    return l;
}

QLabel *namedLabel(QWidget *parent, const QString &objectName, bool selectable)
{
    auto *l = new QLabel(parent);
    l->setObjectName(objectName);
    l->setWordWrap(true);
    if (selectable)
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

QLineEdit *secretEdit(QWidget *parent, const QString &objectName)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(objectName);
    e->setEchoMode(QLineEdit::Password);
    return e;
}

void addRows(QFormLayout *form, std::initializer_list<std::pair<QString, QWidget *>> rows)
{
    for (const auto &[label, field] : rows)
        form->addRow(label, field);
}

void selectable(std::initializer_list<QLabel *> labels)
{
    for (QLabel *l : labels) {
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setWordWrap(true);
    }
}

void readOnlyTable(QTableWidget *table, const QStringList &headers)
{
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
}

void rawPayloadView(QPlainTextEdit *view)
{
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setObjectName(QStringLiteral("rawPayload"));
}

} // namespace ui
