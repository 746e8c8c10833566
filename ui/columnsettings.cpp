#include "columnsettings.h"

#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QTimer>

ColumnSettings::ColumnSettings(QHeaderView *header, const QString &login, const QString &listKey, QObject *parent)
    : QObject(parent), m_header(header), m_key(settingsKey(login, listKey)), m_defaults(header->saveState()), m_saveLater(new QTimer(this))
{
    m_header->setSectionsMovable(true);
    m_header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_header, &QHeaderView::customContextMenuRequested, this, &ColumnSettings::showMenu);
    m_saveLater->setSingleShot(true);
    m_saveLater->setInterval(400);
    connect(m_saveLater, &QTimer::timeout, this, &ColumnSettings::save);
    auto later = [this] { m_saveLater->start(); };
    connect(m_header, &QHeaderView::sectionMoved, this, later);
    connect(m_header, &QHeaderView::sectionResized, this, later);
    connect(m_header, &QHeaderView::sortIndicatorChanged, this, later);
    connect(m_header, &QObject::destroyed, m_saveLater, &QTimer::stop);
}

QString ColumnSettings::settingsKey(const QString &login, const QString &listKey)
{
    return QStringLiteral("columns/%1/%2").arg(login.isEmpty() ? QStringLiteral("_") : login, listKey);
}

bool ColumnSettings::restore()
{
    const QByteArray state = QSettings().value(m_key).toByteArray();
    if (state.isEmpty())
        return false;
    return m_header->restoreState(state);
}

void ColumnSettings::save()
{
    m_saveLater->stop();
    QSettings().setValue(m_key, m_header->saveState());
}

void ColumnSettings::resetToDefaults()
{
    m_header->restoreState(m_defaults);
    QSettings().remove(m_key);
}

void ColumnSettings::showMenu(const QPoint &pos)
{
    QMenu menu(m_header);
    QAbstractItemModel *model = m_header->model();
    int visible = 0;
    for (int i = 0; i < m_header->count(); ++i)
        visible += m_header->isSectionHidden(i) ? 0 : 1;
    for (int visual = 0; visual < m_header->count(); ++visual) {
        const int logical = m_header->logicalIndex(visual);
        QAction *a = menu.addAction(model->headerData(logical, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!m_header->isSectionHidden(logical));
        a->setEnabled(m_header->isSectionHidden(logical) || visible > 1); // keep one column
        connect(a, &QAction::toggled, this, [this, logical](bool on) {
            m_header->setSectionHidden(logical, !on);
            save();
        });
    }
    menu.addSeparator();
    connect(menu.addAction(tr("Restore default columns")), &QAction::triggered, this, &ColumnSettings::resetToDefaults);
    menu.exec(m_header->mapToGlobal(pos));
}
