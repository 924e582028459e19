#pragma once

#include <QString>

#include <optional>

namespace atende {

// One line of the customer list.
struct CustomerListRow {
    qint64 id = 0;
    QString kind;                // "PF" or "PJ"
    QString document;            // normalized (digits, or upper-case letters and digits); format or mask it to show
    std::optional<QString> code; // customer code; not every customer has one
    QString name;
    QString nameKey; // folded name (lower case, no accents): the sort key of the name order
    QString city;
    QString state; // UF
    bool inDebt = false;
};

} // namespace atende
