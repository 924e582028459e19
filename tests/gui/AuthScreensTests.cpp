#include "TempDatabase.h"

#include "admin/UsersAdminDialog.h"
#include "auth/ChangePasswordDialog.h"
#include "auth/FirstRunDialog.h"
#include "auth/LoginDialog.h"
#include "auth/Permission.h"
#include "auth/UserService.h"
#include "common/MessageBoxes.h"
#include "storage/Database.h"
#include "util/SystemClock.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace atende;
using atende::test::TempDatabase;

namespace {

const QString Login = QStringLiteral("gerente");
const QString Password = QStringLiteral("Senha-Forte-2026!");

template <typename T> T* child(QWidget& parent, const char* name) {
    T* widget = parent.findChild<T*>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(widget);
    return widget;
}

qint64 scalar(Database& db, const QString& sql) {
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

// A database whose administrator exists (hashed cheaply: the dialog's check reads the parameters from the hash).
struct DatabaseWithAdmin {
    TempDatabase temp;
    std::unique_ptr<Database> db = temp.open();
    DatabaseWithAdmin() {
        UserService users(*db, SystemClock::instance(), PasswordHasher(PasswordHasher::Strength::TestOnlyFast));
        REQUIRE(users.createFirstAdministrator(Login, QStringLiteral("Gina Gerente"), Password).ok());
    }
};

// Types the password and presses Enter in the password field, then waits for the check on the worker thread.
bool tryLogin(LoginDialog& dialog, const QString& login, const QString& password) {
    auto* loginEdit = child<QLineEdit>(dialog, "loginLineEdit");
    auto* passwordEdit = child<QLineEdit>(dialog, "passwordLineEdit");
    loginEdit->setText(login);
    passwordEdit->clear();
    QTest::keyClicks(passwordEdit, password);
    QSignalSpy finished(&dialog, &LoginDialog::attemptFinished);
    QTest::keyClick(passwordEdit, Qt::Key_Return);
    // The check runs off the GUI thread: the dialog is busy meanwhile, with its busy bar shown.
    CHECK(dialog.isBusy());
    CHECK(child<QProgressBar>(dialog, "busyProgressBar")->isVisibleTo(&dialog));
    REQUIRE(finished.wait(30000));
    CHECK_FALSE(dialog.isBusy());
    return finished.first().first().toBool();
}

} // namespace

TEST_CASE("The first run creates the administrator with the chosen password and logs in", "[gui][auth]") {
    TempDatabase temp;
    auto db = temp.open();
    UserService users(*db, SystemClock::instance());
    REQUIRE(*users.needsFirstAdministrator());

    FirstRunDialog dialog(db->path());
    dialog.show();
    child<QLineEdit>(dialog, "loginLineEdit")->setText(QStringLiteral("chefe"));
    child<QLineEdit>(dialog, "nameLineEdit")->setText(QStringLiteral("Chefe da Equipe"));
    child<QLineEdit>(dialog, "passwordLineEdit")->setText(Password);

    // A confirmation that differs is caught before anything is written.
    child<QLineEdit>(dialog, "confirmLineEdit")->setText(Password + QStringLiteral("x"));
    auto* ok = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    CHECK(dialog.isVisible());
    CHECK_FALSE(dialog.message().isEmpty());
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM users")) == 0);

    child<QLineEdit>(dialog, "confirmLineEdit")->setText(Password);
    QSignalSpy finished(&dialog, &FirstRunDialog::attemptFinished);
    QTest::mouseClick(ok, Qt::LeftButton);
    REQUIRE(finished.wait(30000));
    INFO(dialog.message().toStdString());
    REQUIRE(finished.first().first().toBool());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.actor().login() == QStringLiteral("chefe"));
    CHECK(dialog.actor().can(Permission::UserAdmin));
    CHECK(dialog.actor().can(Permission::ProfileAdmin));
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM users")) == 1);
    CHECK_FALSE(*users.needsFirstAdministrator());

    // The password chosen is the one that logs in afterwards.
    LoginDialog login(db->path());
    login.show();
    CHECK(tryLogin(login, QStringLiteral("chefe"), Password));
    CHECK(login.result() == QDialog::Accepted);
    CHECK(login.actor().name() == QStringLiteral("Chefe da Equipe"));
}

