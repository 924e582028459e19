#pragma once

#include <QtGlobal>

namespace atende {

// What CustomerService::merge moved from the removed customer to the kept one.
struct CustomerMergeSummary {
    qint64 keptId = 0;
    qint64 removedId = 0;
    int tickets = 0;
    int contactRecords = 0;
    int contacts = 0;
    int channels = 0; // e-mails and phones the kept customer did not have yet (the others are dropped as repeated)
    int properties = 0;
    int rentalContracts = 0;
    int rentalProcesses = 0;
    int captureProcesses = 0;
};

} // namespace atende
