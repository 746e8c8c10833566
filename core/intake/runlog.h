#pragma once
// schedule_runs rows (one per download run) and the schedules table (per-shop download plans).
#include "domain/result.h"
#include "storage/database.h"
#include <QString>
#include <optional>
#include <vector>

namespace od::intake {

struct RunStats {
    int64_t runId = 0;
    QString kind;
    QString windowStart, windowEnd;
    int seen = 0, created = 0, updated = 0, refused = 0;
    bool ok = false;
    QString errorCode;
    QString error;
};

struct Schedule {
    int64_t id = 0;
    int64_t shopId = 0;
    QString kind; // orders | gapfill | refunds
    int intervalMin = 5;
    int lookbackMin = 0;
    bool enabled = true;
    QString coveredUntil;
};

class RunLog {
public:
    explicit RunLog(Database &db) : m_db(db) { }
    // Writes the row when the run starts (ok = 0, finished_at ''): a run killed half-way stays visible.
    Result<int64_t> start(int64_t shopId, const QString &kind, const QString &windowStart, const QString &windowEnd);
    Status finish(const RunStats &stats);

    Result<int64_t> upsertSchedule(const Schedule &s);
    Result<std::vector<Schedule>> schedules(bool enabledOnly);
    Result<std::optional<Schedule>> schedule(int64_t id);
    Status setCoveredUntil(int64_t scheduleId, const QString &until);
    // When the last run of this shop+kind started ('' if never).
    Result<QString> lastStarted(int64_t shopId, const QString &kind);

private:
    Database &m_db;
};

} // namespace od::intake
