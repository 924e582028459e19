#include "reports/ReportTable.h"

#include <QLocale>

namespace atende {

namespace {

QString minutes(qint64 ms, qint64 count) {
    if (count == 0)
        return {};
    return QString::number(double(ms) / 60000.0, 'f', 1);
}

QString csvCell(QString cell) {
    if (!cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell.front()))
        cell.prepend(QLatin1Char('\''));
    if (cell.contains(QLatin1Char(';')) || cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char('\n')) ||
        cell.contains(QLatin1Char('\r')))
        cell = QLatin1Char('"') + cell.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return cell;
}

} // namespace

QStringList ReportTable::kinds() {
    return {QStringLiteral("volume"), QStringLiteral("backlog"), QStringLiteral("breaches"),
            QStringLiteral("agents"), QStringLiteral("sectors"), QStringLiteral("short-calls")};
}

std::optional<ReportTable> ReportTable::build(const QString& kind, const DashboardFigures& f) {
    ReportTable t;
    if (kind == QLatin1String("volume")) {
        t.header = {tr("Day"), tr("Channel"), tr("Contacts")};
        for (const auto& v : f.volume)
            t.rows.append({v.day.toString(Qt::ISODate), v.channel, QString::number(v.count)});
    } else if (kind == QLatin1String("backlog")) {
        t.header = {tr("Status"), tr("Sector"), tr("Open tickets")};
        for (const auto& b : f.backlog)
            t.rows.append({b.statusName, b.sectorName, QString::number(b.count)});
    } else if (kind == QLatin1String("breaches")) {
        t.header = {tr("Sector"), tr("Deadlines missed")};
        for (const auto& b : f.breaches)
            t.rows.append({b.sectorName, QString::number(b.count)});
    } else if (kind == QLatin1String("agents") || kind == QLatin1String("sectors")) {
        const bool agents = kind == QLatin1String("agents");
        t.header = {agents ? tr("Responsible") : tr("Sector"),
                    tr("Tickets opened"),
                    tr("Answered"),
                    tr("First response (min)"),
                    tr("Resolved"),
                    tr("Resolution (min)")};
        for (const auto& r : agents ? f.byAgent : f.bySector)
            t.rows.append({r.name.isEmpty() ? tr("(none)") : r.name, QString::number(r.tickets),
                           QString::number(r.responded), minutes(r.avgFirstResponseMs, r.responded),
                           QString::number(r.resolved), minutes(r.avgResolutionMs, r.resolved)});
    } else if (kind == QLatin1String("short-calls")) {
        t.header = {tr("Agent"), tr("Calls under 5 minutes without ticket")};
        for (const auto& s : f.shortCalls)
            t.rows.append({s.agentName.isEmpty() ? tr("(none)") : s.agentName, QString::number(s.count)});
    } else {
        return std::nullopt;
    }
    return t;
}

QByteArray ReportTable::toCsv() const {
    QByteArray out("\xEF\xBB\xBF");
    const auto line = [&out](const QStringList& cells) {
        QStringList encoded;
        for (const QString& cell : cells)
            encoded << csvCell(cell);
        out += encoded.join(QLatin1Char(';')).toUtf8() + "\r\n";
    };
    line(header);
    for (const QStringList& row : rows)
        line(row);
    return out;
}

} // namespace atende
