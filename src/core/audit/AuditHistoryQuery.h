#pragma once

#include "audit/AuditHistoryFilter.h"
#include "audit/AuditHistoryRow.h"
#include "auth/AccessGuard.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace atende {

class Actor;
class Clock;
class Database;

// Reads the audit history (Histórico) for the history screens, newest first.
//
// Who may read what: the global history (any entity, or no record given) needs audit.view; the history of one
// customer (entity 'customer' with an id) is also open to customer.view, since the agent who edits the record may
// see what happened to it. A refusal is PermissionDenied plus a 'denied' audit row.
//
// LGPD: without personal_data.view, the values of personal fields are masked here, in core, like everywhere else:
// a customer's document, e-mails and phones, its contacts' phones and e-mails, and users' e-mails. The text filter
// then only matches what the reader may see, so a masked CPF cannot be found by typing it.
class AuditHistoryQuery {
    Q_DECLARE_TR_FUNCTIONS(AuditHistoryQuery)

public:
    static constexpr int MaxLimit = 5000;

    AuditHistoryQuery(Database& db, const Clock& clock);

    Result<QList<AuditHistoryRow>> find(const Actor& actor, const AuditHistoryFilter& filter);

    // The entities present in the history, for the screen's filter.
    Result<QStringList> entities(const Actor& actor);
    // The users who appear in the history (id, "Name (login)"), in name order, for the screen's filter.
    Result<QList<QPair<qint64, QString>>> actingUsers(const Actor& actor);

    // True when `field` of `entity` holds personal data (masked for readers without personal_data.view).
    static bool isPersonalField(const QString& entity, const QString& field);
    // `value` of such a field masked (lists separated by "; " masked item by item).
    static QString maskValue(const QString& field, const QString& value);

private:
    Status requireReader(const Actor& actor, const AuditHistoryFilter& filter);

    Database& m_db;
    AccessGuard m_guard;
};

} // namespace atende
