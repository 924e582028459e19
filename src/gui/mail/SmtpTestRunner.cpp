#include "mail/SmtpTestRunner.h"

#include "mail/MailTestMessage.h"
#include "mail/SmtpClient.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>

namespace atende {

SmtpTestRunner::SmtpTestRunner(QObject* parent)
    : QObject(parent) {}

SmtpTestRunner::~SmtpTestRunner() {
    if (m_thread) {
        m_thread->wait(); // bounded by the SMTP timeouts
        delete m_thread;
    }
}

void SmtpTestRunner::start(const SmtpSettings& settings, const QString& to) {
    if (m_thread)
        return;
    QPointer<SmtpTestRunner> self(this);
    m_thread = QThread::create([self, settings, to] {
        SmtpOutcome outcome;
        QString sha;
        auto message = MailTestMessage::build(settings, to);
        if (!message) {
            outcome.failure = SmtpOutcome::Failure::Configuration;
            outcome.userMessage = message.error().userMessage;
        } else {
            SmtpClient client(settings);
            outcome = client.send(settings.fromAddress, {to}, *message);
            sha = client.lastPeerCertificateSha256();
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, outcome, sha] {
                if (!self)
                    return;
                self->m_thread->wait();
                self->m_thread->deleteLater();
                self->m_thread = nullptr;
                emit self->finished(outcome, sha);
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
}

} // namespace atende
