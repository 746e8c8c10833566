// Hostile input in every list's filters (issue 8, "Hostile input"): for every ListId the search,
// status and time filters and the sort key get SQL metacharacters, injections, FTS5 syntax, a
// 100 KB string, broken Unicode, NUL and emoji. Nothing fails, every count and page matches a
// literal substring search done in C++ over the same rows, and no table is dropped or changed.
#include "dbsnapshot.h"
#include "hostilestrings.h"
#include "workflowtestutil.h"

#include "push/pushstore.h"
#include "storage/listrepository.h"
#include "workflow/conversionservice.h"
#include "workflow/orderservice.h"
#include "workflow/refundservice.h"
#include "workflow/skumapping.h"

#include <QSet>
#include <iostream>

using namespace od;

namespace {

const std::vector<ListId> kAllLists = {ListId::PendingDownload, ListId::PendingImport, ListId::History,    ListId::PendingRefunds,
                                       ListId::SalesOrders,     ListId::ReturnOrders,  ListId::Exceptions, ListId::ScheduleRuns,
                                       ListId::CrmOutbox,       ListId::Audit,         ListId::SkuMappings};

struct Data {
    test::TestDb t;
    int64_t shop = wf::makeShop(t.db(), QStringLiteral("s'1%_"));
    RecordingWriteBack writeBack;

    Data()
    {
        // Pending trades, one with the literal nick the brief asks for, others hostile or plain.
        const QStringList nicks = {QStringLiteral("O'Brien%_"),
                                   QStringLiteral("50%_off\\\"; DROP TABLE trades;--"),
                                   QStringLiteral("😀x小店"),
                                   QStringLiteral("a OR b NOT c"),
                                   QStringLiteral("col:x ^abc NEAR( *"),
                                   QStringLiteral("nul") + QChar(u'\0') + QStringLiteral("byte") + QChar(0xD800)};
        std::vector<Trade> trades;
        for (int i = 1; i <= 30; ++i) {
            Trade tr = wf::goodTrade(shop, i);
            if (i <= nicks.size())
                tr.buyerNick = nicks[i - 1];
            trades.push_back(tr);
        }
        const auto ids = wf::store(t.db(), trades);
        // Converted: sales orders, history, outbox, audit; one shipped with a return on the way.
        ConversionService conv(t.db());
        std::vector<int64_t> toConvert(ids.begin() + 20, ids.end());
        auto done = conv.convert(wf::kClerk, toConvert);
        EXPECT_TRUE(done.ok() && done->succeeded() == 10);
        OrderService orders(t.db(), writeBack);
        RefundService refunds(t.db(), writeBack);
        const int64_t orderId = wf::count(t.db(), QStringLiteral("SELECT MIN(id) FROM sales_orders"));
        EXPECT_TRUE(orders.confirm(wf::kClerk, orderId).ok());
        EXPECT_TRUE(orders.ship(wf::kClerk, orderId, QStringLiteral("YTO"), QStringLiteral("YT'%_1")).ok());
        QSqlQuery q(t->connection());
        EXPECT_TRUE(sql::exec(q, QStringLiteral("SELECT tid FROM sales_orders WHERE id = ?"), {QVariant::fromValue<qint64>(orderId)}).ok() && q.next());
        const QString tid = q.value(0).toString();
        q.finish();
        const int64_t pr = wf::addPendingRefund(t.db(), shop, tid, QString(), 100, true, QStringLiteral("R'%_1"));
        EXPECT_TRUE(refunds.convert(wf::kClerk, pr).ok());
        wf::addPendingRefund(t.db(), shop, tid, QString(), 50, false, QStringLiteral("R\"2 OR 1=1"));
        // Pending downloads.
        TradeRepository repo(t.db());
        EXPECT_TRUE(repo.upsertPendingDownload({0, shop, QStringLiteral("TID'1%"), QStringLiteral("a_b%c\\d"), QStringLiteral("张三"),
                                                QStringLiteral("summary"), QStringLiteral("WAIT_SELLER_SEND_GOODS"), wf::timeAt(5)})
                        .ok());
        EXPECT_TRUE(repo.upsertPendingDownload({0, shop, QStringLiteral("TID2"), QStringLiteral("😀😀😀"), QStringLiteral("李四"), QStringLiteral("summary"),
                                                QStringLiteral("WAIT_SELLER_SEND_GOODS"), wf::timeAt(6)})
                        .ok());
        // Refused pushes.
        push::PushException e;
        e.shopCode = QStringLiteral("shop'; DROP TABLE push_exceptions;--");
        e.remote = QStringLiteral("127.0.0.1:1");
        e.reason = QStringLiteral("Unknown shop \"x%_\"");
        e.errorCode = QStringLiteral("push.unknown_shop");
        e.body = QByteArray("{\"order_no\":\"NO'1\"}");
        EXPECT_TRUE(push::PushStore(t.db()).recordException(e).ok());
        // A schedule run and a goods mapping.
        QSqlQuery run(t->connection());
        EXPECT_TRUE(sql::exec(run, QStringLiteral("INSERT INTO schedule_runs(shop_id, kind, started_at, error) VALUES (?, 'orders', ?, ?)"),
                              {QVariant::fromValue<qint64>(shop), wf::timeAt(1), QStringLiteral("' OR 1=1 --")})
                        .ok());
        EXPECT_TRUE(SkuMappingService(t.db()).setMapping(wf::kClerk, shop, QStringLiteral("item'%_"), QStringLiteral("sku\""), QStringLiteral("G'1")).ok());
    }

