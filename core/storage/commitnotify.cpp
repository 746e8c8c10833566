#include "storage/commitnotify.h"

#include <QSqlDriver>
#include <QStringList>
#include <QVariant>
#include <map>
#include <mutex>

namespace od::sql {

namespace {
const char *kMarks = "od_commit_topics"; // kept on the connection's driver, as the transaction depth
const char *kDepth = "od_tx_depth";

struct Registry {
    std::mutex mutex;
    int next = 1;
    std::map<int, std::pair<QString, std::function<void()>>> subscribers;
};
Registry &registry()
{
    static Registry r;
    return r;
}

void fire(const QStringList &topics)
{
    Registry &r = registry();
    std::lock_guard lock(r.mutex);
    for (const auto &[handle, sub] : r.subscribers)
        if (topics.contains(sub.first))
            sub.second();
}
} // namespace

void notifyOnCommit(QSqlDatabase db, const QString &topic)
{
    QSqlDriver *d = db.driver();
    if (!d || d->property(kDepth).toInt() == 0) {
        fire({topic});
        return;
    }
    QStringList marks = d->property(kMarks).toStringList();
    if (!marks.contains(topic)) {
        marks << topic;
        d->setProperty(kMarks, marks);
    }
}

int subscribeCommits(const QString &topic, std::function<void()> fn)
{
    Registry &r = registry();
    std::lock_guard lock(r.mutex);
    const int handle = r.next++;
    r.subscribers.emplace(handle, std::make_pair(topic, std::move(fn)));
    return handle;
}

void unsubscribeCommits(int handle)
{
    Registry &r = registry();
    std::lock_guard lock(r.mutex);
    r.subscribers.erase(handle);
}

void committed(QSqlDatabase db)
{
    QSqlDriver *d = db.driver();
    if (!d)
        return;
    const QStringList marks = d->property(kMarks).toStringList();
    if (marks.isEmpty())
        return;
    d->setProperty(kMarks, QStringList());
    fire(marks);
}

void rolledBack(QSqlDatabase db)
{
    if (QSqlDriver *d = db.driver())
        d->setProperty(kMarks, QStringList());
}

} // namespace od::sql
