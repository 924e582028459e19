// The SMTP password: ATENDE_SMTP_PASSWORD for headless machines, and a clear message where no keyring runs.
#include <catch2/catch.hpp>

#include "mail/MailPasswordStore.h"

#include <QElapsedTimer>

using namespace atende;

namespace {
// Sets an environment variable for one scope and puts the previous state back.
class ScopedEnvironment {
public:
    ScopedEnvironment(const char* name, const QByteArray& value)
        : m_name(name)
        , m_wasSet(qEnvironmentVariableIsSet(name))
        , m_previous(qgetenv(name)) {
        qputenv(name, value);
    }
    ~ScopedEnvironment() {
        if (m_wasSet)
            qputenv(m_name, m_previous);
        else
            qunsetenv(m_name);
    }

private:
    const char* m_name;
    bool m_wasSet;
    QByteArray m_previous;
};
} // namespace

TEST_CASE("ATENDE_SMTP_PASSWORD is the password when set, without asking a keyring") {
    ScopedEnvironment password(MailPasswordStore::EnvironmentVariable, "s3nh@ çerta");
    auto read = MailPasswordStore::read(QStringLiteral("atende"), QStringLiteral("smtp.example.com"));
    REQUIRE(read.ok());
    CHECK(*read == QStringLiteral("s3nh@ çerta"));
}

TEST_CASE("Without a keyring the password cannot be read, and the message says what to do") {
    if (qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS")) {
        WARN("SKIPPED: a D-Bus session is running here, so a keyring may answer");
        return;
    }
    const bool hadPassword = qEnvironmentVariableIsSet(MailPasswordStore::EnvironmentVariable);
    const QByteArray previous = qgetenv(MailPasswordStore::EnvironmentVariable);
    qunsetenv(MailPasswordStore::EnvironmentVariable);
    QElapsedTimer timer;
    timer.start();
    auto read = MailPasswordStore::read(QStringLiteral("atende"), QStringLiteral("smtp.example.com"));
    const qint64 ms = timer.elapsed();
    if (hadPassword)
        qputenv(MailPasswordStore::EnvironmentVariable, previous);
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().userMessage.contains(QStringLiteral("ATENDE_SMTP_PASSWORD")));
    CHECK(ms < 11000); // bounded even when nothing answers
    // Without user there is no AUTH and no password to look for.
    auto none = MailPasswordStore::read(QString(), QStringLiteral("smtp.example.com"));
    REQUIRE(none.ok());
    CHECK(none->isEmpty());
}
