#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

namespace atende::test {

// Code a test runs in a child process: the test executable started again with `--atende-helper NAME`.
// Used for real crashes (a process that dies with a transaction open), never to fake results.
class HelperProcess {
public:
    using Function = std::function<int(const QStringList& args)>;

    // Registers a helper at static-initialisation time: `static HelperProcess::Registration r("name", fn);`
    struct Registration {
        Registration(const QString& name, Function function);
    };

    static int run(const QString& name, const QStringList& args);

    struct Outcome {
        int exitCode = -1;
        bool crashed = false; // ended by a signal
        QString output;       // stdout + stderr
    };
    // Starts this executable as a helper and waits (up to timeoutMs) for it to end.
    static Outcome start(const QString& name, const QStringList& args, int timeoutMs = 60000);
};

} // namespace atende::test
