#include "settingspage.h"

#include <QFormLayout>
#include <QLabel>

SettingsPage::SettingsPage(od::Database &db, QWidget *parent) : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Settings").toHtmlEscaped()), this));
    form->addRow(tr("Database:"), new QLabel(db.config().describe(), this));
}
