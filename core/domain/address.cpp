#include "domain/address.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QStringList>
#include <vector>

Q_LOGGING_CATEGORY(lcAddress, "orderdesk.address")

namespace od {

namespace {

struct City {
    QString name; // as the table names it ("杭州市"); the municipality's own name for "市辖区"
    QStringList shortNames; // "杭州"
    QStringList districts; // full names only
};

struct Province {
    QString name; // "浙江省"
    QStringList shortNames; // "浙江"
    bool municipality = false; // 北京 / 天津 / 上海 / 重庆: districts right after the province
    std::vector<City> cities;
};

// The autonomous regions' short names are not their names minus a suffix.
QStringList provinceShortNames(const QString &name)
{
    static const QList<QPair<QString, QString>> regions{{QStringLiteral("内蒙古自治区"), QStringLiteral("内蒙古")},
                                                        {QStringLiteral("广西壮族自治区"), QStringLiteral("广西")},
                                                        {QStringLiteral("西藏自治区"), QStringLiteral("西藏")},
                                                        {QStringLiteral("宁夏回族自治区"), QStringLiteral("宁夏")},
                                                        {QStringLiteral("新疆维吾尔自治区"), QStringLiteral("新疆")}};
    for (const auto &[full, shortName] : regions)
        if (name == full)
            return {shortName};
    for (const QString suffix : {QStringLiteral("省"), QStringLiteral("市")})
        if (name.endsWith(suffix) && name.size() - suffix.size() >= 2)
            return {name.left(name.size() - suffix.size())};
    return {};
}

QStringList cityShortNames(const QString &name)
{
    for (const QString suffix : {QStringLiteral("市"), QStringLiteral("地区")})
        if (name.endsWith(suffix) && name.size() - suffix.size() >= 2)
            return {name.left(name.size() - suffix.size())};
    return {};
}

std::vector<Province> load()
{
    std::vector<Province> out;
    QFile f(QStringLiteral(":/data/divisions/pca.json"));
    if (!f.open(QIODevice::ReadOnly)) {
        qCWarning(lcAddress) << "the administrative-division table is missing; addresses are not split";
        return out;
    }
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    const QString cityDistricts = QStringLiteral("市辖区");
    const QString directCounties = QStringLiteral("省直辖县级行政区划");
    const QString counties = QStringLiteral("县"); // 重庆市's counties, beside its 市辖区
    for (auto p = root.begin(); p != root.end(); ++p) {
        Province prov;
        prov.name = p.key();
        prov.shortNames = provinceShortNames(prov.name);
        const QJsonObject cities = p.value().toObject();
        prov.municipality = cities.contains(cityDistricts);
        for (auto c = cities.begin(); c != cities.end(); ++c) {
            QStringList districts;
            for (const QJsonValue &d : c.value().toArray())
                districts << d.toString();
            if (prov.municipality && (c.key() == cityDistricts || c.key() == counties)) {
                if (prov.cities.empty())
                    prov.cities.push_back(City{prov.name, prov.shortNames + QStringList{cityDistricts}, {}});
                prov.cities.front().districts << districts;
            } else if (c.key() == directCounties) {
                for (const QString &d : districts)
                    prov.cities.push_back(City{d, cityShortNames(d), {}});
            } else {
                prov.cities.push_back(City{c.key(), cityShortNames(c.key()), districts});
            }
        }
        out.push_back(std::move(prov));
    }
    return out;
}

const std::vector<Province> &table()
{
    static const std::vector<Province> provinces = load();
    return provinces;
}

// Whitespace and the separators people put between levels.
qsizetype skipSeparators(const QString &s, qsizetype at)
{
    while (at < s.size() && (s.at(at).isSpace() || s.at(at) == QLatin1Char(',') || s.at(at) == QChar(0xFF0C) /* ， */))
        ++at;
    return at;
}

// The longest of `names` that `s` has at `at`; 0 if none.
qsizetype matchAt(const QString &s, qsizetype at, const QStringList &names)
{
    qsizetype best = 0;
    for (const QString &n : names)
        if (n.size() > best && QStringView(s).mid(at).startsWith(n))
            best = n.size();
    return best;
}

struct Match {
    qsizetype end = 0;
    bool viaShort = false;
};

Match matchName(const QString &s, qsizetype at, const QString &full, const QStringList &shortNames)
{
    if (const qsizetype n = matchAt(s, at, {full}))
        return {at + n, false};
    if (const qsizetype n = matchAt(s, at, shortNames))
        return {at + n, true};
    return {};
}

// The district of `city` at `at` (full names only): its end, or 0.
qsizetype matchDistrict(const QString &s, qsizetype at, const City &city)
{
    const qsizetype n = matchAt(s, at, city.districts);
    return n > 0 ? at + n : 0;
}

} // namespace

AddressParts splitAddress(const QString &address)
{
    AddressParts out;
    const QString s = address.trimmed();
    out.rest = s;
    for (const Province &p : table()) {
        const Match pm = matchName(s, 0, p.name, p.shortNames);
        if (pm.end == 0)
            continue;
        qsizetype at = skipSeparators(s, pm.end);
        const City *city = nullptr;
        qsizetype end = pm.end;
        // The city: the municipality's own name may be written again ("北京市北京市朝阳区"), or not.
        for (const City &c : p.cities) {
            const Match cm = matchName(s, at, c.name, c.shortNames);
            if (cm.end == 0)
                continue;
            const qsizetype d = matchDistrict(s, skipSeparators(s, cm.end), c);
            if (cm.viaShort && d == 0)
                continue; // "杭州湾…": a short name must be followed by one of its districts
            city = &c;
            end = d > 0 ? d : cm.end;
            out.district = d > 0 ? s.mid(skipSeparators(s, cm.end), d - skipSeparators(s, cm.end)) : QString();
            break;
        }
        if (!city && p.municipality && !p.cities.empty()) {
            if (const qsizetype d = matchDistrict(s, at, p.cities.front())) {
                city = &p.cities.front();
                out.district = s.mid(at, d - at);
                end = d;
            }
        }
        if (pm.viaShort && !city)
            continue; // "吉林路 88 号", "北京路": a short province name alone is not a province
        out.province = p.name;
        out.city = city ? city->name : QString();
        out.rest = s.mid(skipSeparators(s, end)).trimmed();
        return out;
    }
    // No province written ("杭州市西湖区…"): a city followed by one of its own districts.
    for (const Province &p : table()) {
        if (p.municipality)
            continue;
        for (const City &c : p.cities) {
            const Match cm = matchName(s, 0, c.name, c.shortNames);
            if (cm.end == 0)
                continue;
            const qsizetype from = skipSeparators(s, cm.end);
            const qsizetype d = matchDistrict(s, from, c);
            if (d == 0)
                continue;
            out.province = p.name;
            out.city = c.name;
            out.district = s.mid(from, d - from);
            out.rest = s.mid(skipSeparators(s, d)).trimmed();
            return out;
        }
    }
    return out;
}

} // namespace od
