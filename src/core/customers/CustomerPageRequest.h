#pragma once

#include <QString>
#include <Qt>

namespace atende {

// The columns the customer list can be ordered by, each backed by an index.
enum class CustomerSortKey { Name, Document, Code };

// What the search box narrows the list to. Both are prefixes, matched through an index.
struct CustomerListFilter {
    QString namePrefix;     // as typed: case and accents do not matter ("joao" finds "João")
    QString documentPrefix; // as typed: mask characters and case do not matter ("123.456" finds 12345678909)

    bool isEmpty() const { return namePrefix.trimmed().isEmpty() && documentPrefix.trimmed().isEmpty(); }
    bool operator==(const CustomerListFilter&) const = default;

    // A search box's text: a CPF/CNPJ (or its beginning) when it looks like one, otherwise the start of a name.
    // It looks like a document when, without the mask, it is all digits ("123.456", "12345678909"), or a short run of
    // letters and digits with at least two digits and no space (spaces may separate digit groups), as an alphanumeric
    // CNPJ is ("12.abc.345/01de-35"). "Cliente 5" or "Maria2" stay names.
    static CustomerListFilter fromSearchText(const QString& text) {
        CustomerListFilter filter;
        const QString trimmed = text.trimmed();
        int digits = 0;
        int letters = 0;
        int spaces = 0;
        bool otherCharacters = false; // accents, punctuation of names
        for (const QChar c : trimmed) {
            if (c >= u'0' && c <= u'9')
                ++digits;
            else if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'))
                ++letters;
            else if (c.isSpace())
                ++spaces;
            else if (c != u'.' && c != u'/' && c != u'-')
                otherCharacters = true;
        }
        const bool document =
            !otherCharacters && digits > 0 && (letters == 0 || (digits >= 2 && digits + letters <= 14 && spaces == 0));
        if (document)
            filter.documentPrefix = trimmed;
        else
            filter.namePrefix = text;
        return filter;
    }
};

struct CustomerPageRequest {
    CustomerSortKey sortKey = CustomerSortKey::Name;
    Qt::SortOrder order = Qt::AscendingOrder;
    CustomerListFilter filter;
    int limit = 200;

    bool operator==(const CustomerPageRequest&) const = default;
};

} // namespace atende
