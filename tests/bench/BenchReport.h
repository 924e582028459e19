#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <optional>

namespace atende::bench {

// The figures of one run: each measure with its raw SQLite baseline and their ratio, printed as a table for
// people or as one JSON document for scripts (CI keeps the JSON to compare runs).
class BenchReport {
public:
    struct Measure {
        QString id;    // stable key for scripts, e.g. "list_first_screen"
        int order = 0; // place in the table: the order, whatever order the measures ran in
        QString title; // what a person reads in the table
        QString unit;  // of value and raw: "ms", "us", "MiB"
        double value = 0;
        std::optional<double> raw; // the baseline in the same unit; empty when the measure has none
        QString goal;              // e.g. "< 100 ms", "<= 2x raw"; empty when the issue sets none
        std::optional<bool> met;
        QStringList notes; // printed under the table
        QJsonObject details;

        std::optional<double> ratio() const {
            if (!raw || *raw <= 0)
                return std::nullopt;
            return value / *raw;
        }
    };

    void setContext(const QString& key, const QJsonValue& value) { m_context.insert(key, value); }
    void addHeaderLine(const QString& line) { m_header << line; }
    // The baseline column's heading: "raw SQLite", or what the baseline is on another engine.
    void setRawHeading(const QString& heading) { m_rawHeading = heading; }
    void add(Measure measure) { m_measures << std::move(measure); }
    // A measure that could not be taken: reported, and the run exits non-zero.
    void addFailure(const QString& id, const QString& message);
    bool hasFailures() const { return !m_failures.isEmpty(); }
    bool allGoalsMet() const;

    void printTable(std::FILE* out) const;
    void printJson(std::FILE* out) const;

    static QString number(double value, int decimals);

private:
    QJsonObject m_context;
    QStringList m_header;
    QString m_rawHeading = QStringLiteral("raw SQLite");
    QList<Measure> sortedMeasures() const;

    QList<Measure> m_measures;
    QList<QPair<QString, QString>> m_failures;
};

} // namespace atende::bench
