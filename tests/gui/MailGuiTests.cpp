// The mail screens on real widgets: status indicator, outbox view, SMTP settings with a real test send.
#include "FakeClock.h"
#include "SmtpTestServer.h"
#include "TempDatabase.h"
#include "auth/Actor.h"
#include "auth/PasswordHasher.h"
#include "auth/UserService.h"
#include "util/SystemClock.h"

#include "common/MessageBoxes.h"
#include "mail/MailSettingsStore.h"
#include "mail/MailStatusBarHook.h"
#include "mail/MailTemplateDialog.h"
#include "mail/MailTemplateStore.h"
#include "mail/OutboxDialog.h"
#include "mail/OutboxStatusWidget.h"
#include "mail/OutboxStore.h"
#include "mail/OutboxWorker.h"
#include "mail/SmtpSettingsDialog.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <cstdio>

#include <QComboBox>
#include <QDeadlineTimer>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableWidget>
#include <QTimer>

using namespace atende;
using namespace atende::test;

namespace {

// The first administrator of a test database (mail.admin), hashing with the cheap test parameters.
Actor mailAdmin(Database& db) {
    UserService users(db, SystemClock::instance(), PasswordHasher(PasswordHasher::Strength::TestOnlyFast));
    auto admin = users.createFirstAdministrator(QStringLiteral("chefe"), QStringLiteral("Carla Chefe"),
                                                QStringLiteral("Senha-do-Chefe-1"));
    REQUIRE(admin.ok());
    return *admin;
}
template <typename T> T* child(QWidget& parent, const char* name) {
    T* found = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

qint64 queue(OutboxStore& store, const QString& to) {
    OutboxDraft d;
    d.to = {QStringLiteral("João Conceição D'Ávila"), to};
    d.subject = QStringLiteral("Protocolo 20261122-01-000123");
    d.bodyText = QStringLiteral("Olá");
    auto id = store.enqueue(d, QStringLiteral("suporte@example.com.br"));
    REQUIRE(id.ok());
    return *id;
}
} // namespace

TEST_CASE("The status indicator says what waits and what failed", "[gui][mail]") {
    OutboxStatusWidget widget;
    // Compared with the translation in use, so the test holds before and after the pt_BR strings are merged.
    CHECK(widget.text() == OutboxStatusWidget::tr("E-mails: all sent"));
    widget.setCounts(3, 0);
    CHECK(widget.text() == OutboxStatusWidget::tr("E-mails: %1 waiting").arg(3));
    CHECK_FALSE(widget.isAlarming());
    widget.setCounts(3, 1);
    CHECK(widget.text() == OutboxStatusWidget::tr("E-mails: %1 waiting, %2 failed").arg(3).arg(1));
    CHECK(widget.isAlarming());
    widget.setCounts(0, 0);
    widget.setProblem(QStringLiteral("servidor fora do ar"));
    CHECK(widget.isAlarming());
    CHECK(widget.findChild<QLabel*>()->toolTip() == QStringLiteral("servidor fora do ar"));
}

TEST_CASE("The outbox view lists messages, cancels, retries and saves .eml", "[gui][mail]") {
    TempDatabase temp;
    auto db = temp.open();
    FakeClock clock;
    OutboxStore store(*db, clock);
    REQUIRE(
        MailSettingsStore(*db).setValue(QStringLiteral("mail.from.address"), QStringLiteral("suporte@example.com.br")));
    const qint64 id = queue(store, QStringLiteral("joao@example.com.br"));

    MessageBoxes::ScopedTestHook yes([](const MessageBoxes::Request&) { return QMessageBox::Yes; });
    OutboxDialog dialog(*db, clock, mailAdmin(*db));
    auto* table = child<QTableWidget>(dialog, "messagesTableWidget");
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 1)->text() == OutboxDialog::stateText(QStringLiteral("queued")));
    dialog.selectMessage(id);
    QSignalSpy changed(&dialog, &OutboxDialog::outboxChanged);
    child<QPushButton>(dialog, "cancelMessagePushButton")->click();
    CHECK(store.find(id)->state == QStringLiteral("cancelled"));
    CHECK(table->item(0, 1)->text() == OutboxDialog::stateText(QStringLiteral("cancelled")));
    child<QPushButton>(dialog, "retryPushButton")->click();
    CHECK(store.find(id)->state == QStringLiteral("queued"));
    CHECK(changed.count() == 2);

    const QString path = temp.filePath(QStringLiteral("m.eml"));
    REQUIRE(dialog.saveEml(path));
    QFile eml(path);
    REQUIRE(eml.open(QIODevice::ReadOnly));
    CHECK(eml.readAll().contains(("Message-ID: " + store.find(id)->messageId + "\r\n").toLatin1()));
}

