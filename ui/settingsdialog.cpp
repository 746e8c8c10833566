#include "settingsdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

void runSettingsWork(QObject *context, std::function<od::Status()> work, std::function<void(const od::Status &)> done)
{
    auto *w = new QFutureWatcher<od::Status>(context);
    QObject::connect(w, &QFutureWatcher<od::Status>::finished, context, [w, done] {
        w->deleteLater();
        done(w->result());
    });
    w->setFuture(QtConcurrent::run(std::move(work)));
}

SettingsDialog::SettingsDialog(const QString &title, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(title);
    setMinimumWidth(480);
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(m_form);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();
    layout->addWidget(m_message);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = m_buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
}

void SettingsDialog::addNote(const QString &text)
{
    auto *note = new QLabel(text, this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #555;"));
    m_form->addRow(note);
}

void SettingsDialog::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void SettingsDialog::recheck()
{
    if (m_saving)
        return;
    // Only clears a shown message once the input is fine again; OK stays clickable so that
    // clicking it explains what is missing.
    if (m_message->isVisible() && validate().isEmpty())
        showMessage({});
}

void SettingsDialog::accept()
{
    if (m_saving)
        return;
    const QString why = validate();
    if (!why.isEmpty()) {
        showMessage(why);
        return;
    }
    showMessage({});
    m_saving = true;
    m_ok->setEnabled(false);
    m_ok->setText(tr("Saving…"));
    runSettingsWork(this, saver(), [this](const od::Status &st) {
        m_saving = false;
        m_ok->setEnabled(true);
        m_ok->setText(tr("Save"));
        if (!st.ok()) {
            showMessage(st.error().message);
            return;
        }
        QDialog::accept();
    });
}
