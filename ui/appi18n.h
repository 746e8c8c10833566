#pragma once
// The desk's languages: OrderDesk's own catalogue (embedded) and Qt's (qtbase_<lang>.qm: standard
// buttons, file and print dialogs), looked up where Qt keeps its translations and, for an installed
// Windows program, in the "translations" folder beside the executable.
#include <QString>

class QCoreApplication;

namespace ui {

struct LoadedTranslations {
    bool own = false;
    bool qt = false;
    QString qtFile; // where Qt's catalogue was found
};

// Installs the catalogues for `lang` (zh_CN or en) on `app`, sets the default locale and the interface
// font. English needs no catalogue: `own`/`qt` stay false.
LoadedTranslations installTranslations(QCoreApplication &app, const QString &lang);

// Where qtbase_<lang>.qm is, or empty.
QString findQtCatalogue(const QString &lang);

} // namespace ui
