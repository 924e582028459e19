#pragma once

#include <QString>
#include <QStringList>

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
    // The fields the message is about, by their stable names (e.g. the missing mandatory fields of a ticket:
    // "sub_subject_id", "solution"), so a screen can highlight them. Empty for most errors.
    QStringList fields;

    static Error make(Code code, QString userMessage, QString detail = {}) {
        return Error{code, std::move(userMessage), std::move(detail), {}};
    }
};

} // namespace atende
