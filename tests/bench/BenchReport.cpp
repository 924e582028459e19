#include "BenchReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>

namespace atende::bench {

namespace {

QString valueText(double value, const QString& unit) {
    const int decimals = value >= 100 ? 0 : (value >= 10 ? 1 : (value >= 1 ? 2 : 3));
    return BenchReport::number(value, decimals) + QLatin1Char(' ') + unit;
}

void writeLine(std::FILE* out, const QString& line) {
    const QByteArray utf8 = line.toUtf8();
    std::fwrite(utf8.constData(), 1, std::size_t(utf8.size()), out);
    std::fputc('\n', out);
}

// Pads by characters, not bytes: titles and units may hold non-ASCII text ("µs").
QString padded(const QString& text, int width, bool right) {
    return right ? text.rightJustified(width, QLatin1Char(' ')) : text.leftJustified(width, QLatin1Char(' '));
}

} // namespace

QString BenchReport::number(double value, int decimals) {
    // Figures for developers and CI logs: English grouping, whatever the workstation's language.
    return QLocale(QLocale::English).toString(value, 'f', decimals);
}

void BenchReport::addFailure(const QString& id, const QString& message) {
    m_failures.append({id, message});
}

bool BenchReport::allGoalsMet() const {
    return std::all_of(m_measures.begin(), m_measures.end(), [](const Measure& m) { return m.met.value_or(true); });
}

QList<BenchReport::Measure> BenchReport::sortedMeasures() const {
    QList<Measure> sorted = m_measures;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Measure& a, const Measure& b) { return a.order < b.order; });
    return sorted;
}

void BenchReport::printTable(std::FILE* out) const {
    const QList<Measure> measures = sortedMeasures();
    for (const QString& line : m_header)
        writeLine(out, line);
    writeLine(out, QString());

    const QStringList headings{QStringLiteral("measure"), QStringLiteral("atende"), m_rawHeading,
                               QStringLiteral("ratio"), QStringLiteral("goal")};
    QList<QStringList> rows;
    for (const Measure& m : measures) {
        QString goal = m.goal;
        if (m.met)
            goal += *m.met ? QStringLiteral("  met") : QStringLiteral("  MISSED");
        const auto ratio = m.ratio();
        rows << QStringList{m.title, valueText(m.value, m.unit),
                            m.raw ? valueText(*m.raw, m.unit) : QStringLiteral("-"),
                            ratio ? number(*ratio, 2) + QLatin1Char('x') : QStringLiteral("-"), goal.trimmed()};
    }
    QList<int> widths;
    for (qsizetype c = 0; c < headings.size(); ++c) {
        int width = int(headings[c].size());
        for (const QStringList& row : rows)
            width = std::max(width, int(row[c].size()));
        widths << width;
    }
    auto line = [&](const QStringList& cells) {
        QString text;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            // Numbers right-aligned so their digits line up; words left-aligned.
            const bool right = c >= 1 && c <= 3;
            text += padded(cells[c], widths[c], right);
            if (c + 1 < cells.size())
                text += QStringLiteral("  ");
        }
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        writeLine(out, text);
    };
    line(headings);
    QStringList rule;
    for (const int width : widths)
        rule << QString(width, QLatin1Char('-'));
    line(rule);
    for (const QStringList& row : rows)
        line(row);

    bool first = true;
    for (const Measure& m : measures) {
        for (const QString& note : m.notes) {
            if (first)
                writeLine(out, QString());
            first = false;
            writeLine(out, QStringLiteral("- ") + m.title + QStringLiteral(": ") + note);
        }
    }
    if (!m_failures.isEmpty()) {
        writeLine(out, QString());
        for (const auto& [id, message] : m_failures)
            writeLine(out, QStringLiteral("FAILED %1: %2").arg(id, message));
    }
}

void BenchReport::printJson(std::FILE* out) const {
    QJsonObject doc = m_context;
    QJsonArray measures;
    for (const Measure& m : sortedMeasures()) {
        QJsonObject o{{QStringLiteral("id"), m.id},
                      {QStringLiteral("title"), m.title},
                      {QStringLiteral("unit"), m.unit},
                      {QStringLiteral("value"), m.value}};
        if (m.raw)
            o.insert(QStringLiteral("raw"), *m.raw);
        if (const auto ratio = m.ratio())
            o.insert(QStringLiteral("ratio"), *ratio);
        if (!m.goal.isEmpty())
            o.insert(QStringLiteral("goal"), m.goal);
        if (m.met)
            o.insert(QStringLiteral("met"), *m.met);
        if (!m.notes.isEmpty())
            o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(m.notes));
        for (auto it = m.details.begin(); it != m.details.end(); ++it)
            o.insert(it.key(), it.value());
        measures.append(o);
    }
    doc.insert(QStringLiteral("measures"), measures);
    QJsonArray failures;
    for (const auto& [id, message] : m_failures)
        failures.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("message"), message}});
    doc.insert(QStringLiteral("failures"), failures);
    doc.insert(QStringLiteral("ok"), m_failures.isEmpty());
    doc.insert(QStringLiteral("goalsMet"), allGoalsMet());
    const QByteArray json = QJsonDocument(doc).toJson(QJsonDocument::Indented);
    std::fwrite(json.constData(), 1, std::size_t(json.size()), out);
}

} // namespace atende::bench
