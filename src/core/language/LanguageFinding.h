#pragma once

#include <QString>

namespace atende {

// One stretch of text the language check flags (F-09): where it is, what to say instead, and why.
struct LanguageFinding {
    enum class Kind { Gerundism, Informal };

    Kind kind = Kind::Informal;
    QString ruleId;
    qsizetype start = 0; // in the checked text, UTF-16 units (QString indices)
    qsizetype length = 0;
    QString found;      // the text as typed
    QString suggestion; // the rewrite; empty: remove the stretch
    QString message;    // why, for the agent

    bool operator==(const LanguageFinding&) const = default;
};

} // namespace atende
