#pragma once

#include <QCoreApplication>
#include <QString>

namespace atende {

// A Brazilian taxpayer number as typed by a person: CPF (11 digits) or CNPJ (14 characters; since July 2026 the
// first 12 may be letters A-Z, see DOMAIN.md). Accepts input with or without the mask, in any case.
class DocumentNumber {
    Q_DECLARE_TR_FUNCTIONS(DocumentNumber)

public:
    enum class Kind { Unknown, Cpf, Cnpj };

    // Reads `input`; never fails: an invalid value keeps the reason in errorReason().
    static DocumentNumber parse(const QString& input);

    Kind kind() const { return m_kind; }
    bool isValid() const { return m_valid; }
    // Digits, or upper-case letters and digits for an alphanumeric CNPJ: what the database stores.
    const QString& normalized() const { return m_normalized; }
    // 123.456.789-09 or 12.ABC.345/01DE-35; the normalized text when the value is not valid.
    QString formatted() const;
    // LGPD mask for profiles that may not see personal data: ***.456.789-** / **.ABC.345/****-**.
    QString masked() const;
    // Why the value is not valid, translated, for the person who typed it. Empty when valid.
    const QString& errorReason() const { return m_reason; }
    // "CPF" or "CNPJ" (or empty when the kind could not be told).
    QString kindName() const;

    // Appends the two check digits: for generators and tests. `base` is 9 digits (CPF) or 12 characters (CNPJ).
    static QString cpfWithCheckDigits(const QString& first9Digits);
    static QString cnpjWithCheckDigits(const QString& first12Chars);

    // Formats/masks an already normalized value without validating it (e.g. a value read from the database).
    static QString formatNormalized(const QString& normalized);
    static QString maskNormalized(const QString& normalized);

private:
    Kind m_kind = Kind::Unknown;
    bool m_valid = false;
    QString m_normalized;
    QString m_reason;
};

} // namespace atende
