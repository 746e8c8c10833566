#include "settingsdialog.h"

#include "dialogparts.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
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
    save([this](bool saved) {
        if (saved)
            QDialog::accept();
    });
}

void SettingsDialog::save(std::function<void(bool)> done)
{
    if (m_saving)
        return;
    const QString why = validate();
    if (!why.isEmpty()) {
        showMessage(why);
        done(false);
        return;
    }
    showMessage({});
    m_saving = true;
    m_ok->setEnabled(false);
    m_ok->setText(tr("Saving…"));
    runSettingsWork(this, saver(), [this, done](const od::Status &st) {
        m_saving = false;
        m_ok->setEnabled(true);
        m_ok->setText(tr("Save"));
        if (!st.ok())
            showMessage(st.error().message);
        done(st.ok());
    });
}

void SettingsDialog::embed()
{
    setWindowFlags(Qt::Widget);
    m_buttons->hide();
    setMinimumWidth(0);
}

void SettingsDialog::addCheckButton(const QString &text, std::function<std::function<od::Status()>()> makeWork, const QString &okText)
{
    m_checkButton = new QPushButton(text, this);
    m_checkButton->setObjectName(QStringLiteral("checkButton"));
    m_checkButton->setAutoDefault(false);
    m_checkLabel = ui::namedLabel(this, QStringLiteral("checkResult"), true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_checkButton, 0, Qt::AlignTop);
    row->addWidget(m_checkLabel, 1);
    m_form->addRow(row);
    connect(m_checkButton, &QPushButton::clicked, this, [this, makeWork, okText, text] {
        if (m_checking)
            return;
        m_checking = true;
        m_checkButton->setEnabled(false);
        m_checkButton->setText(tr("Testing…"));
        m_checkLabel->setStyleSheet(QString());
        m_checkLabel->setText(tr("One signed call to the other side…"));
        runSettingsWork(this, makeWork(), [this, okText, text](const od::Status &st) {
            m_checking = false;
            m_checkButton->setEnabled(true);
            m_checkButton->setText(text);
            m_checkLabel->setStyleSheet(st.ok() ? QStringLiteral("color: #1b7f3b;") : QStringLiteral("color: #b00020;"));
            m_checkLabel->setText(st.ok() ? okText : st.error().message);
        });
    });
}