TEST_CASE("The SMTP settings dialog diagnoses a rejected recipient and a refused certificate, then saves",
          "[gui][mail]") {
    if (!SmtpTestServer::usable())
        return;
    SmtpTestServer server(SmtpTestServer::Options::in(QStringLiteral("tls"))
                              .withRejectRecipients({QStringLiteral("nao.existe@example.com")}));
    server.start();
    TempDatabase temp;
    auto db = temp.open();
    REQUIRE(MailSettingsStore(*db).setValue(QStringLiteral("mail.smtp.timeout_ms"), QStringLiteral("3000")));
    SmtpSettingsDialog dialog(*db, mailAdmin(*db));
    child<QLineEdit>(dialog, "hostLineEdit")->setText(QStringLiteral("127.0.0.1"));
    child<QSpinBox>(dialog, "portSpinBox")->setValue(server.port());
    auto* security = child<QComboBox>(dialog, "securityComboBox");
    security->setCurrentIndex(security->findData(QStringLiteral("tls")));
    child<QLineEdit>(dialog, "fromAddressLineEdit")->setText(QStringLiteral("suporte@example.com.br"));
    child<QLineEdit>(dialog, "testToLineEdit")->setText(QStringLiteral("nao.existe@example.com"));

    QSignalSpy finished(&dialog, &SmtpSettingsDialog::testFinished);
    dialog.sendTest();
    CHECK(dialog.isTesting()); // off the GUI thread: the dialog stays responsive
    REQUIRE(finished.wait(10000));
    CHECK(dialog.diagnosis().contains(SmtpSettingsDialog::failureTitle(SmtpOutcome::Failure::Tls)));
    auto* pin = child<QPushButton>(dialog, "pinPushButton");
    REQUIRE(pin->isVisibleTo(&dialog));
    pin->click();
    CHECK(child<QLineEdit>(dialog, "pinnedLineEdit")->text() == SmtpTestServer::certificateSha256());

    dialog.sendTest();
    REQUIRE(finished.wait(10000));
    CHECK(dialog.diagnosis().contains(SmtpSettingsDialog::failureTitle(SmtpOutcome::Failure::RejectedRecipient)));
    CHECK(dialog.diagnosis().contains(QStringLiteral("550")));

    child<QLineEdit>(dialog, "testToLineEdit")->setText(QStringLiteral("joao@example.com.br"));
    dialog.sendTest();
    REQUIRE(finished.wait(10000));
    CHECK(server.received().size() == 1);

    dialog.accept();
    auto saved = MailSettingsStore(*db).load();
    REQUIRE(saved.ok());
    CHECK(saved->host == QStringLiteral("127.0.0.1"));
    CHECK(saved->port == server.port());
    CHECK(saved->security == SmtpSecurity::ImplicitTls);
    CHECK(saved->pinnedSha256 == SmtpTestServer::certificateSha256());
}

TEST_CASE("The status-bar hook runs the outbox worker and shows its counts", "[gui][mail]") {
    TempDatabase temp;
    auto db = temp.open();
    FakeClock clock;
    OutboxStore store(*db, clock);
    queue(store, QStringLiteral("joao@example.com.br")); // no server configured: it waits
    QMainWindow window;
    MailStatusBarHook* hook = MailStatusBarHook::install(window, temp.path(), Actor());
    REQUIRE(window.statusBar()->findChild<OutboxStatusWidget*>() == hook->indicator());
    QSignalSpy counts(hook->worker(), &OutboxWorker::countsChanged);
    REQUIRE(counts.wait(10000));
    CHECK(counts.last().at(0).toInt() == 1);
    CHECK(hook->indicator()->text() == OutboxStatusWidget::tr("E-mails: %1 waiting").arg(1));
}

