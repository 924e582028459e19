#include "HelperProcess.h"

#include <QCoreApplication>
#include <QHash>
#include <QProcess>

#include <cstdio>

namespace atende::test {

namespace {
QHash<QString, HelperProcess::Function>& registry() {
    static QHash<QString, HelperProcess::Function> helpers;
    return helpers;
}
} // namespace

HelperProcess::Registration::Registration(const QString& name, Function function) {
    registry().insert(name, std::move(function));
}

int HelperProcess::run(const QString& name, const QStringList& args) {
    const auto it = registry().constFind(name);
    if (it == registry().constEnd()) {
        std::fprintf(stderr, "unknown helper %s\n", qPrintable(name));
        return 127;
    }
    return (*it)(args);
}

HelperProcess::Outcome HelperProcess::start(const QString& name, const QStringList& args, int timeoutMs) {
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QCoreApplication::applicationFilePath(), QStringList{QStringLiteral("--atende-helper"), name} + args);
    Outcome outcome;
    if (!process.waitForStarted(timeoutMs)) {
        outcome.output = process.errorString();
        return outcome;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        outcome.output = QStringLiteral("helper timed out");
        outcome.crashed = true;
        return outcome;
    }
    outcome.exitCode = process.exitCode();
    outcome.crashed = process.exitStatus() == QProcess::CrashExit;
    outcome.output = QString::fromUtf8(process.readAll());
    return outcome;
}

} // namespace atende::test
