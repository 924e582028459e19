#pragma once

#include <QString>
#include <QStringList>

namespace atende {

// One question of an attendance type's form (F-08), as an administrator defines it.
struct AttendanceFormField {
    enum class Kind { Text, LongText, Number, Date, Choice, YesNo, Customer, Property };

    QString key;   // stable name of the answer in tickets.form_answers
    QString label; // what the agent reads
    Kind kind = Kind::Text;
    bool required = false;
    QString help;
    QStringList options; // Choice only; empty for a choice filled at run time (e.g. the captadores)

    // "text", "long_text", "number", "date", "choice", "yes_no", "customer", "property".
    static QString kindCode(Kind kind);
    static bool kindFromCode(const QString& code, Kind& kind);
};

} // namespace atende
