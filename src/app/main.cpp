// atende: the desktop app. Thin: options, logging, translation, the database, the main window.
#include "admin/AccessProfileEditorDialog.h"
#include "admin/UsersAdminDialog.h"
#include "audit/AuditHistoryDialog.h"
#include "auth/FirstRunDialog.h"
#include "auth/LoginDialog.h"
#include "auth/UserService.h"
#include "common/MessageBoxes.h"
#include "customers/CustomerEditorDialog.h"
#include "customers/CustomerSearchDialog.h"
#include "customers/CustomerService.h"
#include "i18n/Translation.h"
#include "mail/MailStatusBarHook.h"
#include "main/MainWindow.h"
#include "settings/Settings.h"
#include "storage/Database.h"
#include "storage/DatabasePasswordStore.h"
#include "util/Logging.h"
#include "util/SystemClock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTimer>

#include <cstdio>

using namespace atende;

namespace {

// --screenshot: waits (bounded) until the status bar has its count, so the picture shows a settled window.
void printError(const QString& message) {
    std::fprintf(stderr, "%s\n", qPrintable(message));
}

bool saveWidget(QWidget& widget, const QString& file) {
    widget.show();
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    // Messages shown meanwhile may need more room than the size asked for.
    widget.resize(widget.size().expandedTo(widget.minimumSizeHint()));
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    if (!widget.grab().save(file, "PNG")) {
        printError(QCoreApplication::translate("main", "Could not write the screenshot %1.")
                       .arg(QDir::toNativeSeparators(file)));
        return false;
    }
    return true;
}

// A customer worth showing: the one with the most tickets (for screenshots of the card).
qint64 busiestCustomer(Database& db) {
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral("SELECT customer_id FROM tickets WHERE customer_id IS NOT NULL GROUP BY customer_id "
                              "ORDER BY count(*) DESC LIMIT 1")) &&
        q.next())
        return q.value(0).toLongLong();
    if (q.exec(QStringLiteral("SELECT min(id) FROM customers")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

// --screen: a picture of one screen instead of the main window, for the user guide.
int saveScreen(Database& db, const Actor& actor, const QString& screen, qint64 customerId, const QString& file) {
    if (screen == QLatin1String("customer-card")) {
        CustomerSearchDialog dialog(db, actor);
        dialog.resize(1100, 700);
        const qint64 id = customerId ? customerId : busiestCustomer(db);
        // Searched by name first, as an agent would, so the list beside the card is not empty.
        if (auto customer = CustomerService(db, SystemClock::instance()).get(actor, id))
            dialog.search(customer->name);
        dialog.showCustomer(id);
        return saveWidget(dialog, file) ? 0 : 1;
    }
    if (screen == QLatin1String("customer-editor")) {
        CustomerEditorDialog dialog(db, actor);
        dialog.resize(800, 880);
        // A realistic mistake, so the picture shows the validation as you type.
        dialog.findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))->setText(QStringLiteral("Maria das Graças"));
        dialog.findChild<QLineEdit*>(QStringLiteral("documentLineEdit"))->setText(QStringLiteral("123.456.789-00"));
        dialog.findChild<QLineEdit*>(QStringLiteral("phonesLineEdit"))->setText(QStringLiteral("98765-4321"));
        dialog.findChild<QLineEdit*>(QStringLiteral("emailsLineEdit"))->setText(QStringLiteral("maria@exemplo"));
        dialog.show();
        dialog.accept(); // Save pressed: the list of problems above the button (nothing is saved, it is invalid)
        return saveWidget(dialog, file) ? 0 : 1;
    }
    if (screen == QLatin1String("profiles")) {
        AccessProfileEditorDialog dialog(db, actor);
        dialog.resize(820, 640);
        return saveWidget(dialog, file) ? 0 : 1;
    }
    if (screen == QLatin1String("users")) {
        UsersAdminDialog dialog(db, actor);
        dialog.resize(1000, 560);
        return saveWidget(dialog, file) ? 0 : 1;
    }
    if (screen == QLatin1String("audit")) {
        AuditHistoryDialog dialog(db, actor, AuditHistoryFilter{});
        dialog.resize(1100, 600);
        return saveWidget(dialog, file) ? 0 : 1;
    }
    printError(QCoreApplication::translate("main", "Unknown screen %1. Use customer-card, customer-editor, profiles, "
                                                   "users, audit or login.")
                   .arg(screen));
    return 2;
}

