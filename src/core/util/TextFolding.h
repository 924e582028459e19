#pragma once

#include <QString>

namespace atende {

// Folds text for matching the way a person expects: "João Conceição" and "joao conceicao" are the same key.
class TextFolding {
public:
    // Lower case, accents removed (NFD, combining marks dropped), runs of white space collapsed.
    // It is also the SQLite connection's atende_fold(), which the sort indexes of migration 10 store: a change to
    // what it returns needs a migration that REINDEXes them (and new customers.name_key values).
    static QString fold(const QString& text);
    // Keeps only the digits: phones and documents typed with or without a mask.
    static QString digitsOnly(const QString& text);
};

} // namespace atende
