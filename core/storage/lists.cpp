#include "storage/lists.h"

#include <QCoreApplication>
#include <map>

namespace od {

int ListSpec::columnIndex(const QString &key) const
{
    for (size_t i = 0; i < columns.size(); ++i)
        if (columns[i].key == key)
            return int(i);
    return -1;
}

const ColumnSpec *ListSpec::column(const QString &key) const
{
    const int i = columnIndex(key);
    return i < 0 ? nullptr : &columns[size_t(i)];
}

namespace {
using T = ColumnType;
ColumnSpec col(const char *key, const char *sql, T type, const char *label, int width = 100, bool sortable = true)
{
    return ColumnSpec{QString::fromLatin1(key), QString::fromUtf8(sql), type, label, sortable, width};
}

// The list tables are laid out by hand, one column per line.
// clang-format off
std::map<ListId, ListSpec> buildSpecs()
{
    std::map<ListId, ListSpec> m;
    m[ListId::PendingDownload] = ListSpec{ListId::PendingDownload,
        QStringLiteral("pending_downloads d JOIN shops s ON s.id = d.shop_id"), QStringLiteral("pending_downloads d"), {}, QStringLiteral("d.id"),
        QStringLiteral("d.shop_id"), QStringLiteral("d.platform_status"), QStringLiteral("d.modified"),
        QStringLiteral("pending_downloads"), QStringLiteral("d"),
        {col("tid", "d.tid", T::Text, QT_TRANSLATE_NOOP("Lists", "Trade ID"), 160),
         col("shop", "s.name", T::Text, QT_TRANSLATE_NOOP("Lists", "Shop"), 110),
         col("buyer_nick", "d.buyer_nick", T::Text, QT_TRANSLATE_NOOP("Lists", "Buyer"), 110),
         col("receiver_name", "d.receiver_name", T::Text, QT_TRANSLATE_NOOP("Lists", "Receiver"), 90),
         col("summary", "d.summary", T::Text, QT_TRANSLATE_NOOP("Lists", "Summary"), 220),
         col("platform_status", "d.platform_status", T::State, QT_TRANSLATE_NOOP("Lists", "Platform status"), 150),
         col("modified", "d.modified", T::Time, QT_TRANSLATE_NOOP("Lists", "Modified"), 140),
         col("attempts", "d.attempts", T::Integer, QT_TRANSLATE_NOOP("Lists", "Attempts"), 60),
         col("last_error", "d.last_error", T::Text, QT_TRANSLATE_NOOP("Lists", "Last error"), 200)},
        QStringLiteral("modified"), true};

    m[ListId::PendingImport] = ListSpec{ListId::PendingImport,
        QStringLiteral("trades t JOIN shops s ON s.id = t.shop_id"), QStringLiteral("trades t"), QStringLiteral("t.state = 'pending'"),
        QStringLiteral("t.id"), QStringLiteral("t.shop_id"), QStringLiteral("t.platform_status"),
        QStringLiteral("t.modified"), QStringLiteral("trades"), QStringLiteral("t"),
        {col("tid", "t.tid", T::Text, QT_TRANSLATE_NOOP("Lists", "Trade ID"), 160),
         col("shop", "s.name", T::Text, QT_TRANSLATE_NOOP("Lists", "Shop"), 110),
         col("platform_status", "t.platform_status", T::State, QT_TRANSLATE_NOOP("Lists", "Platform status"), 150),
         col("buyer_nick", "t.buyer_nick", T::Text, QT_TRANSLATE_NOOP("Lists", "Buyer"), 110),
         col("receiver_name", "t.receiver_name", T::Text, QT_TRANSLATE_NOOP("Lists", "Receiver"), 90),
         col("receiver_mobile", "t.receiver_mobile", T::Text, QT_TRANSLATE_NOOP("Lists", "Mobile"), 110),
         col("paid_fen", "t.paid_fen", T::Money, QT_TRANSLATE_NOOP("Lists", "Paid"), 90),
         // The facts the convert check needs (domain/convertibility.h), shown as flags.
         col("is_paid", "t.is_paid", T::Flag, QT_TRANSLATE_NOOP("Lists", "Payment received"), 60),
         col("is_cod", "t.is_cod", T::Flag, QT_TRANSLATE_NOOP("Lists", "Cash on delivery"), 60),
         col("is_closed", "t.is_closed", T::Flag, QT_TRANSLATE_NOOP("Lists", "Closed"), 60),
         col("line_count", "t.line_count", T::Integer, QT_TRANSLATE_NOOP("Lists", "Lines"), 50),
         col("sku_summary", "t.sku_summary", T::Text, QT_TRANSLATE_NOOP("Lists", "Goods"), 200),
         col("created", "t.created", T::Time, QT_TRANSLATE_NOOP("Lists", "Created"), 140),
         col("modified", "t.modified", T::Time, QT_TRANSLATE_NOOP("Lists", "Modified"), 140),
         col("last_error", "t.last_error", T::Text, QT_TRANSLATE_NOOP("Lists", "Last error"), 220),
         col("hold_reason", "t.hold_reason", T::Text, QT_TRANSLATE_NOOP("Lists", "Hold reason"), 160),
         // Warnings the conversion rules can also act on (rules::addressProblem, the blacklist).
         col("blacklisted", "CASE WHEN EXISTS (SELECT 1 FROM blacklist b WHERE (b.kind = 'buyer' AND b.value = t.buyer_nick) "
                            "OR (b.kind = 'mobile' AND b.value IN (t.receiver_mobile, t.buyer_mobile))) THEN 1 ELSE 0 END",
             T::Flag, QT_TRANSLATE_NOOP("Lists", "On blacklist"), 60, false),
         col("address_problem", "CASE WHEN TRIM(t.receiver_state) = '' OR TRIM(t.receiver_city) = '' OR TRIM(t.receiver_district) = '' "
                                "OR t.receiver_address LIKE '%信箱%' OR UPPER(REPLACE(REPLACE(t.receiver_address, '.', ''), ' ', '')) LIKE '%POBOX%' "
                                "THEN 1 ELSE 0 END",
             T::Flag, QT_TRANSLATE_NOOP("Lists", "Address problem"), 60, false)},
        QStringLiteral("modified"), true};

    m[ListId::History] = ListSpec{ListId::History,
        QStringLiteral("trades t JOIN shops s ON s.id = t.shop_id LEFT JOIN sales_orders o ON o.id = t.sales_order_id"),
        QStringLiteral("trades t"), QStringLiteral("t.state = 'converted'"), QStringLiteral("t.id"), QStringLiteral("t.shop_id"),
        QStringLiteral("t.platform_status"), QStringLiteral("t.converted_at"), QStringLiteral("trades"), QStringLiteral("t"),
        {col("tid", "t.tid", T::Text, QT_TRANSLATE_NOOP("Lists", "Trade ID"), 160),
         col("order_no", "o.order_no", T::Text, QT_TRANSLATE_NOOP("Lists", "Sales order"), 150),
         col("shop", "s.name", T::Text, QT_TRANSLATE_NOOP("Lists", "Shop"), 110),
         col("buyer_nick", "t.buyer_nick", T::Text, QT_TRANSLATE_NOOP("Lists", "Buyer"), 110),
         col("receiver_name", "t.receiver_name", T::Text, QT_TRANSLATE_NOOP("Lists", "Receiver"), 90),
         col("paid_fen", "t.paid_fen", T::Money, QT_TRANSLATE_NOOP("Lists", "Paid"), 90),
         col("converted_by", "t.converted_by", T::Text, QT_TRANSLATE_NOOP("Lists", "Converted by"), 90),
         col("converted_at", "t.converted_at", T::Time, QT_TRANSLATE_NOOP("Lists", "Converted at"), 140),
         col("has_warning", "COALESCE(o.has_warning, 0)", T::Flag, QT_TRANSLATE_NOOP("Lists", "Warning"), 60)},
        QStringLiteral("converted_at"), true};

    m[ListId::PendingRefunds] = ListSpec{ListId::PendingRefunds,
        QStringLiteral("pending_refunds r JOIN shops s ON s.id = r.shop_id "
                       "LEFT JOIN sales_orders o ON o.shop_id = r.shop_id AND o.tid = r.tid"),
        QStringLiteral("pending_refunds r"), QStringLiteral("r.state = 'pending'"),
        QStringLiteral("r.id"), QStringLiteral("r.shop_id"), QStringLiteral("r.platform_status"),
        QStringLiteral("r.modified"), QStringLiteral("pending_refunds"), QStringLiteral("r"),
        {col("refund_id", "r.refund_id", T::Text, QT_TRANSLATE_NOOP("Lists", "Refund ID"), 150),
         col("tid", "r.tid", T::Text, QT_TRANSLATE_NOOP("Lists", "Trade ID"), 150),
         col("shop", "s.name", T::Text, QT_TRANSLATE_NOOP("Lists", "Shop"), 110),
         col("amount_fen", "r.amount_fen", T::Money, QT_TRANSLATE_NOOP("Lists", "Amount"), 90),
         col("reason", "r.reason", T::Text, QT_TRANSLATE_NOOP("Lists", "Reason"), 180),
         col("goods_return", "r.goods_return", T::Flag, QT_TRANSLATE_NOOP("Lists", "Goods back"), 70),
         col("platform_status", "r.platform_status", T::State, QT_TRANSLATE_NOOP("Lists", "Refund status"), 150),
         col("created", "r.created", T::Time, QT_TRANSLATE_NOOP("Lists", "Created"), 140),
         col("modified", "r.modified", T::Time, QT_TRANSLATE_NOOP("Lists", "Modified"), 140),
         // The sales order of the refund's trade, if converted (部分退款 needs it).
         col("order_no", "COALESCE(o.order_no, '')", T::Text, QT_TRANSLATE_NOOP("Lists", "Sales order"), 150)},
        QStringLiteral("modified"), true};

    m[ListId::SalesOrders] = ListSpec{ListId::SalesOrders,
        QStringLiteral("sales_orders o JOIN shops s ON s.id = o.shop_id"), QStringLiteral("sales_orders o"), {}, QStringLiteral("o.id"),
        QStringLiteral("o.shop_id"), QStringLiteral("o.status"), QStringLiteral("o.created_at"),
        QStringLiteral("sales_orders"), QStringLiteral("o"),
        {col("order_no", "o.order_no", T::Text, QT_TRANSLATE_NOOP("Lists", "Order No."), 150),
         col("tid", "o.tid", T::Text, QT_TRANSLATE_NOOP("Lists", "Trade ID"), 150),
         col("shop", "s.name", T::Text, QT_TRANSLATE_NOOP("Lists", "Shop"), 110),
         col("status", "o.status", T::State, QT_TRANSLATE_NOOP("Lists", "Status"), 80),
         col("on_hold", "o.on_hold", T::Flag, QT_TRANSLATE_NOOP("Lists", "On hold"), 60),
         col("pay_status", "o.pay_status", T::State, QT_TRANSLATE_NOOP("Lists", "Payment"), 80),
         col("ship_status", "o.ship_status", T::State, QT_TRANSLATE_NOOP("Lists", "Shipping"), 80),
         col("buyer_nick", "o.buyer_nick", T::Text, QT_TRANSLATE_NOOP("Lists", "Buyer"), 110),
         col("receiver_name", "o.receiver_name", T::Text, QT_TRANSLATE_NOOP("Lists", "Receiver"), 90),
         col("paid_fen", "o.paid_fen", T::Money, QT_TRANSLATE_NOOP("Lists", "Paid"), 90),
         col("refunded_fen", "o.refunded_fen", T::Money, QT_TRANSLATE_NOOP("Lists", "Refunded amount"), 90),
         col("tracking_no", "o.tracking_no", T::Text, QT_TRANSLATE_NOOP("Lists", "Tracking No."), 130),
         col("crm_state", "o.crm_state", T::State, QT_TRANSLATE_NOOP("Lists", "CRM"), 80),
         col("has_warning", "o.has_warning", T::Flag, QT_TRANSLATE_NOOP("Lists", "Warning"), 60),
         col("created_at", "o.created_at", T::Time, QT_TRANSLATE_NOOP("Lists", "Created"), 140)},
        QStringLiteral("created_at"), true};

    m[ListId::ReturnOrders] = ListSpec{ListId::ReturnOrders,
        QStringLiteral("return_orders x JOIN sales_orders o ON o.id = x.order_id JOIN shops s ON s.id = o.shop_id"), {}, {},
        QStringLiteral("x.id"), QStringLiteral("o.shop_id"), QStringLiteral("x.status"), QStringLiteral("x.created_at"),
        QStringLiteral("sales_orders"), QStringLiteral("o"),
        {col("return_no", "x.return_no", T::Text, QT_TRANSLATE_NOOP("Lists", "Return No."), 150),
         col("order_no", "o.order_no", T::Text, QT_TRANSLATE_NOOP("Lists", "Order No."), 150),
         col("tid", "o.tid", T::Text, QT_TRANSLATE_NOOP("Lists", "Trade ID"), 150),
         col("shop", "s.name", T::Text, QT_TRANSLATE_NOOP("Lists", "Shop"), 110),
         col("amount_fen", "x.amount_fen", T::Money, QT_TRANSLATE_NOOP("Lists", "Amount"), 90),
         col("status", "x.status", T::State, QT_TRANSLATE_NOOP("Lists", "Status"), 90),
         col("created_at", "x.created_at", T::Time, QT_TRANSLATE_NOOP("Lists", "Created"), 140),
         col("received_at", "x.received_at", T::Time, QT_TRANSLATE_NOOP("Lists", "Goods received"), 140)},
        QStringLiteral("created_at"), true};

    m[ListId::Exceptions] = ListSpec{ListId::Exceptions, QStringLiteral("push_exceptions e"), {}, {},
        QStringLiteral("e.id"), {}, QStringLiteral("e.kind"), QStringLiteral("e.received_at"),
        QStringLiteral("push_exceptions"), QStringLiteral("e"),
        {col("received_at", "e.received_at", T::Time, QT_TRANSLATE_NOOP("Lists", "Received at"), 140),
         col("kind", "e.kind", T::Text, QT_TRANSLATE_NOOP("Lists", "Kind"), 70),
         col("shop_code", "e.shop_code", T::Text, QT_TRANSLATE_NOOP("Lists", "Shop"), 100),
         col("remote", "e.remote", T::Text, QT_TRANSLATE_NOOP("Lists", "Sender"), 110),
         col("reason", "e.reason", T::Text, QT_TRANSLATE_NOOP("Lists", "Reason"), 320),
         col("body_size", "e.body_size", T::Integer, QT_TRANSLATE_NOOP("Lists", "Size (bytes)"), 90)},
        QStringLiteral("received_at"), true};

    m[ListId::ScheduleRuns] = ListSpec{ListId::ScheduleRuns,
        QStringLiteral("schedule_runs r JOIN shops s ON s.id = r.shop_id"), QStringLiteral("schedule_runs r"), {}, QStringLiteral("r.id"),
        QStringLiteral("r.shop_id"), QStringLiteral("r.kind"), QStringLiteral("r.started_at"), {}, {},
        {col("shop", "s.name", T::Text, QT_TRANSLATE_NOOP("Lists", "Shop"), 110),
         col("kind", "r.kind", T::State, QT_TRANSLATE_NOOP("Lists", "Task"), 90),
         col("window_start", "r.window_start", T::Time, QT_TRANSLATE_NOOP("Lists", "From"), 140),
         col("window_end", "r.window_end", T::Time, QT_TRANSLATE_NOOP("Lists", "To"), 140),
         col("started_at", "r.started_at", T::Time, QT_TRANSLATE_NOOP("Lists", "Started"), 140),
         col("seen", "r.seen", T::Integer, QT_TRANSLATE_NOOP("Lists", "Seen"), 60),
         col("created", "r.created", T::Integer, QT_TRANSLATE_NOOP("Lists", "New"), 60),
         col("updated", "r.updated", T::Integer, QT_TRANSLATE_NOOP("Lists", "Updated"), 60),
         col("ok", "r.ok", T::Flag, QT_TRANSLATE_NOOP("Lists", "Succeeded"), 60),
         col("error", "r.error", T::Text, QT_TRANSLATE_NOOP("Lists", "Error"), 260)},
        QStringLiteral("started_at"), true};

    m[ListId::CrmOutbox] = ListSpec{ListId::CrmOutbox,
        QStringLiteral("crm_outbox c JOIN sales_orders o ON o.id = c.order_id"), {}, {}, QStringLiteral("c.id"),
        QStringLiteral("o.shop_id"), QStringLiteral("c.state"), QStringLiteral("c.created_at"),
        QStringLiteral("sales_orders"), QStringLiteral("o"),
        {col("order_no", "o.order_no", T::Text, QT_TRANSLATE_NOOP("Lists", "Order No."), 150),
         col("seq", "c.seq", T::Integer, QT_TRANSLATE_NOOP("Lists", "No."), 40),
         col("event", "c.event", T::State, QT_TRANSLATE_NOOP("Lists", "Event"), 80),
         col("state", "c.state", T::State, QT_TRANSLATE_NOOP("Lists", "State"), 80),
         col("attempts", "c.attempts", T::Integer, QT_TRANSLATE_NOOP("Lists", "Attempts"), 60),
         col("last_error", "c.last_error", T::Text, QT_TRANSLATE_NOOP("Lists", "Last error"), 260),
         col("created_at", "c.created_at", T::Time, QT_TRANSLATE_NOOP("Lists", "Created"), 140),
         col("done_at", "c.done_at", T::Time, QT_TRANSLATE_NOOP("Lists", "Delivered at"), 140),
         col("callback_data", "c.callback_data", T::Text, QT_TRANSLATE_NOOP("Lists", "CRM answer"), 200)},
        QStringLiteral("created_at"), true};

    m[ListId::Audit] = ListSpec{ListId::Audit, QStringLiteral("audit_log a"), {}, {}, QStringLiteral("a.id"), {},
        QStringLiteral("a.action"), QStringLiteral("a.at"), {}, {},
        {col("at", "a.at", T::Time, QT_TRANSLATE_NOOP("Lists", "Time"), 140),
         col("user_login", "a.user_login", T::Text, QT_TRANSLATE_NOOP("Lists", "User"), 80),
         col("action", "a.action", T::State, QT_TRANSLATE_NOOP("Lists", "Action"), 100),
         col("entity", "a.entity", T::State, QT_TRANSLATE_NOOP("Lists", "Record"), 90),
         col("entity_id", "a.entity_id", T::Text, QT_TRANSLATE_NOOP("Lists", "Record ID"), 90),
         col("detail", "a.detail", T::Text, QT_TRANSLATE_NOOP("Lists", "Detail"), 300)},
        QStringLiteral("at"), true};

    m[ListId::SkuMappings] = ListSpec{ListId::SkuMappings,
        QStringLiteral("sku_mappings k JOIN shops s ON s.id = k.shop_id"), QStringLiteral("sku_mappings k"), {}, QStringLiteral("k.id"),
        QStringLiteral("k.shop_id"), QStringLiteral("k.source"), QStringLiteral("k.updated_at"), {}, {},
        {col("shop", "s.name", T::Text, QT_TRANSLATE_NOOP("Lists", "Shop"), 110),
         col("platform_item_id", "k.platform_item_id", T::Text, QT_TRANSLATE_NOOP("Lists", "Platform item"), 130),
         col("platform_sku_id", "k.platform_sku_id", T::Text, QT_TRANSLATE_NOOP("Lists", "Platform SKU"), 130),
         col("sku_code", "k.sku_code", T::Text, QT_TRANSLATE_NOOP("Lists", "Goods code"), 130),
         col("source", "k.source", T::State, QT_TRANSLATE_NOOP("Lists", "Source"), 80),
         col("updated_at", "k.updated_at", T::Time, QT_TRANSLATE_NOOP("Lists", "Updated"), 140)},
        QStringLiteral("updated_at"), true};
    return m;
}
// clang-format on
} // namespace

QString holdColumn(const ListSpec &spec) { return spec.id == ListId::PendingImport ? QStringLiteral("t.hold_reason") : QString(); }

const ListSpec &listSpec(ListId id)
{
    static const std::map<ListId, ListSpec> specs = buildSpecs();
    return specs.at(id);
}

QString listTitle(ListId id)
{
    switch (id) {
    case ListId::PendingDownload:
        return QCoreApplication::translate("Lists", "Pending download");
    case ListId::PendingImport:
        return QCoreApplication::translate("Lists", "Pending import");
    case ListId::History:
        return QCoreApplication::translate("Lists", "Order history");
    case ListId::PendingRefunds:
        return QCoreApplication::translate("Lists", "Pending refunds");
    case ListId::SalesOrders:
        return QCoreApplication::translate("Lists", "Sales orders");
    case ListId::ReturnOrders:
        return QCoreApplication::translate("Lists", "Return orders");
    case ListId::Exceptions:
        return QCoreApplication::translate("Lists", "Exceptions");
    case ListId::ScheduleRuns:
        return QCoreApplication::translate("Lists", "Scheduled tasks");
    case ListId::CrmOutbox:
        return QCoreApplication::translate("Lists", "CRM sync");
    case ListId::Audit:
        return QCoreApplication::translate("Lists", "Audit trail");
    case ListId::SkuMappings:
        return QCoreApplication::translate("Lists", "Goods mapping");
    }
    return {};
}

const std::vector<ListId> &allLists()
{
    static const std::vector<ListId> all = [] {
        std::vector<ListId> out;
        for (int id = 0; id <= int(ListId::SkuMappings); ++id)
            out.push_back(ListId(id));
        return out;
    }();
    return all;
}

QStringList listTables(ListId id)
{
    // `from` is "<table> <alias> [LEFT] JOIN <table> <alias> ON ... [JOIN ...]": the first word and
    // every word after JOIN.
    const QStringList words = listSpec(id).from.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList out;
    for (qsizetype i = 0; i < words.size(); ++i)
        if ((i == 0 || words[i - 1].compare(QLatin1String("JOIN"), Qt::CaseInsensitive) == 0) && !out.contains(words[i]))
            out << words[i];
    return out;
}

} // namespace od