int saveScreenshot(MainWindow& window, const QString& file) {
    constexpr int MaxWaitMs = 30000;
    window.resize(1280, 800);
    window.show();
    if (window.isCounting()) {
        QEventLoop loop;
        QObject::connect(&window, &MainWindow::ticketCountShown, &loop, &QEventLoop::quit);
        QTimer::singleShot(MaxWaitMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    QCoreApplication::processEvents();
    if (!window.grab().save(file, "PNG")) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "Could not write the screenshot %1.")
                                    .arg(QDir::toNativeSeparators(file))));
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Atende"));
    QApplication::setApplicationName(QStringLiteral("Atende"));
    QApplication::setApplicationVersion(QStringLiteral(ATENDE_VERSION));
    Logging::init(QStringLiteral("atende"), Logging::Console::Off);
    Translation::install(Translation::preferredLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Atende helpdesk"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QCoreApplication::translate("main", "Database file."),
                                      QCoreApplication::translate("main", "path"), Settings().databasePath());
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Show the window, save a picture of it as PNG and exit."),
        QCoreApplication::translate("main", "file"));
    const QCommandLineOption userOption(
        QStringLiteral("user"),
        QCoreApplication::translate("main", "Log in as this user, with the password from the ATENDE_PASSWORD "
                                            "environment variable (for automation and screenshots)."),
        QCoreApplication::translate("main", "login"));
    const QCommandLineOption screenOption(
        QStringLiteral("screen"),
        QCoreApplication::translate("main", "With --screenshot: picture this screen instead of the main window "
                                            "(login, customer-card, customer-editor, profiles, users, audit)."),
        QCoreApplication::translate("main", "name"));
    const QCommandLineOption customerOption(
        QStringLiteral("customer"), QCoreApplication::translate("main", "Customer id for --screen customer-card."),
        QCoreApplication::translate("main", "id"));
    parser.addOption(dbOption);
    parser.addOption(screenshotOption);
    parser.addOption(userOption);
    parser.addOption(screenOption);
    parser.addOption(customerOption);
    parser.process(app);

    const QString path = parser.value(dbOption);
    if (Database::isServerLocation(path) && !qEnvironmentVariableIsSet(DatabasePasswordStore::EnvironmentVariable)) {
        // The team server's password from the keyring, once, for every connection of this session.
        if (auto password = DatabasePasswordStore::read(path))
            DatabasePasswordStore::rememberForSession(path, *password);
    }
    auto db = Database::open(path);
    if (!db) {
        log::error("could not open the database: {}", db.error().detail.toStdString());
        std::fprintf(stderr, "%s\n", qPrintable(db.error().userMessage));
        // A screenshot run has nobody to press OK.
        if (!parser.isSet(screenshotOption))
            MessageBoxes::critical(nullptr, QCoreApplication::translate("main", "Atende"), db.error().userMessage);
        return 1;
    }

    const bool screenshot = parser.isSet(screenshotOption);
    const QString screen = parser.value(screenOption);
    if (screenshot && screen == QLatin1String("login")) {
        LoginDialog login((*db)->path());
        login.resize(440, 240);
        login.setLogin(parser.value(userOption));
        return saveWidget(login, parser.value(screenshotOption)) ? 0 : 1;
    }

    UserService users(**db, SystemClock::instance());
    auto needsAdministrator = users.needsFirstAdministrator();
    if (!needsAdministrator) {
        printError(needsAdministrator.error().userMessage);
        return 1;
    }
    Actor actor;
    if (*needsAdministrator) {
        if (screenshot || parser.isSet(userOption)) {
            printError(QCoreApplication::translate("main", "This database has no users yet. Start Atende once without "
                                                           "--screenshot/--user to create the administrator."));
            return 1;
        }
        FirstRunDialog firstRun((*db)->path());
        if (firstRun.exec() != QDialog::Accepted)
            return 0;
        actor = firstRun.actor();
    } else if (parser.isSet(userOption)) {
        // Never a password on the command line: it would sit in the shell history and the process list.
        const QString password = qEnvironmentVariable("ATENDE_PASSWORD");
        if (password.isEmpty()) {
            printError(QCoreApplication::translate("main", "--user needs the password in the ATENDE_PASSWORD "
                                                           "environment variable."));
            return 1;
        }
        auto logged = users.authenticate(parser.value(userOption), password);
        if (!logged) {
            printError(logged.error().userMessage);
            return 1;
        }
        actor = std::move(logged).value();
    } else if (screenshot) {
        printError(QCoreApplication::translate("main", "--screenshot needs --user LOGIN (with the password in the "
                                                       "ATENDE_PASSWORD environment variable), or --screen login."));
        return 1;
    } else {
        LoginDialog login((*db)->path());
        if (login.exec() != QDialog::Accepted)
            return 0;
        actor = login.actor();
    }

    if (screenshot && !screen.isEmpty())
        return saveScreen(**db, actor, screen, parser.value(customerOption).toLongLong(),
                          parser.value(screenshotOption));

    MainWindow window(std::move(db).value(), actor);
    if (screenshot)
        return saveScreenshot(window, parser.value(screenshotOption));
    // E-mail: the outbox sender in the background and its indicator in the status bar.
    MailStatusBarHook::install(window, path, window.actor());
    window.show();
    return app.exec();
}
