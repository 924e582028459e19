#pragma once

#include <QString>

#include <optional>

namespace atende {

class Actor;
class Database;

// The team-wide settings the call screen reads once per call (app_settings) and the agent's own sector, so the
// screen asks no SQL of its own.
class CallContext {
public:
    explicit CallContext(Database& db);

    // app_settings company.name ("Atende" when absent).
    QString companyName();
    // app_settings call.attendance_set: "support", "realestate", or empty for every set.
    QString attendanceSet();
    // The sector of the agent's user, to tell when a ticket is with another sector (F-06).
    std::optional<qint64> sectorOf(const Actor& actor);

private:
    QString setting(const QString& key);

    Database& m_db;
};

} // namespace atende
