#pragma once
// Command-line flags of the desktop app.
#include <QString>
#include <QStringList>
#include <optional>

struct AppOptions {
    bool demo = false;
    QString db; // SQLite path or PostgreSQL connection string; empty: the default file
    QString lang; // "zh_CN" or "en"; empty: the choice saved in 设置 (QSettings ui/language), else zh_CN
    QString screenshotDir; // with --screenshots: write a PNG of every page there, then quit
    int quitAfterSecs = 0; // --quit-after <s>: quit on its own after that long (unattended demo runs)
    bool selfCheck = false; // --self-check: check the runtime, print a report, exit (no window)
    QString selfCheckReport; // --self-check-report <file>: also write the report there
    QString error; // set when the flags cannot be used
};

// Parses argv (without exiting the process) so it can be tested.
AppOptions parseAppOptions(const QStringList &arguments);