    // The reference: rows of the list whose search text contains the needle, by a plain substring
    // test in C++ (what "search" promises), or every row for lists without search.
    QSet<qint64> expected(const ListSpec &spec, const QString &needle)
    {
        QSqlQuery q(t->connection());
        const QString text = spec.searchTable.isEmpty() ? QStringLiteral("''") : spec.searchAlias + QStringLiteral(".search_text");
        const QString sql = QStringLiteral("SELECT %1, %2 FROM %3%4")
                                .arg(spec.idColumn, text, spec.from, spec.baseWhere.isEmpty() ? QString() : QStringLiteral(" WHERE ") + spec.baseWhere);
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
        const QString n = sql::cleanText(needle.trimmed().toLower()); // text is stored and searched this way
        QSet<qint64> out;
        while (q.next())
            if (spec.searchTable.isEmpty() || n.isEmpty() || q.value(1).toString().contains(n))
                out.insert(q.value(0).toLongLong());
        return out;
    }
};

} // namespace

TEST(HostileLists, EveryListEveryFilterLiteralAndHarmless)
{
    Data d;
    ListRepository lists(d.t.db());
    const auto before = rel::snapshot(d.t.db());
    int tried = 0, nonEmpty = 0;
    for (ListId id : kAllLists) {
        const ListSpec &spec = listSpec(id);
        for (const rel::Hostile &h : rel::hostileStrings()) {
            ++tried;
            ListFilter f;
            f.text = h.text;
            const QSet<qint64> want = d.expected(spec, h.text);
            auto n = lists.count(spec, f);
            ASSERT_TRUE(n.ok()) << listTitle(id).toStdString() << " / " << h.what << ": " << wf::msg(n.error());
            EXPECT_EQ(n.value(), want.size()) << listTitle(id).toStdString() << " / " << h.what;
            ListRequest r;
            r.filter = f;
            r.limit = 1000;
            auto page = lists.page(spec, r);
            ASSERT_TRUE(page.ok()) << listTitle(id).toStdString() << " / " << h.what << ": " << wf::msg(page.error());
            QSet<qint64> got;
            for (const ListRow &row : page->rows)
                got.insert(row.id);
            EXPECT_EQ(got, want) << listTitle(id).toStdString() << " / " << h.what;
            auto ids = lists.ids(spec, f);
            ASSERT_TRUE(ids.ok()) << wf::msg(ids.error());
            EXPECT_EQ(qsizetype(ids->size()), want.size()) << listTitle(id).toStdString() << " / " << h.what;
            nonEmpty += want.isEmpty() ? 0 : 1;

            // The same string as status, time range and sort key: bound values / ignored keys.
            ListRequest other;
            other.filter.status = h.text;
            other.filter.timeFrom = h.text;
            other.sortKey = h.text;
            auto p2 = lists.page(spec, other);
            ASSERT_TRUE(p2.ok()) << listTitle(id).toStdString() << " / " << h.what << " as status/time/sort: " << wf::msg(p2.error());
            if (!spec.statusColumn.isEmpty())
                EXPECT_TRUE(p2->rows.empty()) << listTitle(id).toStdString() << " / " << h.what;
        }
    }
    // The literal row of the brief: exactly the trade whose buyer is O'Brien%_.
    ListFilter f;
    f.text = QStringLiteral("O'Brien%_");
    EXPECT_EQ(lists.count(listSpec(ListId::PendingImport), f).value(), 1);
    f.text = QStringLiteral("%_");
    EXPECT_EQ(lists.count(listSpec(ListId::PendingImport), f).value(), 2); // O'Brien%_ and 50%_off
    f.text = QStringLiteral("😀x");
    EXPECT_EQ(lists.count(listSpec(ListId::PendingImport), f).value(), 1);
    // A NUL or an unpaired surrogate that came with platform data is kept as U+FFFD, and found so.
    f.text = QStringLiteral("nul") + QChar(u'\0') + QStringLiteral("byte");
    EXPECT_EQ(lists.count(listSpec(ListId::PendingImport), f).value(), 1);
    EXPECT_EQ(wf::count(d.t.db(), QStringLiteral("SELECT COUNT(*) FROM trades WHERE buyer_nick = ?"), {QStringLiteral("nul\uFFFDbyte\uFFFD")}), 1);

    EXPECT_EQ(rel::snapshot(d.t.db()), before) << "no table dropped or changed";
    EXPECT_GT(nonEmpty, 40);
    std::cout << "[ figures  ] " << test::backendName().toStdString() << ": " << tried << " hostile searches over " << kAllLists.size() << " lists ("
              << nonEmpty << " with matches), each also as status, time and sort key\n";
}
