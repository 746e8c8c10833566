// Issue #15: a state value and a column header never read the same in Chinese. The catalogue had the
// exceptions list's "Received" column as 已收货 (a state) and the CRM state "Delivered" as 送达时间 (a
// column), because the same English word served both. Column headers now have their own words
// ("Received at", "Delivered at"); this test builds the zh_CN catalogue and checks both directions,
// and that the columns the E3 manual names use its words.
#include "domain/states.h"
#include "statelabels.h"
#include "storage/lists.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>
#include <gtest/gtest.h>

namespace {

const od::ListId kLists[] = {od::ListId::PendingDownload, od::ListId::PendingImport, od::ListId::History,    od::ListId::PendingRefunds,
                             od::ListId::SalesOrders,     od::ListId::ReturnOrders,  od::ListId::Exceptions, od::ListId::ScheduleRuns,
                             od::ListId::CrmOutbox,       od::ListId::Audit,         od::ListId::SkuMappings};

struct Chinese {
    QTemporaryDir dir;
    QTranslator translator;
    bool ok = false;
    Chinese()
    {
        const QString qm = dir.filePath(QStringLiteral("zh.qm"));
        QProcess lrelease;
        lrelease.start(QStringLiteral(ORDERDESK_LRELEASE),
                       {QStringLiteral(ORDERDESK_SOURCE_DIR "/translations/orderdesk_zh_CN.ts"), QStringLiteral("-qm"), qm});
        ok = lrelease.waitForFinished(120000) && lrelease.exitCode() == 0 && translator.load(qm) && QCoreApplication::installTranslator(&translator);
    }
    ~Chinese() { QCoreApplication::removeTranslator(&translator); }
};

QString header(od::ListId list, const char *key)
{
    const od::ColumnSpec *c = od::listSpec(list).column(QString::fromLatin1(key));
    return c ? QCoreApplication::translate("Lists", c->label) : QString();
}

// Every column header of every list, translated, with where it comes from.
QMap<QString, QString> headers()
{
    QMap<QString, QString> out;
    for (od::ListId l : kLists)
        for (const od::ColumnSpec &c : od::listSpec(l).columns)
            out.insert(QCoreApplication::translate("Lists", c.label), QString::fromLatin1(c.label));
    return out;
}

// Every state value a list shows or a filter offers, translated (record kinds and audit actions are
// not states and are left out).
QMap<QString, QString> states()
{
    QMap<QString, QString> out;
    for (od::ListId l : kLists) {
        if (l == od::ListId::Audit)
            continue;
        for (const auto &[value, label] : ui::statusChoices(l))
            out.insert(label, value);
    }
    auto add = [&](od::ListId l, const char *col, const QStringList &values) {
        for (const QString &v : values)
            out.insert(ui::stateLabel(l, QString::fromLatin1(col), v), v);
    };
    using L = od::ListId;
    add(L::SalesOrders, "pay_status",
        {od::toKey(od::PayStatus::Unpaid), od::toKey(od::PayStatus::Paid), od::toKey(od::PayStatus::PartRefunded), od::toKey(od::PayStatus::Refunded)});
    add(L::SalesOrders, "ship_status",
        {od::toKey(od::ShipStatus::NotShipped), od::toKey(od::ShipStatus::Shipped), od::toKey(od::ShipStatus::PartReturned),
         od::toKey(od::ShipStatus::Returned)});
    add(L::SalesOrders, "crm_state",
        {od::toKey(od::OutboxState::Pending), od::toKey(od::OutboxState::Running), od::toKey(od::OutboxState::Done), od::toKey(od::OutboxState::Failed)});
    add(L::CrmOutbox, "event",
        {QStringLiteral("created"), QStringLiteral("paid"), QStringLiteral("shipped"), QStringLiteral("refunded"), QStringLiteral("returned"),
         QStringLiteral("cancelled"), QStringLiteral("finished")});
    for (od::TradeState s : {od::TradeState::Pending, od::TradeState::Converted, od::TradeState::Processed})
        out.insert(od::label(s), od::toKey(s));
    for (od::RefundState s : {od::RefundState::Pending, od::RefundState::Converted, od::RefundState::Refused, od::RefundState::Processed})
        out.insert(od::label(s), od::toKey(s));
    out.remove(QString());
    return out;
}

} // namespace

TEST(Labels, NoStateValueReadsLikeAColumnHeaderAndViceVersa)
{
    Chinese zh;
    ASSERT_TRUE(zh.ok);
    const QMap<QString, QString> h = headers();
    const QMap<QString, QString> s = states();
    ASSERT_GT(h.size(), 40);
    ASSERT_GT(s.size(), 30);
    QStringList clashes;
    for (auto it = s.cbegin(); it != s.cend(); ++it)
        if (h.contains(it.key()))
            clashes << QStringLiteral("%1: state %2 and column \"%3\"").arg(it.key(), it.value(), h.value(it.key()));
    EXPECT_TRUE(clashes.isEmpty()) << clashes.join(QLatin1Char('\n')).toStdString();

    // The two that were wrong.
    EXPECT_EQ(header(od::ListId::Exceptions, "received_at"), QStringLiteral("接收时间"));
    EXPECT_EQ(header(od::ListId::CrmOutbox, "done_at"), QStringLiteral("送达时间"));
    EXPECT_EQ(od::label(od::OutboxState::Done), QStringLiteral("已送达"));
    EXPECT_EQ(ui::stateLabel(od::ListId::CrmOutbox, QStringLiteral("state"), od::toKey(od::OutboxState::Done)), QStringLiteral("已送达"));
    EXPECT_EQ(od::label(od::ReturnStatus::Received), QStringLiteral("已收货"));
}

TEST(Labels, ColumnsTheE3ManualNamesUseItsWords)
{
    Chinese zh;
    ASSERT_TRUE(zh.ok);
    for (od::ListId l : {od::ListId::PendingDownload, od::ListId::PendingImport, od::ListId::History}) {
        EXPECT_EQ(header(l, "tid"), QStringLiteral("交易编号"));
        EXPECT_EQ(header(l, "buyer_nick"), QStringLiteral("买家昵称"));
    }
    for (od::ListId l : {od::ListId::PendingDownload, od::ListId::PendingImport})
        EXPECT_EQ(header(l, "platform_status"), QStringLiteral("交易状态"));
    // A refund's platform status is the refund's, not the trade's.
    EXPECT_EQ(header(od::ListId::PendingRefunds, "platform_status"), QStringLiteral("退款状态"));
    EXPECT_EQ(header(od::ListId::SalesOrders, "buyer_nick"), QStringLiteral("买家昵称"));
}
