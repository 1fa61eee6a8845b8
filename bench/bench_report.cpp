#include "bench_report.h"

#include <QFile>
#include <QRegularExpression>
#include <QSysInfo>
#include <algorithm>
#include <cmath>
#include <sys/resource.h>

namespace zanlink::bench {

qint64 Samples::total() const
{
    qint64 t = 0;
    for (qint64 v : m_ns)
        t += v;
    return t;
}

qint64 Samples::percentile(double p) const
{
    if (m_ns.isEmpty())
        return 0;
    QList<qint64> sorted = m_ns;
    std::sort(sorted.begin(), sorted.end());
    const auto rank = static_cast<qsizetype>(std::ceil(p / 100.0 * static_cast<double>(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

Machine machine()
{
    Machine m;
    QFile cpu(QStringLiteral("/proc/cpuinfo"));
    if (cpu.open(QIODevice::ReadOnly)) {
        const QStringList lines = QString::fromUtf8(cpu.readAll()).split(u'\n');
        for (const QString& line : lines) {
            if (line.startsWith(u"model name") && m.cpu.isEmpty())
                m.cpu = line.section(u':', 1).trimmed();
            if (line.startsWith(u"processor"))
                ++m.cores;
        }
    }
    QFile mem(QStringLiteral("/proc/meminfo"));
    if (mem.open(QIODevice::ReadOnly)) {
        static const QRegularExpression re(
            QStringLiteral("^MemTotal:\\s+(\\d+) kB"), QRegularExpression::MultilineOption);
        const auto match = re.match(QString::fromUtf8(mem.readAll()));
        if (match.hasMatch())
            m.ramBytes = match.captured(1).toLongLong() * 1024;
    }
    m.os = QSysInfo::prettyProductName() + QStringLiteral(", kernel ") + QSysInfo::kernelVersion();
    return m;
}

qint64 peakRssBytes()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<qint64>(u.ru_maxrss) * 1024; // Linux reports kilobytes
}

QString ms(qint64 ns)
{
    const double v = static_cast<double>(ns) / 1e6;
    return QString::number(v, 'f', v < 10 ? 3 : (v < 1000 ? 1 : 0)) + QStringLiteral(" ms");
}

QString mb(qint64 bytes)
{
    return QString::number(static_cast<double>(bytes) / 1e6, 'f', 1) + QStringLiteral(" MB");
}

QString grouped(qint64 n)
{
    QString digits = QString::number(n < 0 ? -n : n);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, u'\u202F'); // narrow no-break space
    return n < 0 ? u'-' + digits : digits;
}

QString perSecond(double count, qint64 ns)
{
    if (ns <= 0)
        return QStringLiteral("–");
    const double v = count * 1e9 / static_cast<double>(ns);
    return v >= 100 ? grouped(std::llround(v)) : QString::number(v, 'f', 1);
}

QString Table::markdown() const
{
    QString out = u"| " + m_header.join(QStringLiteral(" | ")) + QStringLiteral(" |\n|");
    for (qsizetype i = 0; i < m_header.size(); ++i)
        out += QStringLiteral("---|");
    out += u'\n';
    for (const QStringList& r : m_rows) {
        QStringList cells;
        for (const QString& c : r)
            cells << QString(c).replace(u'|', QStringLiteral("\\|"));
        out += u"| " + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    }
    return out;
}

} // namespace zanlink::bench
