#pragma once

#include <QString>

#include <string>

namespace atende {

// What may reach a log: never a full CPF/CNPJ, phone, e-mail, password or message body (LGPD; ARCHITECTURE.md).
// Call sites mask what they know is personal; scrub() is the safety net that every log line passes through.
class LogMasking {
public:
    // "***.456.789-**" style; works on masked or unmasked input.
    static QString document(const QString& value);
    // "j***@exemplo.com.br"
    static QString email(const QString& value);
    // "(**) *****-4321": the last four digits only.
    static QString phone(const QString& value);
    // A message body or free text: only its length.
    static QString body(const QString& value);
    // A secret: never any part of it.
    static QString secret(const QString& value);

    // Masks anything in `text` that looks like a CPF, CNPJ (also alphanumeric), phone or e-mail address, and the
    // value after password=/senha=. Used on every log line.
    static QString scrub(const QString& text);
    static std::string scrub(const std::string& utf8);
};

} // namespace atende
