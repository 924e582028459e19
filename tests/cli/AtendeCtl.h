#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>
#include <string>

namespace atende::test {

class TempDatabase;

// The real atendectl binary (ATENDECTL_PATH), run as a child process the way a script would run it: its own
// settings, data and log folders inside the test's temporary folder, so the user's real ones are never read or
// written, and no ATENDE_* variable of the calling shell leaks in.
class AtendeCtl {
public:
    struct Outcome {
        int exitCode = -1;
        bool finished = false; // false: did not start, timed out or died from a signal
        QByteArray out;
        QByteArray err;

        QString errText() const { return QString::fromUtf8(err); }
        QString outText() const { return QString::fromUtf8(out); }
        // stdout parsed as one JSON object; fails the test when it is anything else (two documents, text...).
        QJsonObject json() const;
        // For INFO(): what the process said, shown when an assertion fails.
        std::string describe() const;
    };

    // Works on `temp`'s database (`--db` is added unless told otherwise) in English unless setLanguage is called.
    explicit AtendeCtl(const TempDatabase& temp);

    void setLanguage(const QString& language); // empty: the default (Portuguese)
    void setEnvironment(const QString& name, const QString& value);
    QString xdgDataHome() const;

    Outcome run(const QStringList& args, int timeoutMs = 120000) const;
    // Without --db: the command picks its database the way it does for a user.
    Outcome runWithoutDatabase(const QStringList& args, int timeoutMs = 120000) const;
    // Like run(), with an extra step in the child right before exec (e.g. giving it a terminal as stderr), and a step
    // the parent repeats while the child runs (given the child's process id).
    Outcome runWithChildSetup(const QStringList& args, const std::function<void()>& childSetup,
                              const std::function<void(qint64 pid)>& whileRunning, int timeoutMs = 120000) const;

private:
    Outcome execute(const QStringList& args, const std::function<void()>& childSetup,
                    const std::function<void(qint64 pid)>& whileRunning, int timeoutMs) const;

    QString m_databasePath;
    QProcessEnvironment m_environment;
};

} // namespace atende::test
