#pragma once

#include <QWidget>

class QLabel;

namespace atende {

// The status-bar indicator of the outbox: "E-mails: 3 waiting, 1 failed", red when something failed for good
// or the sender reports a problem (shown as the tooltip). Self-contained: connect OutboxWorker::countsChanged
// and problemChanged to setCounts/setProblem and put it in the status bar; a click asks for the outbox view.
class OutboxStatusWidget : public QWidget {
    Q_OBJECT

public:
    explicit OutboxStatusWidget(QWidget* parent = nullptr);

    QString text() const;
    bool isAlarming() const { return m_failed > 0 || !m_problem.isEmpty(); }

public slots:
    void setCounts(int waiting, int failed);
    void setProblem(const QString& problem);

signals:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    void refresh();

    QLabel* m_label;
    int m_waiting = 0;
    int m_failed = 0;
    QString m_problem;
};

} // namespace atende
