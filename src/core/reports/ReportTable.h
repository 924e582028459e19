#pragma once

#include "reports/DashboardFigures.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace atende {

// One figure of the dashboard as a table (a heading row and text cells), for atendectl report and CSV files.
// Kinds: volume, backlog, breaches, agents, sectors, short-calls. Durations are minutes with one decimal.
class ReportTable {
    Q_DECLARE_TR_FUNCTIONS(ReportTable)

public:
    QStringList header;
    QList<QStringList> rows;

    static QStringList kinds();
    // Empty when `kind` is not one of kinds().
    static std::optional<ReportTable> build(const QString& kind, const DashboardFigures& figures);

    // RFC 4180 CSV for a spreadsheet in pt-BR: UTF-8 with BOM, ';' between cells, CRLF lines, quotes where needed,
    // and a cell starting with = + - @ (or a tab/CR) prefixed with an apostrophe so it is never run as a formula.
    QByteArray toCsv() const;
};

} // namespace atende
