#pragma once

#include <QString>

#include <optional>

namespace atende {

// Someone the agent hands things to (DOMAIN.md "People"): the finance contacts for individuals and for companies,
// the receptionist's address, partner companies. Records with an e-mail, not users.
struct DirectoryEntry {
    enum class Kind { FinancePf, FinancePj, Receptionist, Partner, Other };

    qint64 id = 0;
    Kind kind = Kind::Other;
    QString name;
    QString email;
    QString phone;
    QString notes;
    bool active = true;

    bool operator==(const DirectoryEntry&) const = default;

    // The values of directory_entries.kind.
    static QString kindCode(Kind kind) {
        switch (kind) {
        case Kind::FinancePf:
            return QStringLiteral("finance_pf");
        case Kind::FinancePj:
            return QStringLiteral("finance_pj");
        case Kind::Receptionist:
            return QStringLiteral("receptionist");
        case Kind::Partner:
            return QStringLiteral("partner");
        case Kind::Other:
            break;
        }
        return QStringLiteral("other");
    }
    static std::optional<Kind> kindFromCode(const QString& code) {
        for (Kind kind : {Kind::FinancePf, Kind::FinancePj, Kind::Receptionist, Kind::Partner, Kind::Other}) {
            if (kindCode(kind) == code)
                return kind;
        }
        return std::nullopt;
    }
};

} // namespace atende
