#include "appi18n.h"

#include "uifont.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ui {

QString findQtCatalogue(const QString &lang)
{
    const QString name = QStringLiteral("qtbase_%1.qm").arg(lang);
    const QStringList dirs{QLibraryInfo::path(QLibraryInfo::TranslationsPath),
                           QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("translations"))};
    for (const QString &dir : dirs) {
        const QString path = QDir(dir).filePath(name);
        if (QFileInfo::exists(path))
            return path;
    }
    return {};
}

LoadedTranslations installTranslations(QCoreApplication &app, const QString &lang)
{
    LoadedTranslations loaded;
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/orderdesk_%1.qm").arg(lang))) {
        QCoreApplication::installTranslator(own);
        loaded.own = true;
    }
    const QString qtFile = findQtCatalogue(lang);
    auto *qt = new QTranslator(&app);
    if (!qtFile.isEmpty() && qt->load(qtFile)) {
        QCoreApplication::installTranslator(qt);
        loaded.qt = true;
        loaded.qtFile = qtFile;
    }
    QLocale::setDefault(QLocale(lang));
    if (qobject_cast<QApplication *>(&app))
        QApplication::setFont(interfaceFont(QApplication::font(), lang));
    return loaded;
}

} // namespace ui
