#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace atende {

// Finds a customer's former personal values inside free text (ticket descriptions, interactions, audit values,
// full-text rows) and replaces them with a placeholder, for the anonymiser.
//
// Two kinds of values, two scopes:
// - identifiers (CPF/CNPJ, phones, e-mails) are unmistakable, so they are replaced wherever they appear, in any
//   punctuation ("529.982.247-25", "52998224725", "(11) 98765-4321", "11987654321") and any case (a phone without
//   its DDD, "98765-4321", only in the customer's own records);
// - words (names, customer code, address, notes) are replaced only in records that belong to the customer
//   (Scope::Everything), as whole words with accents and case ignored, so another customer's "Maria" or the word
//   "Financeiro" elsewhere are left alone.
class CustomerTextScrubber {
public:
    enum class Scope { Identifiers, Everything };

    explicit CustomerTextScrubber(QString placeholder);

    void addDocument(const QString& document); // with or without mask
    void addPhone(const QString& phone);       // any form; ignored when it is not a phone with DDD
    void addEmail(const QString& email);
    void addText(const QString& text); // ignored below 2 characters

    bool isEmpty() const { return m_patterns.isEmpty() && m_emails.isEmpty() && m_texts.isEmpty(); }

    // `text` with every value of `scope` replaced; the same text (not a copy) when nothing matched.
    QString scrub(const QString& text, Scope scope) const;

    // FTS5 queries (one quoted phrase each) that find the full-text rows holding any value of `scope`: the index
    // finds them without reading every row.
    QStringList searchQueries(Scope scope) const;
    // Literal forms of the identifiers as services store them (normalised document, formatted and bare phones,
    // lower-case e-mails): a cheap SQL instr() pre-filter for tables without a full-text index. Compare against
    // lower(column).
    QStringList identifierNeedles() const;

private:
    static QString foldKeepingLength(const QString& text);
    QString replaceWords(const QString& text, const QStringList& foldedNeedles) const;

    QString m_placeholder;
    QList<QRegularExpression> m_patterns;      // documents and phones, punctuation-tolerant
    QList<QRegularExpression> m_localPatterns; // phones without their DDD: Scope::Everything only
    QStringList m_emails;                      // folded
    QStringList m_texts;                       // folded
    QStringList m_queries[2];                  // by Scope
    QStringList m_needles;
};

} // namespace atende
