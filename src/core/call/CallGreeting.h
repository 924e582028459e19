#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace atende {

// The first line of every call (F-01, seeds 001 and 003): thanks, the company's name, the agent's name and the
// greeting of the time of day, then the question that opens the call.
class CallGreeting {
    Q_DECLARE_TR_FUNCTIONS(CallGreeting)

public:
    // "Bom dia" before noon, "Boa tarde" until 18:00, "Boa noite" after — in local time.
    static QString salutation(const QTime& localTime);
    // "Bom dia! Atende Imóveis, Juliana falando, obrigada por ligar. Em que posso ajudar?"
    static QString script(const QDateTime& now, const QString& company, const QString& agentName);
};

} // namespace atende
