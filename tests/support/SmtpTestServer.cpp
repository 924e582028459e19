#include "SmtpTestServer.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QThread>

namespace atende::test {

namespace {
struct Certificate {
    QTemporaryDir dir;
    QString cert;
    QString key;
    QString sha256;
    QString problem;
};

// One certificate per test process: an EC key is made in milliseconds.
Certificate& certificate() {
    static Certificate c = [] {
        Certificate made;
        made.cert = made.dir.filePath(QStringLiteral("cert.pem"));
        made.key = made.dir.filePath(QStringLiteral("key.pem"));
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty()) {
            made.problem = QStringLiteral("openssl not found");
            return made;
        }
        QProcess p;
        p.start(openssl,
                {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                 QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                 QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-days"), QStringLiteral("2"),
                 QStringLiteral("-keyout"), made.key, QStringLiteral("-out"), made.cert});
        if (!p.waitForFinished(30000) || p.exitCode() != 0) {
            made.problem = QStringLiteral("openssl failed: ") + QString::fromUtf8(p.readAllStandardError());
            return made;
        }
        const auto certs = QSslCertificate::fromPath(made.cert);
        if (certs.isEmpty())
            made.problem = QStringLiteral("cannot read the generated certificate");
        else
            made.sha256 = QString::fromLatin1(certs.first().digest(QCryptographicHash::Sha256).toHex());
        return made;
    }();
    return c;
}

QString scriptPath() {
    return QStringLiteral(ATENDE_SMTP_TEST_SERVER_SCRIPT);
}
} // namespace

QString SmtpTestServer::python() {
    // Debian's interpreter first: python3-aiosmtpd is installed for it, not for a pyenv or venv on PATH.
    if (QFile::exists(QStringLiteral("/usr/bin/python3")))
        return QStringLiteral("/usr/bin/python3");
    return QStandardPaths::findExecutable(QStringLiteral("python3"));
}

bool SmtpTestServer::usable() {
    static QString problem = [] {
        if (python().isEmpty())
            return QStringLiteral("python3 not found");
        QProcess p;
        p.start(python(), {QStringLiteral("-c"), QStringLiteral("import aiosmtpd")});
        if (!p.waitForFinished(20000) || p.exitCode() != 0)
            return QStringLiteral("python3-aiosmtpd is not installed (apt-get install python3-aiosmtpd)");
        return certificate().problem;
    }();
    if (problem.isEmpty())
        return true;
    if (qEnvironmentVariable("ATENDE_REQUIRE_SERVERS") == QLatin1String("1"))
        FAIL("the real SMTP server is required (ATENDE_REQUIRE_SERVERS=1) but cannot run: " << problem.toStdString());
    WARN("SKIPPED: the real SMTP server cannot run: " << problem.toStdString());
    return false;
}

QString SmtpTestServer::certificatePath() {
    return certificate().cert;
}

QString SmtpTestServer::certificateSha256() {
    return certificate().sha256;
}

SmtpTestServer::SmtpTestServer(Options options)
    : m_options(std::move(options)) {}

SmtpTestServer::~SmtpTestServer() {
    stop();
}

void SmtpTestServer::start() {
    QStringList args{scriptPath(), QStringLiteral("--mode"), m_options.mode, QStringLiteral("--out-dir"), m_dir.path()};
    if (m_options.mode == QLatin1String("tls") || m_options.mode == QLatin1String("starttls"))
        args << QStringLiteral("--cert") << certificate().cert << QStringLiteral("--key") << certificate().key;
    if (!m_options.authUser.isEmpty())
        args << QStringLiteral("--auth-user") << m_options.authUser << QStringLiteral("--auth-password")
             << m_options.authPassword;
    if (m_options.injectAfterStartTls)
        args << QStringLiteral("--inject-after-starttls");
    if (!m_options.authOnly.isEmpty())
        args << QStringLiteral("--auth-only") << m_options.authOnly;
    for (const QString& r : m_options.rejectRecipients)
        args << QStringLiteral("--reject-rcpt") << r;
    for (const QString& r : m_options.tempfailRecipients)
        args << QStringLiteral("--tempfail-rcpt") << r;
    args << QStringLiteral("--tempfail-data") << QString::number(m_options.tempfailData);
    args << QStringLiteral("--greet-421") << QString::number(m_options.greet421);
    args << QStringLiteral("--drop-in-data") << QString::number(m_options.dropInData);
    args << QStringLiteral("--hang-after-data") << QString::number(m_options.hangAfterData);

    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->start(python(), args);
    REQUIRE(m_process->waitForStarted(10000));
    const QDeadlineTimer deadline(15000);
    QByteArray line;
    while (!m_process->canReadLine() && !deadline.hasExpired() && m_process->state() == QProcess::Running)
        m_process->waitForReadyRead(100);
    line = m_process->readLine().trimmed();
    INFO("smtp_test_server said: " << line.toStdString() << " / " << m_process->readAllStandardError().toStdString());
    REQUIRE(line.startsWith("READY "));
    m_port = line.mid(6).toInt();
    REQUIRE(m_port > 0);
}

void SmtpTestServer::stop() {
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(5000);
    m_process.reset();
}

QList<SmtpTestServer::Received> SmtpTestServer::received() const {
    QList<Received> out;
    const QDir dir(m_dir.path());
    for (const QString& name : dir.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name)) {
        QFile eml(dir.filePath(name));
        QFile meta(dir.filePath(name.chopped(4) + QStringLiteral(".json")));
        if (!eml.open(QIODevice::ReadOnly) || !meta.open(QIODevice::ReadOnly))
            continue;
        out << Received{eml.readAll(), QJsonDocument::fromJson(meta.readAll()).object()};
    }
    return out;
}

bool SmtpTestServer::waitForReceived(int count, int timeoutMs) const {
    const QDeadlineTimer deadline(timeoutMs);
    while (received().size() < count) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(20);
    }
    return true;
}

QJsonObject SmtpTestServer::parseWithPython(const QByteArray& eml) {
    static const QString script = QStringLiteral(R"PY(
import sys, json, hashlib, email, email.policy
m = email.message_from_bytes(sys.stdin.buffer.read(), policy=email.policy.default)
out = {"subject": str(m["subject"]), "from": str(m["from"]), "to": str(m["to"]),
       "cc": str(m["cc"]) if m["cc"] else "", "message_id": str(m["message-id"]), "date": str(m["date"]),
       "from_name": m["from"].addresses[0].display_name, "to_name": m["to"].addresses[0].display_name,
       "defects": len(m.defects), "attachments": []}
body = m.get_body(("plain",))
out["text"] = body.get_content() if body else None
html = m.get_body(("html",))
out["html"] = html.get_content() if html else None
for part in m.iter_attachments():
    data = part.get_content()
    if isinstance(data, str): data = data.encode()
    out["attachments"].append({"filename": part.get_filename(), "content_type": part.get_content_type(),
                               "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)})
print(json.dumps(out))
)PY");
    QProcess p;
    p.start(python(), {QStringLiteral("-c"), script});
    p.waitForStarted(10000);
    p.write(eml);
    p.closeWriteChannel();
    p.waitForFinished(20000);
    INFO("python email parser: " << p.readAllStandardError().toStdString());
    const auto doc = QJsonDocument::fromJson(p.readAllStandardOutput());
    REQUIRE(doc.isObject());
    return doc.object();
}

} // namespace atende::test
