#pragma once
// Splitting a one-string Chinese address ("浙江省杭州市西湖区文三路 100 号") into province, city and
// district by the national administrative-division table shipped with the product
// (resources/divisions, compiled in as a Qt resource): longest prefixes, full names ("北京市",
// "内蒙古自治区") and the short names people write ("北京", "内蒙古", "杭州"). A short name counts only
// when the next level follows it ("北京路 100 号" is a street, not Beijing); a district only after its
// city. Municipalities come back as province = city = "北京市"; county-level cities directly under a
// province ("湖北省仙桃市") as the city with no district.
#include <QString>

namespace od {

struct AddressParts {
    QString province, city, district;
    QString rest; // what follows the last matched level, trimmed (the whole input when nothing matched)
    bool split() const { return !province.isEmpty(); }
};

AddressParts splitAddress(const QString &address);

} // namespace od
