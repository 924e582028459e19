#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace atende::test {

// A real SMTP server for the mail tests: tests/support/smtp_test_server.py on Debian's python3-aiosmtpd, run
// as a child process on a free loopback port, with a self-signed certificate made by openssl for this test
// run. What it accepted is read back as the exact bytes it received.
//
// Without python3-aiosmtpd or openssl the tests are skipped with a WARN, unless ATENDE_REQUIRE_SERVERS=1 (CI),
// where that is a failure: usable() says which.
class SmtpTestServer {
public:
    struct Options {
        QString mode = QStringLiteral("plain"); // plain, starttls, tls, silent
        QString authUser;
        QString authPassword;
        QString authOnly;                 // "LOGIN" or "PLAIN": the only mechanism offered
        QStringList rejectRecipients;     // 550
        QStringList tempfailRecipients;   // 450
        int tempfailData = 0;             // 451 to the first N messages
        int greet421 = 0;                 // first N connections greeted with 421
        int dropInData = 0;               // connection closed in the middle of the first N DATA
        int hangAfterData = 0;            // first N messages stored, then no answer ever
        bool injectAfterStartTls = false; // a forged clear-text reply right behind "220 Ready to start TLS"

        // Options::in("starttls").withAuthUser("u").withAuthPassword("p"): reads like the server it makes.
        static Options in(const QString& mode) {
            Options o;
            o.mode = mode;
            return o;
        }
        Options withAuthUser(const QString& v) const {
            return with([&](Options& o) { o.authUser = v; });
        }
        Options withInjectAfterStartTls() const {
            return with([](Options& o) { o.injectAfterStartTls = true; });
        }
        Options withAuthOnly(const QString& v) const {
            return with([&](Options& o) { o.authOnly = v; });
        }
        Options withAuthPassword(const QString& v) const {
            return with([&](Options& o) { o.authPassword = v; });
        }
        Options withRejectRecipients(const QStringList& v) const {
            return with([&](Options& o) { o.rejectRecipients = v; });
        }
        Options withTempfailRecipients(const QStringList& v) const {
            return with([&](Options& o) { o.tempfailRecipients = v; });
        }
        Options withTempfailData(int n) const {
            return with([&](Options& o) { o.tempfailData = n; });
        }
        Options withGreet421(int n) const {
            return with([&](Options& o) { o.greet421 = n; });
        }
        Options withDropInData(int n) const {
            return with([&](Options& o) { o.dropInData = n; });
        }
        Options withHangAfterData(int n) const {
            return with([&](Options& o) { o.hangAfterData = n; });
        }

    private:
        template <typename F> Options with(F change) const {
            Options copy = *this;
            change(copy);
            return copy;
        }
    };

    struct Received {
        QByteArray eml;   // the DATA as the server got it (dot-unstuffed)
        QJsonObject meta; // mail_from, rcpt_tos, tls, authenticated, login
    };

    // True when the server can run. Otherwise WARNs and returns false, or FAILs the test when
    // ATENDE_REQUIRE_SERVERS=1. Call first in every test that needs the server.
    static bool usable();

    explicit SmtpTestServer(Options options);
    ~SmtpTestServer();
    SmtpTestServer(const SmtpTestServer&) = delete;
    SmtpTestServer& operator=(const SmtpTestServer&) = delete;

    // Starts and waits for "READY <port>"; fails the test when it does not come.
    void start();
    void stop();
    int port() const { return m_port; }
    static QString certificatePath();
    static QString certificateSha256(); // hex, lower case
    QList<Received> received() const;
    // Waits (up to timeoutMs) until at least `count` messages were stored.
    bool waitForReceived(int count, int timeoutMs = 10000) const;

    // The message parsed by Python's email package (policy.default): subject, from, to, cc, message_id, date,
    // text, html, attachments [{filename, content_type, sha256, size}]. What a real mail client would show.
    static QJsonObject parseWithPython(const QByteArray& eml);

    static QString python();

private:
    Options m_options;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
};

} // namespace atende::test
