#pragma once

#include "mail/SmtpOutcome.h"
#include "mail/SmtpSettings.h"

#include <QObject>

#include <functional>

class QThread;

namespace atende {

// Runs one "send test e-mail" off the GUI thread (SmtpClient blocks) and reports on the GUI thread.
class SmtpTestRunner : public QObject {
    Q_OBJECT

public:
    explicit SmtpTestRunner(QObject* parent = nullptr);
    ~SmtpTestRunner() override;

    bool isRunning() const { return m_thread != nullptr; }
    void start(const SmtpSettings& settings, const QString& to);

signals:
    // certificateSha256: what the server presented, to offer pinning after a certificate refusal.
    void finished(const atende::SmtpOutcome& outcome, const QString& certificateSha256);

private:
    QThread* m_thread = nullptr;
};

} // namespace atende
