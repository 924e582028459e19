#pragma once

#include "tickets/Ticket.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace atende {

// The ticket fields a subject or a workflow transition can make mandatory, by their stable names (the column names:
// "sub_subject_id", "description", "solution"...), with the label a person reads and whether a ticket has them.
//
// missingFieldsError() is THE one check every path that changes a ticket goes through (create, update/forward,
// status change, close, clone, CLI, import): one message listing every missing field, and the names in
// Error::fields so a screen can highlight them.
class TicketFields {
    Q_DECLARE_TR_FUNCTIONS(TicketFields)

public:
    static QStringList known();
    static bool isKnown(const QString& field);
    // Translated label ("Sub-subject" / "Subassunto"); the name itself when unknown.
    static QString label(const QString& field);
    static bool isFilled(const Ticket& ticket, const QString& field);
    // The fields of `required` that `ticket` lacks, in the order given, without repeats.
    static QStringList missing(const Ticket& ticket, const QStringList& required);
    // InvalidInput "Fill in the mandatory fields before saving: Sub-subject, Description." with fields = missing.
    static Error missingFieldsError(const QStringList& missingFields);
};

} // namespace atende
