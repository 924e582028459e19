#pragma once

#include <QCoreApplication>
#include <QString>

namespace atende {

// What each permission name (Permission.h) means, in words an administrator reads: used by the profile editor and
// by the "permission missing" messages, so both say the same thing.
class PermissionCatalog {
    Q_DECLARE_TR_FUNCTIONS(PermissionCatalog)

public:
    // True for the names in Permission::all().
    static bool isKnown(const QString& permission);
    // Translated label ("Administer users"); the name itself for an unknown permission.
    static QString label(const QString& permission);
};

} // namespace atende
