#include "AtendeCtl.h"

#include "TempDatabase.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>

namespace atende::test {

QJsonObject AtendeCtl::Outcome::json() const {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(out, &error);
    INFO(describe());
    INFO(error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isObject());
    return document.object();
}

std::string AtendeCtl::Outcome::describe() const {
    return QStringLiteral("exit %1%2\n--- stdout ---\n%3\n--- stderr ---\n%4")
        .arg(exitCode)
        .arg(finished ? QString() : QStringLiteral(" (did not finish normally)"), outText(), errText())
        .toStdString();
}

AtendeCtl::AtendeCtl(const TempDatabase& temp)
    : m_databasePath(temp.path())
    , m_environment(QProcessEnvironment::systemEnvironment()) {
    const QDir home(temp.filePath(QStringLiteral("home")));
    for (const char* name : {"ATENDE_DB", "ATENDE_LANG", "XDG_STATE_HOME", "XDG_RUNTIME_DIR"})
        m_environment.remove(QString::fromLatin1(name));
    m_environment.insert(QStringLiteral("HOME"), home.path());
    m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    m_environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    m_environment.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    m_environment.insert(QStringLiteral("ATENDE_LANG"), QStringLiteral("en"));
}

void AtendeCtl::setLanguage(const QString& language) {
    if (language.isEmpty())
        m_environment.remove(QStringLiteral("ATENDE_LANG"));
    else
        m_environment.insert(QStringLiteral("ATENDE_LANG"), language);
}

void AtendeCtl::setEnvironment(const QString& name, const QString& value) {
    m_environment.insert(name, value);
}

QString AtendeCtl::xdgDataHome() const {
    return m_environment.value(QStringLiteral("XDG_DATA_HOME"));
}

AtendeCtl::Outcome AtendeCtl::run(const QStringList& args, int timeoutMs) const {
    return runWithoutDatabase(QStringList{QStringLiteral("--db"), m_databasePath} + args, timeoutMs);
}

AtendeCtl::Outcome AtendeCtl::runWithoutDatabase(const QStringList& args, int timeoutMs) const {
    return execute(args, {}, {}, timeoutMs);
}

AtendeCtl::Outcome AtendeCtl::runWithChildSetup(const QStringList& args, const std::function<void()>& childSetup,
                                                const std::function<void(qint64 pid)>& whileRunning,
                                                int timeoutMs) const {
    return execute(QStringList{QStringLiteral("--db"), m_databasePath} + args, childSetup, whileRunning, timeoutMs);
}

AtendeCtl::Outcome AtendeCtl::execute(const QStringList& args, const std::function<void()>& childSetup,
                                      const std::function<void(qint64 pid)>& whileRunning, int timeoutMs) const {
    QProcess process;
    process.setProcessEnvironment(m_environment);
    if (childSetup)
        process.setChildProcessModifier(childSetup);
    process.start(QStringLiteral(ATENDECTL_PATH), args);
    Outcome outcome;
    if (!process.waitForStarted(timeoutMs)) {
        outcome.err = process.errorString().toUtf8();
        return outcome;
    }
    process.closeWriteChannel();
    const qint64 pid = process.processId();
    bool done = false;
    if (whileRunning) {
        // Short waits so the caller can drain what the child writes elsewhere (a terminal) meanwhile.
        QElapsedTimer timer;
        timer.start();
        while (!(done = process.waitForFinished(20)) && process.state() != QProcess::NotRunning &&
               timer.elapsed() < timeoutMs)
            whileRunning(pid);
        done = done || (process.state() == QProcess::NotRunning && process.error() != QProcess::Timedout);
        whileRunning(pid);
    } else {
        done = process.waitForFinished(timeoutMs);
    }
    if (!done) {
        process.kill();
        process.waitForFinished();
    }
    outcome.out = process.readAllStandardOutput();
    outcome.err = process.readAllStandardError();
    outcome.finished = done && process.exitStatus() == QProcess::NormalExit;
    outcome.exitCode = outcome.finished ? process.exitCode() : -1;
    return outcome;
}

} // namespace atende::test
