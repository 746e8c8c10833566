#pragma once
// Row counts and a content digest of every table: "nothing changed" in one comparison.
#include "storage/database.h"
#include <QByteArray>
#include <QMap>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <gtest/gtest.h>

namespace rel {

inline const QStringList &allTables()
{
    static const QStringList t = {QStringLiteral("shops"),
                                  QStringLiteral("users"),
                                  QStringLiteral("pending_downloads"),
                                  QStringLiteral("trades"),
                                  QStringLiteral("trade_lines"),
                                  QStringLiteral("sku_mappings"),
                                  QStringLiteral("sales_orders"),
                                  QStringLiteral("sales_order_lines"),
                                  QStringLiteral("platform_changes"),
                                  QStringLiteral("pending_refunds"),
                                  QStringLiteral("refunds"),
                                  QStringLiteral("return_orders"),
                                  QStringLiteral("audit_log"),
                                  QStringLiteral("crm_outbox"),
                                  QStringLiteral("push_exceptions"),
                                  QStringLiteral("schedules"),
                                  QStringLiteral("schedule_runs"),
                                  QStringLiteral("tombstones"),
                                  QStringLiteral("settings")};
    return t;
}

inline QMap<QString, QString> snapshot(od::Database &db)
{
    QMap<QString, QString> out;
    for (const QString &t : allTables()) {
        QSqlQuery q(db.connection());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(t))) << t.toStdString();
        qint64 n = 0;
        QByteArray all;
        while (q.next()) {
            ++n;
            for (int i = 0; i < q.record().count(); ++i)
                all += q.value(i).toString().toUtf8() + '\x1f';
        }
        out[t] = QStringLiteral("%1 rows, %2").arg(n).arg(qHash(all));
    }
    return out;
}

} // namespace rel
