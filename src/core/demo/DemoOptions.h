#pragma once

#include <QString>

#include <QtGlobal>

namespace atende {

// How much demo data to generate. The same seed (and the same clock time) gives the same data, byte for byte.
struct DemoOptions {
    qint64 customers = 2000;
    qint64 tickets = 20000;
    quint64 seed = 1;
    // Password of the demo accounts (DemoAccount); empty: no demo accounts are created.
    QString accountPassword = QStringLiteral("atende-demo");
};

} // namespace atende
