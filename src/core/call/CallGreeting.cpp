#include "call/CallGreeting.h"

namespace atende {

QString CallGreeting::salutation(const QTime& localTime) {
    if (localTime.hour() < 12)
        return tr("Good morning");
    if (localTime.hour() < 18)
        return tr("Good afternoon");
    return tr("Good evening");
}

QString CallGreeting::script(const QDateTime& now, const QString& company, const QString& agentName) {
    // Only the first name: it is what the agent says on the phone.
    const QString firstName = agentName.simplified().section(QLatin1Char(' '), 0, 0);
    return tr("%1! %2, %3 speaking, thank you for calling. How can I help you?")
        .arg(salutation(now.toLocalTime().time()), company, firstName);
}

} // namespace atende
