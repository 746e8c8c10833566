#pragma once
// Column order, widths and visibility of a list, remembered per user and list in QSettings, and the
// header context menu that shows/hides columns.
#include <QObject>
#include <QString>

class QHeaderView;
class QTimer;

class ColumnSettings : public QObject {
    Q_OBJECT
public:
    // `listKey` is stable (e.g. "pending_import"); `login` is the user's login.
    ColumnSettings(QHeaderView *header, const QString &login, const QString &listKey, QObject *parent = nullptr);
    static QString settingsKey(const QString &login, const QString &listKey);
    bool restore();
    void save();
    void resetToDefaults();

private:
    void showMenu(const QPoint &pos);
    QHeaderView *m_header;
    QString m_key;
    QByteArray m_defaults;
    QTimer *m_saveLater;
};
