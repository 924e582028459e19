#include "mail/OutboxDialog.h"

#include "common/MessageBoxes.h"
#include "mail/MailAdministration.h"
#include "mail/MailSettingsStore.h"
#include "mail/OutboxSender.h"
#include "mail/OutboxStore.h"
#include "mail/ui_OutboxDialog.h"
#include "util/SystemClock.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLocale>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

namespace atende {

OutboxDialog::OutboxDialog(Database& db, const Clock& clock, const Actor& actor, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::OutboxDialog>())
    , m_db(db)
    , m_actor(actor)
    , m_clock(clock) {
    m_ui->setupUi(this);
    m_ui->messagesTableWidget->setColumnCount(6);
    m_ui->messagesTableWidget->setHorizontalHeaderLabels(
        {tr("Number"), tr("State"), tr("To"), tr("Subject"), tr("Attempts"), tr("Next attempt")});
    m_ui->messagesTableWidget->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_ui->messagesTableWidget->verticalHeader()->hide();
    connect(m_ui->retryPushButton, &QPushButton::clicked, this, &OutboxDialog::retrySelected);
    connect(m_ui->cancelMessagePushButton, &QPushButton::clicked, this, &OutboxDialog::cancelSelected);
    connect(m_ui->openEmlPushButton, &QPushButton::clicked, this, &OutboxDialog::openEml);
    connect(m_ui->saveEmlPushButton, &QPushButton::clicked, this, &OutboxDialog::chooseAndSaveEml);
    connect(m_ui->refreshPushButton, &QPushButton::clicked, this, &OutboxDialog::refresh);
    connect(m_ui->closePushButton, &QPushButton::clicked, this, &OutboxDialog::accept);
    connect(m_ui->messagesTableWidget, &QTableWidget::itemSelectionChanged, this, &OutboxDialog::updateButtons);
    refresh();
}

OutboxDialog::~OutboxDialog() = default;

QString OutboxDialog::stateText(const QString& state) {
    if (state == QLatin1String("queued"))
        return tr("Queued");
    if (state == QLatin1String("sending"))
        return tr("Sending");
    if (state == QLatin1String("sent"))
        return tr("Sent");
    if (state == QLatin1String("failed_temporary"))
        return tr("Will retry");
    if (state == QLatin1String("failed_permanent"))
        return tr("Failed");
    if (state == QLatin1String("cancelled"))
        return tr("Cancelled");
    return state;
}

void OutboxDialog::refresh() {
    const std::optional<qint64> keep = selectedId();
    if (Status allowed = MailAdministration(m_db, m_clock).requireMailAdmin(m_actor, QStringLiteral("outbox.list"));
        !allowed) {
        m_ui->errorLabel->setText(allowed.error().userMessage);
        return;
    }
    auto messages = OutboxStore(m_db, m_clock).list();
    if (!messages) {
        m_ui->errorLabel->setText(messages.error().userMessage);
        return;
    }
    m_messages = *messages;
    auto* table = m_ui->messagesTableWidget;
    table->setRowCount(int(m_messages.size()));
    const QLocale locale;
    for (int row = 0; row < m_messages.size(); ++row) {
        const OutboxMessage& m = m_messages.at(row);
        const QString next =
            m.nextAttemptAt && m.state == QLatin1String("failed_temporary")
                ? locale.toString(QDateTime::fromMSecsSinceEpoch(*m.nextAttemptAt), QLocale::ShortFormat)
                : QString();
        const QStringList cells{QString::number(m.id),
                                stateText(m.state),
                                OutboxStore::formatMailbox(m.to),
                                m.subject,
                                QString::number(m.attempts),
                                next};
        for (int column = 0; column < cells.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    if (keep)
        selectMessage(*keep);
    updateButtons();
}

void OutboxDialog::selectMessage(qint64 id) {
    for (int row = 0; row < m_messages.size(); ++row)
        if (m_messages.at(row).id == id)
            m_ui->messagesTableWidget->selectRow(row);
}

std::optional<qint64> OutboxDialog::selectedId() const {
    const auto rows = m_ui->messagesTableWidget->selectionModel()
                          ? m_ui->messagesTableWidget->selectionModel()->selectedRows()
                          : QModelIndexList{};
    if (rows.isEmpty() || rows.first().row() >= m_messages.size())
        return std::nullopt;
    return m_messages.at(rows.first().row()).id;
}

void OutboxDialog::updateButtons() {
    const auto id = selectedId();
    QString state;
    QString error;
    for (const OutboxMessage& m : m_messages)
        if (id && m.id == *id) {
            state = m.state;
            error = m.lastError;
        }
    m_ui->retryPushButton->setEnabled(state == QLatin1String("failed_temporary") ||
                                      state == QLatin1String("failed_permanent") ||
                                      state == QLatin1String("cancelled") || state == QLatin1String("queued"));
    m_ui->cancelMessagePushButton->setEnabled(state == QLatin1String("queued") ||
                                              state == QLatin1String("failed_temporary") ||
                                              state == QLatin1String("failed_permanent"));
    m_ui->openEmlPushButton->setEnabled(id.has_value());
    m_ui->saveEmlPushButton->setEnabled(id.has_value());
    m_ui->errorLabel->setText(error);
}

void OutboxDialog::retrySelected() {
    const auto id = selectedId();
    if (!id)
        return;
    if (Status s = MailAdministration(m_db, m_clock).retry(m_actor, *id); !s)
        MessageBoxes::warning(this, windowTitle(), s.error().userMessage);
    refresh();
    emit outboxChanged();
}

void OutboxDialog::cancelSelected() {
    const auto id = selectedId();
    if (!id)
        return;
    if (MessageBoxes::question(this, windowTitle(), tr("Cancel sending message %1? It will not be sent.").arg(*id)) !=
        QMessageBox::Yes)
        return;
    if (Status s = MailAdministration(m_db, m_clock).cancel(m_actor, *id); !s)
        MessageBoxes::warning(this, windowTitle(), s.error().userMessage);
    refresh();
    emit outboxChanged();
}

bool OutboxDialog::saveEml(const QString& path) {
    const auto id = selectedId();
    if (!id)
        return false;
    auto message = OutboxStore(m_db, m_clock).find(*id);
    auto settings = MailSettingsStore(m_db).load();
    Result<QByteArray> eml = !message    ? Result<QByteArray>(message.error())
                             : !settings ? Result<QByteArray>(settings.error())
                                         : OutboxSender::toEml(*message, *settings);
    if (!eml) {
        MessageBoxes::warning(this, windowTitle(), eml.error().userMessage);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*eml) != eml->size() || !file.commit()) {
        MessageBoxes::warning(this, windowTitle(), tr("Could not write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

void OutboxDialog::openEml() {
    const auto id = selectedId();
    if (!id)
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
    const QString path = QDir(dir).filePath(QStringLiteral("atende-outbox-%1.eml").arg(*id));
    if (saveEml(path) && !QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        MessageBoxes::information(this, windowTitle(),
                                  tr("No program opens .eml files here. The message was saved as %1.").arg(path));
}

void OutboxDialog::chooseAndSaveEml() {
    const auto id = selectedId();
    if (!id)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save message as .eml"),
                                                      QDir::home().filePath(QStringLiteral("mensagem-%1.eml").arg(*id)),
                                                      tr("E-mail messages (*.eml)"));
    if (!path.isEmpty())
        saveEml(path);
}

} // namespace atende
