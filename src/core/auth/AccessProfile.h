#pragma once

#include <QString>
#include <QStringList>

namespace atende {

// An access profile as the profile editor shows it (AccessProfileService::listProfiles).
struct AccessProfile {
    qint64 id = 0;
    QString name;
    QString description;
    QStringList permissions; // in Permission::all() order
    int userCount = 0;       // users (active or not) that have this profile; only an unused profile can be deleted
};

} // namespace atende
