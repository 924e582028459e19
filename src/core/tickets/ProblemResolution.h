#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace atende {

// What resolving a problem did to its incidents: the ones resolved (each got one message to its customer) and
// the ones left as they were, with the reason in the user's words.
struct ProblemResolution {
    QList<qint64> resolvedIncidents;
    QList<QPair<qint64, QString>> skippedIncidents;
};

} // namespace atende
