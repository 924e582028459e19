#pragma once

#include <QString>

namespace atende {

// A failure as core reports it: a message for the person in front of the screen (already translated, plain
// words, says what to do) and a technical detail for the log. Never carries personal data in `detail`.
struct Error {
    enum class Code {
        Generic,
        InvalidInput,
        NotFound,
        Conflict,
        PermissionDenied,
        Storage,
        NewerDatabase,
        NotAnAtendeDatabase,
    };

    Code code = Code::Generic;
    QString userMessage;
    QString detail;

    static Error make(Code code, QString userMessage, QString detail = {}) {
        return Error{code, std::move(userMessage), std::move(detail)};
    }
};

} // namespace atende
