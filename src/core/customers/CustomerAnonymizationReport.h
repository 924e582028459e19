#pragma once

#include <QtGlobal>

namespace atende {

// What CustomerAnonymizer::anonymize changed, for the confirmation shown to the administrator.
struct CustomerAnonymizationReport {
    qint64 customerId = 0;
    int contacts = 0;          // contacts replaced by placeholders
    int auditRows = 0;         // history rows whose values were replaced or scrubbed
    int tickets = 0;           // tickets whose texts held a former value
    int interactions = 0;      // interactions whose texts held a former value
    int searchRows = 0;        // full-text rows rewritten
    int otherRows = 0;         // contact records, mails in the outbox, capture processes
    bool fileScrubbed = false; // the write-ahead log was emptied into the file: no former bytes left in the -wal
    bool compacted = false;    // the file was rebuilt (VACUUM), as Options::compactDatabase asked
};

} // namespace atende
