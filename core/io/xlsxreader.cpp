// The .xlsx half of tablereader.h: a zip read through its central directory (stored and deflated
// entries, zlib raw inflate), then the workbook's first sheet found through xl/workbook.xml and its
// relationships, its cells read with QXmlStreamReader. Every offset is checked against the buffer and
// every inflated byte counts against one budget, so a zip bomb or a lying header ends in an error.
#include "io/tablereader.h"

#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamReader>
#include <zlib.h>

#include <cmath>
#include <cstring>

namespace od::io {
namespace {

Error bad(const QString &why)
{
    return Error(QStringLiteral("xlsx.invalid"), QCoreApplication::translate("TableReader", "This is not a readable Excel (.xlsx) file: %1").arg(why));
}

quint32 u16(const QByteArray &b, qint64 at) { return quint32(uchar(b[at])) | quint32(uchar(b[at + 1])) << 8; }
quint32 u32(const QByteArray &b, qint64 at) { return u16(b, at) | u16(b, at + 2) << 16; }

struct Entry {
    quint32 method = 0, flags = 0, compressed = 0, size = 0, localOffset = 0;
};

class Zip {
public:
    Zip(const QByteArray &bytes, qint64 budget) : m_b(bytes), m_budget(budget), m_limitMb(budget / (1024 * 1024)) { }

    Status open()
    {
        const qint64 n = m_b.size();
        if (n < 22)
            return bad(QCoreApplication::translate("TableReader", "the file is too short."));
        // End of central directory: the last record, at most 64 KiB of comment after it.
        qint64 eocd = -1;
        for (qint64 at = n - 22; at >= std::max<qint64>(0, n - 22 - 65535); --at) {
            if (u32(m_b, at) == 0x06054b50u) {
                eocd = at;
                break;
            }
        }
        if (eocd < 0)
            return bad(QCoreApplication::translate("TableReader", "no zip directory found (the file is damaged or not an .xlsx)."));
        const quint32 count = u16(m_b, eocd + 10), cdSize = u32(m_b, eocd + 12), cdOffset = u32(m_b, eocd + 16);
        if (cdOffset == 0xFFFFFFFFu || count == 0xFFFFu)
            return bad(QCoreApplication::translate("TableReader", "zip64 archives are not supported."));
        if (qint64(cdOffset) + cdSize > eocd)
            return bad(QCoreApplication::translate("TableReader", "the zip directory lies outside the file."));
        if (count > 10000)
            return bad(QCoreApplication::translate("TableReader", "too many parts in the file."));
        qint64 at = cdOffset;
        for (quint32 i = 0; i < count; ++i) {
            if (at + 46 > eocd || u32(m_b, at) != 0x02014b50u)
                return bad(QCoreApplication::translate("TableReader", "the zip directory is damaged."));
            Entry e;
            e.flags = u16(m_b, at + 8);
            e.method = u16(m_b, at + 10);
            e.compressed = u32(m_b, at + 20);
            e.size = u32(m_b, at + 24);
            const quint32 nameLen = u16(m_b, at + 28), extraLen = u16(m_b, at + 30), commentLen = u16(m_b, at + 32);
            e.localOffset = u32(m_b, at + 42);
            if (at + 46 + nameLen > eocd)
                return bad(QCoreApplication::translate("TableReader", "the zip directory is damaged."));
            const QString name = QString::fromUtf8(m_b.constData() + at + 46, nameLen);
            m_entries.insert(name, e);
            at += 46 + qint64(nameLen) + extraLen + commentLen;
        }
        return {};
    }

    bool has(const QString &name) const { return m_entries.contains(name); }

    Result<QByteArray> read(const QString &name)
    {
        auto it = m_entries.constFind(name);
        if (it == m_entries.cend())
            return bad(QCoreApplication::translate("TableReader", "the part %1 is missing.").arg(name));
        const Entry e = *it;
        if (e.flags & 1u)
            return bad(QCoreApplication::translate("TableReader", "the file is encrypted (protected with a password)."));
        const qint64 at = e.localOffset;
        if (at + 30 > m_b.size() || u32(m_b, at) != 0x04034b50u)
            return bad(QCoreApplication::translate("TableReader", "the part %1 is damaged.").arg(name));
        const qint64 data = at + 30 + u16(m_b, at + 26) + u16(m_b, at + 28);
        if (data + e.compressed > m_b.size())
            return bad(QCoreApplication::translate("TableReader", "the part %1 is cut off (the file is incomplete).").arg(name));
        if (e.method == 0) {
            if (e.compressed > m_budget)
                return tooBig();
            m_budget -= e.compressed;
            return m_b.mid(data, e.compressed);
        }
        if (e.method != 8)
            return bad(QCoreApplication::translate("TableReader", "the part %1 uses an unsupported compression.").arg(name));
        return inflateRaw(data, e.compressed, name);
    }

private:
    Error tooBig() const
    {
        return Error(QStringLiteral("xlsx.too_big"),
                     QCoreApplication::translate("TableReader", "The Excel file unpacks to more than %1 MB; split it into smaller files.").arg(m_limitMb));
    }