TEST_CASE("The template editor previews live and refuses an unknown variable", "[gui][mail]") {
    TempDatabase temp;
    auto db = temp.open();
    MessageBoxes::ScopedTestHook ok([](const MessageBoxes::Request&) { return QMessageBox::Ok; });
    MailTemplateDialog dialog(*db, mailAdmin(*db));
    CHECK(dialog.previewBody().contains(QStringLiteral("Olá, João Conceição D'Ávila.")));
    CHECK(dialog.previewBody().contains(QStringLiteral("Ordem de serviço (O.S.): OS-4471")));

    auto* subject = child<QLineEdit>(dialog, "subjectLineEdit");
    subject->setText(QStringLiteral("Seu protocolo {protocolo}"));
    CHECK(dialog.previewSubject() == QStringLiteral("Seu protocolo 20261122-01-000123"));
    REQUIRE(dialog.save());
    CHECK(MailTemplateStore(*db).load(MailTemplate::Kind::Protocol)->subject ==
          QStringLiteral("Seu protocolo {protocolo}"));

    subject->setText(QStringLiteral("Seu protocolo {protocol}"));
    CHECK(dialog.previewSubject().contains(QStringLiteral("{protocol}")));
    auto* box = child<QDialogButtonBox>(dialog, "buttonBox");
    CHECK_FALSE(box->button(QDialogButtonBox::Save)->isEnabled());
    CHECK_FALSE(dialog.save());
    CHECK(MailTemplateStore(*db).load(MailTemplate::Kind::Protocol)->subject ==
          QStringLiteral("Seu protocolo {protocolo}"));
}

// Evidence for the "1000 queued messages with the GUI responsive": the GUI thread runs a 10 ms timer
// and a real widget while the worker sends; the longest gap between ticks is the worst freeze a user would see.
TEST_CASE("Sending 1000 queued messages keeps the GUI thread responsive", "[.bench][gui][mail]") {
    if (!SmtpTestServer::usable())
        return;
    SmtpTestServer server(SmtpTestServer::Options::in(QStringLiteral("plain")));
    server.start();
    TempDatabase temp;
    auto db = temp.open();
    FakeClock clock;
    MailSettingsStore settings(*db);
    REQUIRE(settings.setValue(QStringLiteral("mail.smtp.host"), QStringLiteral("127.0.0.1")));
    REQUIRE(settings.setValue(QStringLiteral("mail.smtp.port"), QString::number(server.port())));
    REQUIRE(settings.setValue(QStringLiteral("mail.smtp.security"), QStringLiteral("plain")));
    REQUIRE(settings.setValue(QStringLiteral("mail.from.address"), QStringLiteral("suporte@example.com.br")));
    OutboxStore store(*db, clock);
    REQUIRE(db->inTransaction(
        [&]() -> Status {
            for (int i = 0; i < 1000; ++i)
                queue(store, QStringLiteral("cliente%1@example.com").arg(i));
            return {};
        },
        QStringLiteral("enqueue")));

    QMainWindow window;
    window.show();
    MailStatusBarHook* hook = MailStatusBarHook::install(window, temp.path(), Actor());
    QElapsedTimer total;
    total.start();
    QElapsedTimer sinceTick;
    sinceTick.start();
    qint64 worstGapMs = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        worstGapMs = std::max(worstGapMs, sinceTick.restart());
        window.statusBar()->showMessage(QString::number(total.elapsed())); // real repaint work on the GUI thread
    });
    ticker.start(10);
    bool done = false;
    QObject::connect(hook->worker(), &OutboxWorker::countsChanged, [&](int waiting, int) { done = waiting == 0; });
    QDeadlineTimer deadline(120000);
    while (!done && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    const qint64 ms = total.elapsed();
    REQUIRE(done);
    CHECK(server.received().size() == 1000);
    QFile status(QStringLiteral("/proc/self/status"));
    REQUIRE(status.open(QIODevice::ReadOnly));
    const QString hwm = QString::fromLatin1(status.readAll()).section(QStringLiteral("VmHWM:"), 1).section(u'\n', 0, 0);
    std::printf("1000 messages sent by the worker in %lld ms; GUI timer worst gap %lld ms; peak RSS %s\n", ms,
                worstGapMs, qPrintable(hwm.simplified()));
    CHECK(worstGapMs < 250);
}
