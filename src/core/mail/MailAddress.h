#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace atende {

// An e-mail address with an optional display name ("João Silva" <joao@example.com.br>).
// Addresses come from data typed by people (customers, settings), so they are checked before they reach a
// header or an SMTP command: a CR or LF there would let data write its own headers or commands.
struct MailAddress {
    Q_DECLARE_TR_FUNCTIONS(MailAddress)

public:
    QString name;
    QString address;

    // The address alone, refused when it is not a plain ASCII local@domain (no spaces, brackets, control
    // characters); the name has its control characters (CR, LF, TAB...) turned into spaces.
    static Result<MailAddress> make(const QString& name, const QString& address);
    static bool isValidAddress(const QString& address);
    // Control characters become single spaces and the ends are trimmed: a name or subject stays one line.
    static QString singleLine(const QString& text);
};

} // namespace atende
