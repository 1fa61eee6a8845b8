#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QStringList>

namespace zanlink::bench {

// Nanosecond samples of one measured operation.
class Samples {
public:
    void add(qint64 ns) { m_ns << ns; }
    qsizetype count() const { return m_ns.size(); }
    qint64 total() const;
    // Nearest-rank percentile (with 20 samples p95 is the 19th, p99 the slowest).
    qint64 percentile(double p) const;

private:
    QList<qint64> m_ns;
};

// Runs f once and returns the nanoseconds it took.
template <typename F> qint64 timed(F&& f)
{
    QElapsedTimer t;
    t.start();
    f();
    return t.nsecsElapsed();
}

struct Machine {
    QString cpu;
    int cores = 0;
    qint64 ramBytes = 0;
    QString os;
};

Machine machine();
// Peak resident set size of this process so far (getrusage ru_maxrss).
qint64 peakRssBytes();

QString ms(qint64 ns); // "1.23 ms"
QString mb(qint64 bytes); // "12.3 MB" (10^6 bytes)
QString perSecond(double count, qint64 ns); // "12 345"
QString grouped(qint64 n); // "12 345"

// A Markdown table.
class Table {
public:
    explicit Table(const QStringList& header) : m_header(header) { }
    void row(const QStringList& cells) { m_rows << cells; }
    QString markdown() const;

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

} // namespace zanlink::bench