TEST_CASE("A wrong password shows core's message and keeps the login typed", "[gui][auth]") {
    DatabaseWithAdmin data;
    LoginDialog dialog(data.db->path());
    dialog.show();
    CHECK_FALSE(tryLogin(dialog, Login, QStringLiteral("nao-e-essa")));
    CHECK(dialog.isVisible());
    CHECK(dialog.message() ==
          UserService::tr("Login or password is incorrect. Check them and try again (mind Caps Lock)."));
    CHECK(child<QLineEdit>(dialog, "loginLineEdit")->text() == Login);
    CHECK(child<QLineEdit>(dialog, "passwordLineEdit")->text().isEmpty());

    // Then the right one gets in.
    CHECK(tryLogin(dialog, Login, Password));
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.actor().login() == Login);
}

TEST_CASE("After five wrong passwords the login dialog says the account is locked", "[gui][auth]") {
    DatabaseWithAdmin data;
    LoginDialog dialog(data.db->path());
    dialog.show();
    const QString wrong = UserService::tr("Login or password is incorrect. Check them and try again (mind Caps Lock).");
    const QString lockedPrefix =
        UserService::tr("Too many failed attempts: this account is locked until %1. Try again after "
                        "that time, or ask an administrator to unlock it.")
            .section(QStringLiteral("%1"), 0, 0);
    for (int attempt = 1; attempt < UserService::MaxFailedLogins; ++attempt) {
        CHECK_FALSE(tryLogin(dialog, Login, QStringLiteral("errada-%1").arg(attempt)));
        CHECK(dialog.message() == wrong);
    }
    CHECK_FALSE(tryLogin(dialog, Login, QStringLiteral("errada-5")));
    INFO(dialog.message().toStdString());
    CHECK(dialog.message().startsWith(lockedPrefix));
    CHECK(scalar(*data.db, QStringLiteral("SELECT count(*) FROM users WHERE locked_until IS NOT NULL")) == 1);

    // Even the right password is refused while locked, with the same clear message.
    CHECK_FALSE(tryLogin(dialog, Login, Password));
    CHECK(dialog.message().startsWith(lockedPrefix));
    CHECK(dialog.isVisible());
}

