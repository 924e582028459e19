#pragma once

#include "attendance/AttendanceForm.h"

#include <QString>

namespace atende {

// A kind of call (Tipo de atendimento, F-07) with its form (F-08): data an administrator edits.
struct AttendanceType {
    qint64 id = 0;                               // 0: not saved yet
    QString code;                                // stable, lower case: "capture", "error"...
    QString name;                                // what the agent picks: "Captação", "Erro"
    QString typeSet = QStringLiteral("support"); // "support" (seeds 000/003) or "realestate" (seed 001)
    AttendanceForm form;
    // What concluding the call also starts: "" nothing, "rental_process", "capture_process", "admin_request".
    QString creates;
    bool requiresActiveContract = false; // administration requests: only for a customer with an active contract
    int sortOrder = 0;
    bool active = true;
};

} // namespace atende
