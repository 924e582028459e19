#pragma once

#include <QString>

namespace atende {

// The shapes of the ways to reach someone, shared by customers, contacts, the directory and CSV import: an e-mail
// address that can go into a mail header, and a Brazilian phone number with its DDD.
class ChannelFormat {
public:
    static constexpr int MaxEmailLength = 254;

    // name@company.com.br: one @, a dotted domain, no spaces, no line breaks or other control characters (a CR/LF
    // in an address would let it inject mail headers) and no '*' (what a masked address looks like).
    static bool isValidEmail(const QString& email);
    // How e-mails are compared and looked up: trimmed, lower case.
    static QString emailKey(const QString& email) { return email.trimmed().toLower(); }

    // The phone's 10 (landline) or 11 (mobile) digits with the DDD, from any way of typing it: "(11) 98765-4321",
    // "+55 11 98765 4321", "011 3333-4444". Empty when it is not a phone with DDD.
    static QString phoneDigits(const QString& typed);
    // "(11) 98765-4321" / "(11) 3333-4444" from phoneDigits().
    static QString formatPhone(const QString& digits);

    // True when `text` has a character that has no place in a one-line field (line breaks, tabs, other controls).
    static bool hasControlCharacters(const QString& text);
};

} // namespace atende