TEST_CASE("The users screen adds a user off the GUI thread, changes its profile, deactivates and unlocks",
          "[gui][admin]") {
    DatabaseWithAdmin data;
    UserService users(*data.db, SystemClock::instance());
    auto admin = users.authenticate(Login, Password);
    REQUIRE(admin.ok());

    UsersAdminDialog dialog(*data.db, *admin);
    dialog.show();
    REQUIRE(dialog.rowCount() == 1);
    dialog.startNewUser();
    child<QLineEdit>(dialog, "loginLineEdit")->setText(QStringLiteral("Joana"));
    child<QLineEdit>(dialog, "nameLineEdit")->setText(QStringLiteral("Joana Atendente"));
    auto* profile = child<QComboBox>(dialog, "profileComboBox");
    profile->setCurrentIndex(profile->findText(QStringLiteral("Agente")));
    REQUIRE(profile->currentIndex() >= 0);

    // A weak password: core's message, nothing added, what was typed stays.
    child<QLineEdit>(dialog, "passwordLineEdit")->setText(QStringLiteral("123"));
    QSignalSpy finished(&dialog, &UsersAdminDialog::operationFinished);
    dialog.save();
    CHECK(dialog.isBusy());
    REQUIRE(finished.wait(30000));
    CHECK_FALSE(finished.takeFirst().first().toBool());
    CHECK_FALSE(dialog.message().isEmpty());
    CHECK(child<QLineEdit>(dialog, "nameLineEdit")->text() == QStringLiteral("Joana Atendente"));
    CHECK(scalar(*data.db, QStringLiteral("SELECT count(*) FROM users")) == 1);

    const QString joanaPassword = QStringLiteral("Joana-Senha-2026!");
    child<QLineEdit>(dialog, "passwordLineEdit")->setText(joanaPassword);
    dialog.save();
    REQUIRE(finished.wait(30000));
    INFO(dialog.message().toStdString());
    CHECK(finished.takeFirst().first().toBool());
    CHECK(dialog.rowCount() == 2);
    CHECK(scalar(*data.db, QStringLiteral("SELECT count(*) FROM users u JOIN access_profiles p ON p.id = "
                                          "u.profile_id WHERE u.login = 'joana' AND p.name = 'Agente'")) == 1);
    CHECK(users.authenticate(QStringLiteral("joana"), joanaPassword).ok());

    // Profile change and deactivation are saved; the refusal to deactivate the last administrator is shown.
    REQUIRE(dialog.selectUser(QStringLiteral("joana")));
    profile->setCurrentIndex(profile->findText(QStringLiteral("Líder")));
    dialog.save();
    CHECK(scalar(*data.db, QStringLiteral("SELECT count(*) FROM users u JOIN access_profiles p ON p.id = "
                                          "u.profile_id WHERE u.login = 'joana' AND p.name = 'Líder'")) == 1);
    dialog.toggleActive();
    CHECK(scalar(*data.db, QStringLiteral("SELECT active FROM users WHERE login = 'joana'")) == 0);
    REQUIRE(dialog.selectUser(Login));
    dialog.toggleActive();
    CHECK_FALSE(dialog.message().isEmpty());
    CHECK(scalar(*data.db, QStringLiteral("SELECT active FROM users WHERE login = 'gerente'")) == 1);

    // A locked account is unlocked from here.
    REQUIRE(dialog.selectUser(QStringLiteral("joana")));
    dialog.toggleActive(); // active again
    for (int i = 0; i < UserService::MaxFailedLogins; ++i)
        (void)users.authenticate(QStringLiteral("joana"), QStringLiteral("errada"));
    CHECK(scalar(*data.db, QStringLiteral("SELECT count(*) FROM users WHERE login = 'joana' AND locked_until IS NOT "
                                          "NULL")) == 1);
    dialog.unlock();
    CHECK(scalar(*data.db, QStringLiteral("SELECT count(*) FROM users WHERE login = 'joana' AND locked_until IS NOT "
                                          "NULL")) == 0);
    CHECK(users.authenticate(QStringLiteral("joana"), joanaPassword).ok());
}

TEST_CASE("Change password checks the current one off the GUI thread and then the new one logs in", "[gui][auth]") {
    DatabaseWithAdmin data;
    UserService users(*data.db, SystemClock::instance());
    auto actor = users.authenticate(Login, Password);
    REQUIRE(actor.ok());
    ChangePasswordDialog dialog(data.db->path(), *actor);
    dialog.show();
    auto* current = child<QLineEdit>(dialog, "currentLineEdit");
    auto* fresh = child<QLineEdit>(dialog, "passwordLineEdit");
    auto* confirm = child<QLineEdit>(dialog, "confirmLineEdit");
    const QString newPassword = QStringLiteral("Outra-Senha-2027!");

    current->setText(QStringLiteral("nao-e-a-atual"));
    fresh->setText(newPassword);
    confirm->setText(newPassword);
    QSignalSpy finished(&dialog, &ChangePasswordDialog::attemptFinished);
    dialog.accept();
    CHECK(dialog.isBusy());
    dialog.reject(); // Esc while checking waits for the answer
    CHECK(dialog.isVisible());
    REQUIRE(finished.wait(30000));
    CHECK_FALSE(finished.takeFirst().first().toBool());
    CHECK(dialog.message() == UserService::tr("The current password is not correct. Type it again (mind Caps Lock)."));

    QList<MessageBoxes::Request> boxes;
    MessageBoxes::ScopedTestHook hook([&boxes](const MessageBoxes::Request& request) {
        boxes.append(request);
        return QMessageBox::Ok;
    });
    current->setText(Password);
    dialog.accept();
    REQUIRE(finished.wait(30000));
    INFO(dialog.message().toStdString());
    CHECK(finished.takeFirst().first().toBool());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(boxes.size() == 1);
    CHECK_FALSE(users.authenticate(Login, Password).ok());
    CHECK(users.authenticate(Login, newPassword).ok());
}