    Result<QByteArray> inflateRaw(qint64 data, quint32 compressed, const QString &name)
    {
        z_stream s;
        std::memset(&s, 0, sizeof s);
        if (inflateInit2(&s, -MAX_WBITS) != Z_OK)
            return bad(QCoreApplication::translate("TableReader", "the decompressor could not start."));
        QByteArray out;
        s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(m_b.constData() + data));
        s.avail_in = compressed;
        char chunk[64 * 1024];
        int rc = Z_OK;
        while (rc != Z_STREAM_END) {
            s.next_out = reinterpret_cast<Bytef *>(chunk);
            s.avail_out = sizeof chunk;
            rc = inflate(&s, Z_NO_FLUSH);
            if (rc != Z_OK && rc != Z_STREAM_END) {
                inflateEnd(&s);
                return bad(QCoreApplication::translate("TableReader", "the part %1 is damaged (it does not unpack).").arg(name));
            }
            const qint64 got = qint64(sizeof chunk - s.avail_out);
            if (got > m_budget) {
                inflateEnd(&s);
                return tooBig();
            }
            m_budget -= got;
            out.append(chunk, got);
            if (rc == Z_OK && got == 0 && s.avail_in == 0) {
                inflateEnd(&s);
                return bad(QCoreApplication::translate("TableReader", "the part %1 is cut off (the file is incomplete).").arg(name));
            }
        }
        inflateEnd(&s);
        return out;
    }

    const QByteArray &m_b;
    qint64 m_budget;
    QHash<QString, Entry> m_entries;
    qint64 m_limitMb;
};

// Column letters of a cell reference ("C12" → 2, row 12); false when it is not one.
bool cellRef(QStringView ref, int &col, int &row)
{
    int i = 0;
    qint64 c = 0, r = 0;
    while (i < ref.size() && ref[i].isLetter() && ref[i].unicode() < 128) {
        c = c * 26 + (ref[i].toUpper().unicode() - 'A' + 1);
        if (c > 16384)
            return false;
        ++i;
    }
    if (i == 0 || i == ref.size())
        return false;
    for (; i < ref.size(); ++i) {
        if (!ref[i].isDigit() || ref[i].unicode() >= 128)
            return false;
        r = r * 10 + (ref[i].unicode() - '0');
        if (r > 1048576)
            return false;
    }
    col = int(c - 1);
    row = int(r);
    return row >= 1;
}

// A number cell as staff typed it: 600000000123 stays that, not 6.00000000123E+11.
QString numberText(const QString &v)
{
    bool ok = false;
    const double d = v.toDouble(&ok);
    if (ok && std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 1e15)
        return QString::number(qint64(d));
    return v;
}

// The text of the current element (<si>, <is>): its <t> children, without phonetic runs (<rPh>).
QString richText(QXmlStreamReader &x)
{
    QString out;
    int phonetic = 0;
    const QString end = x.name().toString();
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement()) {
            if (x.name() == QLatin1String("rPh"))
                ++phonetic;
            else if (x.name() == QLatin1String("t") && phonetic == 0)
                out += x.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (x.isEndElement()) {
            if (x.name() == QLatin1String("rPh"))
                --phonetic;
            else if (x.name() == end)
                break;
        }
    }
    return out;
}

Status xmlError(const QXmlStreamReader &x, const QString &part)
{
    if (!x.hasError())
        return {};
    return bad(QCoreApplication::translate("TableReader", "%1 is not well-formed XML (%2).").arg(part, x.errorString()));
}

// The first sheet's part name and title, from the workbook and its relationships.
Result<std::pair<QString, QString>> firstSheet(Zip &zip)
{
    auto wb = zip.read(QStringLiteral("xl/workbook.xml"));
    if (!wb.ok())
        return wb.error();
    QString rid, name;
    {
        QXmlStreamReader x(wb.value());
        while (!x.atEnd() && rid.isEmpty()) {
            if (x.readNext() == QXmlStreamReader::StartElement && x.name() == QLatin1String("sheet")) {
                name = x.attributes().value(QLatin1String("name")).toString();
                for (const QXmlStreamAttribute &a : x.attributes())
                    if (a.name() == QLatin1String("id") && !a.prefix().isEmpty())
                        rid = a.value().toString();
            }
        }
        if (Status st = xmlError(x, QStringLiteral("xl/workbook.xml")); !st.ok())
            return st.error();
    }
    if (rid.isEmpty())
        return bad(QCoreApplication::translate("TableReader", "the workbook has no sheet."));
    auto rels = zip.read(QStringLiteral("xl/_rels/workbook.xml.rels"));
    if (!rels.ok())
        return rels.error();
    QXmlStreamReader x(rels.value());
    while (!x.atEnd()) {
        if (x.readNext() == QXmlStreamReader::StartElement && x.name() == QLatin1String("Relationship") && x.attributes().value(QLatin1String("Id")) == rid) {
            QString target = x.attributes().value(QLatin1String("Target")).toString();
            target = target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
            return std::pair{target, name};
        }
    }
    if (Status st = xmlError(x, QStringLiteral("xl/_rels/workbook.xml.rels")); !st.ok())
        return st.error();
    return bad(QCoreApplication::translate("TableReader", "the workbook's first sheet is not in the file."));
}

} // namespace

