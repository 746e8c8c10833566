// Benchmark 3: the 1,000,000-trade pending-import list — ours (key-paged ListModel over SQL) against
// the stock Qt approach (QSqlTableModel + QSortFilterProxyModel in a QTableView) on the same database;
// the same figures of ours on PostgreSQL (ORDERDESK_BENCH_PG) and at each table size (Context::sizes).
// Each side runs in a fresh child process so its peak RSS is its own.
#include "benchcommon.h"
#include "benchdata.h"
#include "childmodes.h"
#include "listmodel.h"
#include "storage/listrepository.h"

#include <QApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSortFilterProxyModel>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSqlTableModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <cstdio>
#include <map>

namespace {

const QString kSearch = QStringLiteral("家汇商");

bool waitLoaded(ListModel &m, int timeoutMs = 60000)
{
    QEventLoop loop;
    QObject::connect(&m, &ListModel::loaded, &loop, &QEventLoop::quit);
    QObject::connect(&m, &ListModel::failed, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return !m.isLoading();
}

void paint(QTableView &v)
{
    QApplication::processEvents();
    v.viewport()->repaint();
}

int childOurs(const QStringList &args)
{
    od::Database db(od::DbConfig::parse(args.value(0)).value());
    QElapsedTimer t;
    t.start();
    ListModel model(db, od::ListId::PendingImport);
    QTableView view;
    view.resize(1400, 900);
    view.setModel(&model);
    view.show();
    model.reload();
    waitLoaded(model);
    paint(view);
    const double first = bench::msSince(t);

    t.restart();
    od::ListFilter f;
    f.text = kSearch;
    model.setFilter(f);
    waitLoaded(model);
    paint(view);
    const double search = bench::msSince(t);
    // The total is counted in the background after the first rows show: wait for it (not timed).
    if (model.isCounting()) {
        QEventLoop counted;
        QObject::connect(&model, &ListModel::totalChanged, &counted, &QEventLoop::quit);
        QTimer::singleShot(60000, &counted, &QEventLoop::quit);
        if (model.isCounting())
            counted.exec();
    }
    const qint64 matches = model.totalCount();

    model.setFilter({});
    waitLoaded(model);
    t.restart();
    model.sort(model.spec().columnIndex(QStringLiteral("paid_fen")), Qt::DescendingOrder);
    waitLoaded(model);
    paint(view);
    const double sort = bench::msSince(t);

    // Jump to the last row: the page at the other end of the current order, by key (the query the
    // model runs for Ctrl+End), then shown in a table.
    t.restart();
    od::ListRequest req;
    req.sortKey = QStringLiteral("paid_fen");
    req.descending = true;
    req.fromEnd = true;
    req.limit = 200;
    auto lastPage = od::ListRepository(db).page(model.spec(), req);
    QStandardItemModel tail(int(lastPage.ok() ? lastPage->rows.size() : 0), int(model.spec().columns.size()));
    if (lastPage.ok())
        for (int r = 0; r < int(lastPage->rows.size()); ++r)
            for (int c = 0; c < tail.columnCount(); ++c)
                tail.setData(tail.index(r, c), lastPage->rows[size_t(r)].values[c]);
    QTableView tailView;
    tailView.resize(1400, 900);
    tailView.setModel(&tail);
    tailView.show();
    tailView.scrollToBottom();
    paint(tailView);
    const double last = bench::msSince(t);

    QJsonObject o{{QStringLiteral("first"), first},
                  {QStringLiteral("search"), search},
                  {QStringLiteral("sort"), sort},
                  {QStringLiteral("last"), last},
                  {QStringLiteral("rss"), bench::peakRssMb()},
                  {QStringLiteral("matches"), matches},
                  {QStringLiteral("total"), model.totalCount()}};
    printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    return 0;
}

int childBaseline(const QStringList &args)
{
    const double capMs = args.value(1).toDouble();
    QElapsedTimer t;
    t.start();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    db.setDatabaseName(args.value(0));
    db.open();
    QSqlTableModel model(nullptr, db);
    model.setTable(QStringLiteral("trades"));
    model.setFilter(QStringLiteral("state = 'pending'"));
    model.setEditStrategy(QSqlTableModel::OnManualSubmit);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QTableView view;
    view.resize(1400, 900);
    view.setModel(&proxy);
    view.show();
    model.select();
    paint(view);
    const double first = bench::msSince(t);

    // The last row needs every row in the model: QSqlTableModel fetches 256 at a time.
    t.restart();
    bool capped = false;
    while (model.canFetchMore()) {
        model.fetchMore();
        if (bench::msSince(t) > capMs) {
            capped = true;
            break;
        }
    }
    view.scrollToBottom();
    paint(view);
    const double last = bench::msSince(t);
    const int loaded = model.rowCount();

    t.restart();
    proxy.setFilterKeyColumn(model.record().indexOf(QStringLiteral("receiver_name")));
    proxy.setFilterFixedString(kSearch);
    paint(view);
    const double search = bench::msSince(t);
    const int matches = proxy.rowCount();
    proxy.setFilterFixedString(QString());

    t.restart();
    proxy.sort(model.record().indexOf(QStringLiteral("paid_fen")), Qt::DescendingOrder);
    paint(view);
    const double sort = bench::msSince(t);

    QJsonObject o{{QStringLiteral("first"), first},   {QStringLiteral("search"), search},          {QStringLiteral("sort"), sort},
                  {QStringLiteral("last"), last},     {QStringLiteral("rss"), bench::peakRssMb()}, {QStringLiteral("capped"), capped},
                  {QStringLiteral("loaded"), loaded}, {QStringLiteral("matches"), matches}};
    printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    return 0;
}

bench::RegisterChild c1("list-ours", childOurs);
bench::RegisterChild c2("list-baseline", childBaseline);

QJsonObject parseLastLine(const QString &out)
{
    const QStringList lines = out.trimmed().split(QLatin1Char('\n'));
    return QJsonDocument::fromJson(lines.value(lines.size() - 1).toUtf8()).object();
}

std::vector<bench::Figure> run(const bench::Context &ctx)
{
    const int n = ctx.scaled(1000000);
    const QString db = bench::ensureTradeDatabase(ctx, n);
    const double capMs = 300000;
    const QJsonObject ours = parseLastLine(bench::runChild(ctx, {QStringLiteral("--child"), QStringLiteral("list-ours"), db}));
    const QJsonObject base = parseLastLine(bench::runChild(ctx, {QStringLiteral("--child"), QStringLiteral("list-baseline"), db, QString::number(capMs)}));
    const QString note = base.value(QStringLiteral("capped")).toBool()
        ? QStringLiteral("baseline stopped loading after %1 s with %2 rows: its figures are lower bounds")
              .arg(capMs / 1000)
              .arg(base.value(QStringLiteral("loaded")).toInt())
        : QString();
    auto fig = [&](const char *id, const char *what, const char *key, double target) {
        bench::Figure f;
        f.id = QString::fromLatin1(id);
        f.figure = QStringLiteral("%1 (%2 trades)").arg(QString::fromUtf8(what)).arg(n);
        f.unit = QStringLiteral("ms");
        f.higherIsBetter = false;
        f.ours = ours.value(QString::fromLatin1(key)).toDouble();
        f.baseline = base.value(QString::fromLatin1(key)).toDouble();
        f.target = QStringLiteral("≤ %1 ms and ≥ 10× baseline").arg(target);
        f.met = f.ours > 0 && f.ours <= target && f.ratio() >= 10;
        f.note = note;
        return f;
    };
    std::vector<bench::Figure> out{fig("3a", "list: first rows shown", "first", 100), fig("3b", "list: substring search", "search", 150),
                                   fig("3c", "list: sort by amount", "sort", 200), fig("3d", "list: jump to last row", "last", 100)};
    bench::Figure rss;
    rss.id = QStringLiteral("3e");
    rss.figure = QStringLiteral("list: peak RSS (%1 trades)").arg(n);
    rss.unit = QStringLiteral("MB");
    rss.higherIsBetter = false;
    rss.ours = ours.value(QStringLiteral("rss")).toDouble();
    rss.baseline = base.value(QStringLiteral("rss")).toDouble();
    rss.target = QStringLiteral("≤ 250 MB and ≥ 10× baseline");
    rss.met = rss.ours <= 250 && rss.ratio() >= 10;
    rss.note = QStringLiteral("search matched %1 rows (ours) / %2 (baseline)")
                   .arg(ours.value(QStringLiteral("matches")).toInteger())
                   .arg(base.value(QStringLiteral("matches")).toInt());
    out.push_back(rss);

    // The same four figures on PostgreSQL, against ours on SQLite in this run.
    const char *keys[] = {"first", "search", "sort", "last"};
    const char *whats[] = {"list: first rows shown", "list: substring search", "list: sort by amount", "list: jump to last row"};
    QString why;
    const QString pg = bench::ensurePgTradeDatabase(ctx, n, &why);
    if (!pg.isEmpty()) {
        const QJsonObject onPg = parseLastLine(bench::runChild(ctx, {QStringLiteral("--child"), QStringLiteral("list-ours"), pg}));
        for (int i = 0; i < 4; ++i) {
            bench::Figure f;
            f.id = QStringLiteral("3p%1").arg(QLatin1Char(char('a' + i)));
            f.figure = QStringLiteral("%1, PostgreSQL (%2 trades)").arg(QString::fromUtf8(whats[i])).arg(n);
            f.unit = QStringLiteral("ms");
            f.higherIsBetter = false;
            f.ours = onPg.value(QString::fromLatin1(keys[i])).toDouble();
            f.baseline = ours.value(QString::fromLatin1(keys[i])).toDouble();
            f.target = QStringLiteral("≤ 300 ms (baseline: ours on SQLite)");
            f.met = f.ours > 0 && f.ours <= 300;
            if (i == 1)
                f.note = QStringLiteral("search matched %1 rows").arg(onPg.value(QStringLiteral("matches")).toInteger());
            out.push_back(f);
        }
    } else {
        bench::Figure f;
        f.id = QStringLiteral("3p");
        f.figure = QStringLiteral("list figures on PostgreSQL (%1 trades)").arg(n);
        f.unit = QStringLiteral("ms");
        f.target = QStringLiteral("≤ 300 ms each");
        f.note = QStringLiteral("not run: %1").arg(why);
        out.push_back(f);
    }

    // How cost grows: ours at each table size, against ours at the smallest size in this run.
    std::map<int, QJsonObject> bySize;
    for (int size : ctx.sizes)
        bySize[size] = size == n
            ? ours
            : parseLastLine(bench::runChild(ctx, {QStringLiteral("--child"), QStringLiteral("list-ours"), bench::ensureTradeDatabase(ctx, size)}));
    if (!bySize.empty()) {
        const QJsonObject &smallest = bySize.begin()->second;
        for (const auto &[size, o] : bySize) {
            for (int i = 0; i < 4; ++i) {
                bench::Figure f;
                f.id = QStringLiteral("3g-%1%2").arg(bench::sizeLabel(size)).arg(QLatin1Char(char('a' + i)));
                f.figure = QStringLiteral("%1 (%2 trades)").arg(QString::fromUtf8(whats[i])).arg(size);
                f.unit = QStringLiteral("ms");
                f.higherIsBetter = false;
                f.ours = o.value(QString::fromLatin1(keys[i])).toDouble();
                f.baseline = smallest.value(QString::fromLatin1(keys[i])).toDouble();
                f.target = QStringLiteral("growth (baseline: %1 trades)").arg(bySize.begin()->first);
                f.met = true;
                out.push_back(f);
            }
        }
    }
    return out;
}

bench::Register reg("3", "1M-trade pending-import list vs QSqlTableModel + QSortFilterProxyModel", run);

} // namespace
