#include "mail/OutboxStatusWidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>

namespace atende {

OutboxStatusWidget::OutboxStatusWidget(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this)) {
    setObjectName(QStringLiteral("outboxStatusWidget"));
    m_label->setObjectName(QStringLiteral("outboxStatusLabel"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_label);
    setCursor(Qt::PointingHandCursor);
    refresh();
}

QString OutboxStatusWidget::text() const {
    return m_label->text();
}

void OutboxStatusWidget::setCounts(int waiting, int failed) {
    m_waiting = waiting;
    m_failed = failed;
    refresh();
}

void OutboxStatusWidget::setProblem(const QString& problem) {
    m_problem = problem;
    refresh();
}

void OutboxStatusWidget::refresh() {
    if (m_waiting == 0 && m_failed == 0)
        m_label->setText(tr("E-mails: all sent"));
    else if (m_failed == 0)
        m_label->setText(tr("E-mails: %1 waiting").arg(m_waiting));
    else
        m_label->setText(tr("E-mails: %1 waiting, %2 failed").arg(m_waiting).arg(m_failed));
    // Colour is a hint only; the words say the same for who cannot tell red.
    m_label->setStyleSheet(isAlarming() ? QStringLiteral("color: #b00020; font-weight: bold;") : QString());
    m_label->setToolTip(m_problem.isEmpty() ? tr("Click to open the outbox.") : m_problem);
}

void OutboxStatusWidget::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton)
        emit clicked();
    QWidget::mouseReleaseEvent(event);
}

} // namespace atende
