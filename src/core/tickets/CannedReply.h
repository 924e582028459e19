#pragma once

#include <QString>

namespace atende {

struct CannedReply {
    qint64 id = 0;
    QString title;
    QString body;
    bool visibleByDefault = true;
};

} // namespace atende
