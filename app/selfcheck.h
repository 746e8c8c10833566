#pragma once
// `orderdesk --self-check [--self-check-report <file>]`: checks the installed program's runtime
// (SQL drivers, a migrated SQLite database with FTS5 trigram search over Chinese text, the Chinese
// translation) without showing a window, prints a report (and writes it to the file, since a Windows
// GUI program has no console) and returns the process exit code: 0 when every check passed.
#include <QString>

int runSelfCheck(const QString &reportPath);
