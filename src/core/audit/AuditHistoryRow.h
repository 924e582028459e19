#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace atende {

// One line of the history screen: who did what to which record, with the values as the reader may see them.
struct AuditHistoryRow {
    qint64 id = 0;
    QDateTime at; // UTC
    std::optional<qint64> userId;
    QString userLogin; // empty for the system or a deleted user
    QString userName;
    QString entity;
    std::optional<qint64> entityId;
    QString action;
    QString field;
    QString oldValue; // masked when the reader may not see personal data
    QString newValue;
    bool masked = false; // true when a value was masked for this reader
};

} // namespace atende