Result<Table> readXlsx(const QByteArray &bytes, const TableLimits &limits)
{
    if (bytes.size() > limits.maxFileBytes)
        return Error(QStringLiteral("table.too_big"),
                     QCoreApplication::translate("TableReader", "The file is larger than %1 MB.").arg(limits.maxFileBytes / (1024 * 1024)));
    if (!bytes.startsWith("PK"))
        return bad(QCoreApplication::translate("TableReader", "it is not a zip archive (an .xls from old Excel? Save it as .xlsx)."));
    Zip zip(bytes, limits.maxInflatedBytes);
    if (Status st = zip.open(); !st.ok())
        return st.error();
    auto sheet = firstSheet(zip);
    if (!sheet.ok())
        return sheet.error();

    QStringList shared;
    if (zip.has(QStringLiteral("xl/sharedStrings.xml"))) {
        auto ss = zip.read(QStringLiteral("xl/sharedStrings.xml"));
        if (!ss.ok())
            return ss.error();
        QXmlStreamReader x(ss.value());
        while (!x.atEnd()) {
            if (x.readNext() == QXmlStreamReader::StartElement && x.name() == QLatin1String("si")) {
                if (shared.size() >= 1000000)
                    return bad(QCoreApplication::translate("TableReader", "too many shared strings."));
                shared << richText(x);
            }
        }
        if (Status st = xmlError(x, QStringLiteral("xl/sharedStrings.xml")); !st.ok())
            return st.error();
    }

    auto data = zip.read(sheet.value().first);
    if (!data.ok())
        return data.error();
    Table table;
    table.sheetName = sheet.value().second;
    QXmlStreamReader x(data.value());
    int rowNo = 0, col = -1;
    TableRow current;
    auto flush = [&]() -> Status {
        while (!current.cells.isEmpty() && current.cells.last().isEmpty())
            current.cells.removeLast();
        if (!current.cells.isEmpty()) {
            if (int(table.rows.size()) >= limits.maxRows)
                return Error(QStringLiteral("table.too_many_rows"),
                             QCoreApplication::translate("TableReader", "The sheet has more than %1 rows.").arg(limits.maxRows));
            table.rows.push_back(current);
        }
        current = TableRow{};
        return {};
    };
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement() && x.name() == QLatin1String("row")) {
            if (Status st = flush(); !st.ok())
                return st.error();
            bool ok = false;
            const int r = x.attributes().value(QLatin1String("r")).toInt(&ok);
            rowNo = ok && r > rowNo && r <= 1048576 ? r : rowNo + 1;
            current.number = rowNo;
            col = -1;
        } else if (x.isStartElement() && x.name() == QLatin1String("c")) {
            const auto attrs = x.attributes();
            int c = col + 1, r = rowNo;
            if (!cellRef(attrs.value(QLatin1String("r")), c, r))
                c = col + 1;
            col = c;
            const QString type = attrs.value(QLatin1String("t")).toString();
            QString value;
            bool haveValue = false;
            while (!x.atEnd()) {
                x.readNext();
                if (x.isStartElement() && x.name() == QLatin1String("v")) {
                    value = x.readElementText(QXmlStreamReader::IncludeChildElements);
                    haveValue = true;
                } else if (x.isStartElement() && x.name() == QLatin1String("is")) {
                    value = richText(x);
                    haveValue = true;
                } else if (x.isEndElement() && x.name() == QLatin1String("c")) {
                    break;
                }
            }
            if (!haveValue || c >= limits.maxColumns)
                continue;
            if (type == QLatin1String("s")) {
                bool ok = false;
                const int i = value.toInt(&ok);
                if (!ok || i < 0 || i >= shared.size())
                    return bad(QCoreApplication::translate("TableReader", "cell %1 refers to a missing shared string.")
                                   .arg(attrs.value(QLatin1String("r")).toString()));
                value = shared[i];
            } else if (type == QLatin1String("b")) {
                value = value.trimmed() == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            } else if (type.isEmpty() || type == QLatin1String("n")) {
                value = numberText(value.trimmed());
            }
            while (current.cells.size() <= c)
                current.cells << QString();
            current.cells[c] = value;
        }
    }
    if (Status st = xmlError(x, sheet.value().first); !st.ok())
        return st.error();
    if (Status st = flush(); !st.ok())
        return st.error();
    return table;
}

} // namespace od::io
