#pragma once

#include <QString>

namespace atende {

// Folds text for matching the way a person expects: "João Conceição" and "joao conceicao" are the same key.
class TextFolding {
public:
    // Lower case, accents removed (NFD, combining marks dropped), runs of white space collapsed.
    static QString fold(const QString& text);
    // Keeps only the digits: phones and documents typed with or without a mask.
    static QString digitsOnly(const QString& text);
};

} // namespace atende
