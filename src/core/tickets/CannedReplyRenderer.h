#pragma once

#include <QDateTime>
#include <QString>

namespace atende {

// Fills a canned reply's variables: {cliente} {protocolo} {atendente} {data} (dd/MM/yyyy) {hora} (HH:mm) and {os}
// (the number of the ticket's service order, given to the customer at finalisation: seed 003).
// An unknown variable stays as typed, so a typo in a template shows in the preview instead of vanishing.
class CannedReplyRenderer {
public:
    struct Values {
        QString customer;
        QString protocol;
        QString agent;
        QDateTime when; // local time of the reply
        QString serviceOrder;
    };
    static QString render(const QString& body, const Values& values);
};

} // namespace atende
