#include "mail/SmtpOutcome.h"

namespace atende {

QString SmtpOutcome::failureName(Failure failure) {
    switch (failure) {
    case Failure::None:
        return QStringLiteral("none");
    case Failure::Configuration:
        return QStringLiteral("configuration");
    case Failure::Dns:
        return QStringLiteral("dns");
    case Failure::ConnectionRefused:
        return QStringLiteral("connection_refused");
    case Failure::Timeout:
        return QStringLiteral("timeout");
    case Failure::Network:
        return QStringLiteral("network");
    case Failure::Tls:
        return QStringLiteral("tls");
    case Failure::Authentication:
        return QStringLiteral("authentication");
    case Failure::RejectedSender:
        return QStringLiteral("rejected_sender");
    case Failure::RejectedRecipient:
        return QStringLiteral("rejected_recipient");
    case Failure::RejectedMessage:
        return QStringLiteral("rejected_message");
    case Failure::Protocol:
        return QStringLiteral("protocol");
    case Failure::Unavailable:
        return QStringLiteral("unavailable");
    }
    return QStringLiteral("unknown");
}

} // namespace atende
