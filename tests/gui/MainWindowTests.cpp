#include "FakeClock.h"
#include "GuiTestData.h"
#include "TempDatabase.h"

#include "CustomerListModel.h"
#include "TicketListModel.h"
#include "auth/UserService.h"
#include "common/MessageBoxes.h"
#include "demo/DemoDataGenerator.h"
#include "main/MainWindow.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "util/SystemClock.h"
#include "util/TextFolding.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace atende;
using atende::test::GuiTestData;
using atende::test::TempDatabase;

namespace {

constexpr int CustomerCount = 60;
constexpr int TicketCount = 640;

template <typename T> T* child(QWidget& window, const char* name) {
    T* widget = window.findChild<T*>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(widget);
    return widget;
}

// Waits (bounded, on the signal) until the status bar shows the count the window started last.
void waitForCount(MainWindow& window) {
    if (!window.isCounting())
        return;
    QSignalSpy shown(&window, &MainWindow::ticketCountShown);
    REQUIRE(shown.wait(20000));
}

qint64 scalar(Database& db, const QString& sql) {
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

struct SeededWindow {
    TempDatabase temp;
    MainWindow* window = nullptr;
    std::unique_ptr<MainWindow> owner;

    SeededWindow() {
        auto db = temp.open();
        GuiTestData::seed(*db, CustomerCount, TicketCount);
        owner = std::make_unique<MainWindow>(std::move(db));
        window = owner.get();
        window->resize(1100, 700);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window));
    }
};

// Records every message box instead of showing it.
struct RecordedBoxes {
    QList<MessageBoxes::Request> requests;
    MessageBoxes::ScopedTestHook hook{[this](const MessageBoxes::Request& request) {
        requests << request;
        return QMessageBox::Ok;
    }};
};

} // namespace

TEST_CASE("The main window opens on a database with data and shows both lists and the status bar", "[gui]") {
    SeededWindow seeded;
    MainWindow& window = *seeded.window;
    auto* tickets = child<QTableView>(window, "ticketsTableView");
    auto* customers = child<QTableView>(window, "customersTableView");
    REQUIRE(tickets->model());
    CHECK(tickets->model()->rowCount() == TicketListModel::DefaultPageSize); // the first page only
    CHECK(tickets->model()->canFetchMore({}));
    CHECK_FALSE(tickets->model()->index(0, TicketListModel::ProtocolColumn).data().toString().isEmpty());
    CHECK(customers->model()->rowCount() == CustomerCount);
    CHECK(tickets->isSortingEnabled());
    CHECK(tickets->horizontalHeader()->sortIndicatorSection() == TicketListModel::UpdatedColumn);

    // Newest update first.
    const qint64 newest = scalar(window.database(), QStringLiteral("SELECT id FROM tickets ORDER BY updated_at DESC, "
                                                                   "id DESC LIMIT 1"));
    CHECK(tickets->model()->index(0, 0).data(Qt::UserRole).toLongLong() == newest);

    waitForCount(window);
    // The file's name, or the server's address (without a password).
    CHECK(child<QLabel>(window, "databaseLabel")
              ->text()
              .contains(window.database().isPostgres() ? window.database().displayLocation()
                                                       : QStringLiteral("atende.sqlite")));
    CHECK(child<QLabel>(window, "schemaLabel")->text().contains(QString::number(Migrator::latestVersion())));
    CHECK(child<QLabel>(window, "ticketCountLabel")->text().contains(QString::number(TicketCount)));

    SECTION("scrolling to the end fetches the next pages") {
        tickets->scrollToBottom();
        QCoreApplication::processEvents();
        int rounds = 0;
        while (tickets->model()->canFetchMore({}) && rounds++ < 10) {
            tickets->scrollToBottom();
            QCoreApplication::processEvents();
        }
        CHECK(tickets->model()->rowCount() == TicketCount);
    }
}

TEST_CASE("The status filter narrows the ticket list and the count", "[gui]") {
    SeededWindow seeded;
    MainWindow& window = *seeded.window;
    auto* combo = child<QComboBox>(window, "statusFilterComboBox");
    auto* tickets = child<QTableView>(window, "ticketsTableView");
    REQUIRE(combo->count() == 1 + scalar(window.database(), QStringLiteral("SELECT count(*) FROM workflow_statuses")));
    CHECK(combo->currentIndex() == 0);
    waitForCount(window);

    // With the keyboard, as an agent would: focus the combo box and step down to "Pendente".
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QTest::keyClick(combo, Qt::Key_Down);
    REQUIRE(combo->currentText() == QStringLiteral("Pendente"));
    const qint64 pending =
        scalar(window.database(), QStringLiteral("SELECT count(*) FROM tickets WHERE status_id = 2"));
    CHECK(tickets->model()->rowCount() == pending);
    for (int row = 0; row < tickets->model()->rowCount(); ++row)
        CHECK(tickets->model()->index(row, TicketListModel::StatusColumn).data().toString() ==
              QStringLiteral("Pendente"));
    waitForCount(window);
    const QString countText = child<QLabel>(window, "ticketCountLabel")->text();
    CHECK(countText.contains(QString::number(pending)));
    CHECK(countText.contains(QString::number(TicketCount)));

    combo->setCurrentIndex(0);
    CHECK(tickets->model()->rowCount() == TicketListModel::DefaultPageSize);
}

TEST_CASE("Clicking any column header sorts the ticket list by it, both ways", "[gui]") {
    SeededWindow seeded;
    MainWindow& window = *seeded.window;
    auto* tickets = child<QTableView>(window, "ticketsTableView");
    QHeaderView* header = tickets->horizontalHeader();
    auto clickSection = [&](int section) {
        const QPoint at(header->sectionViewportPosition(section) + header->sectionSize(section) / 2,
                        header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    };
    clickSection(TicketListModel::ProtocolColumn);
    CHECK(window.ticketModel()->sortColumn() == TicketListModel::ProtocolColumn);
    CHECK(header->sortIndicatorSection() == TicketListModel::ProtocolColumn);
    const Qt::SortOrder order = window.ticketModel()->sortOrder();
    const QString first = tickets->model()->index(0, TicketListModel::ProtocolColumn).data().toString();
    CHECK(first == (order == Qt::AscendingOrder
                        ? QStringLiteral("20261122-01-000001")
                        : QStringLiteral("20261122-01-%1").arg(TicketCount, 6, 10, QLatin1Char('0'))));

    // Every other column sorts too, through its own index: the title, and a joined name (the customer's).
    const auto firstId = [&] { return tickets->model()->index(0, 0).data(TicketListModel::IdRole).toLongLong(); };
    clickSection(TicketListModel::TitleColumn);
    CHECK(window.ticketModel()->sortColumn() == TicketListModel::TitleColumn);
    CHECK(header->sortIndicatorSection() == TicketListModel::TitleColumn);
    const QString titleDir =
        window.ticketModel()->sortOrder() == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    CHECK(firstId() ==
          scalar(window.database(),
                 QStringLiteral("SELECT id FROM tickets ORDER BY atende_fold(title) %1, id %1 LIMIT 1").arg(titleDir)));
    clickSection(TicketListModel::CustomerColumn);
    CHECK(window.ticketModel()->sortColumn() == TicketListModel::CustomerColumn);
    CHECK(header->sortIndicatorSection() == TicketListModel::CustomerColumn);
    for (int click = 0; click < 2; ++click) {
        const QString dir =
            window.ticketModel()->sortOrder() == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
        INFO("customer order " << dir.toStdString());
        CHECK(header->sortIndicatorOrder() == window.ticketModel()->sortOrder());
        CHECK(firstId() == scalar(window.database(),
                                  QStringLiteral("SELECT t.id FROM tickets t LEFT JOIN customers c ON c.id = "
                                                 "t.customer_id ORDER BY c.name_key %1, t.customer_id %1, t.id %1 "
                                                 "LIMIT 1")
                                      .arg(dir)));
        clickSection(TicketListModel::CustomerColumn); // the second click turns the order around
    }
}

TEST_CASE("The customer search finds names without accents and documents with the mask", "[gui]") {
    SeededWindow seeded;
    MainWindow& window = *seeded.window;
    auto* tabs = child<QTabWidget>(window, "browseTabWidget");
    auto* search = child<QLineEdit>(window, "customerSearchLineEdit");
    auto* customers = child<QTableView>(window, "customersTableView");

    // Ctrl+F goes to the search box from anywhere.
    child<QAction>(window, "findCustomerAction")->trigger();
    CHECK(tabs->currentWidget() == child<QWidget>(window, "customersTab"));
    CHECK(search->hasFocus() == (QApplication::focusWidget() == search));

    QTest::keyClicks(search, QStringLiteral("angela"));
    QTest::keyClick(search, Qt::Key_Return);
    const qint64 expected =
        scalar(window.database(), QStringLiteral("SELECT count(*) FROM customers WHERE name_key LIKE 'angela%'"));
    REQUIRE(expected > 0);
    CHECK(customers->model()->rowCount() == expected);
    for (int row = 0; row < customers->model()->rowCount(); ++row) {
        CHECK(TextFolding::fold(customers->model()->index(row, CustomerListModel::NameColumn).data().toString())
                  .startsWith(QStringLiteral("angela")));
    }

    // A CPF typed with its mask.
    const QString formatted = customers->model()->index(0, CustomerListModel::DocumentColumn).data().toString();
    search->clear();
    QTest::keyClicks(search, formatted);
    QTest::keyClick(search, Qt::Key_Return);
    INFO(formatted.toStdString());
    REQUIRE(customers->model()->rowCount() == 1);
    CHECK(customers->model()->index(0, CustomerListModel::DocumentColumn).data().toString() == formatted);

    // Typing without Enter searches after a short pause.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("zzz"));
    QSignalSpy reset(customers->model(), &QAbstractItemModel::modelReset);
    REQUIRE(reset.wait(5000));
    CHECK(customers->model()->rowCount() == 0);
}

TEST_CASE("Opening a newer or foreign database shows the reason and keeps the current one", "[gui][sqlite]") {
    SeededWindow seeded;
    MainWindow& window = *seeded.window;
    const QString current = window.database().path();

    TempDatabase other;
    QString path;
    Error::Code code = Error::Code::Generic;
    SECTION("a newer schema") {
        auto db = other.open();
        REQUIRE(db->execRaw(QStringLiteral("PRAGMA user_version = %1").arg(Migrator::latestVersion() + 3)).ok());
        db.reset();
        path = other.path();
        code = Error::Code::NewerDatabase;
    }
    SECTION("a file that is not a database") {
        path = other.filePath(QStringLiteral("notes.sqlite"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("não é um banco\n").repeated(100));
        f.close();
        code = Error::Code::NotAnAtendeDatabase;
    }
    auto expected = Database::open(path);
    REQUIRE_FALSE(expected.ok());
    REQUIRE(expected.error().code == code);

    RecordedBoxes boxes;
    CHECK_FALSE(window.openDatabase(path));
    REQUIRE(boxes.requests.size() == 1);
    CHECK(boxes.requests.first().icon == QMessageBox::Critical);
    CHECK(boxes.requests.first().text == expected.error().userMessage);
    CHECK(window.database().path() == current);
    CHECK(child<QTableView>(window, "ticketsTableView")->model()->rowCount() > 0);
}

TEST_CASE("Opening another database switches the lists and the status bar", "[gui][sqlite]") {
    SeededWindow seeded;
    MainWindow& window = *seeded.window;
    TempDatabase other;
    {
        auto db = other.open();
        GuiTestData::seed(*db, 3, 5);
    }
    RecordedBoxes boxes;
    REQUIRE(window.openDatabase(other.path()));
    CHECK(boxes.requests.isEmpty());
    CHECK(window.database().path() == QFileInfo(other.path()).absoluteFilePath());
    CHECK(child<QTableView>(window, "ticketsTableView")->model()->rowCount() == 5);
    CHECK(child<QTableView>(window, "customersTableView")->model()->rowCount() == 3);
    waitForCount(window);
    CHECK(child<QLabel>(window, "ticketCountLabel")->text().contains(QStringLiteral("5")));
    CHECK(child<QLabel>(window, "databaseLabel")->text().contains(QDir::toNativeSeparators(other.path())));
}

TEST_CASE("The main window works from the keyboard", "[gui]") {
    SeededWindow seeded;
    MainWindow& window = *seeded.window;
    auto* tabs = child<QTabWidget>(window, "browseTabWidget");
    CHECK(child<QAction>(window, "showCustomersAction")->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_2));
    CHECK(child<QAction>(window, "showTicketsAction")->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_1));
    CHECK(child<QAction>(window, "openDatabaseAction")->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_O));
    CHECK(child<QAction>(window, "quitAction")->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Q));

    window.activateWindow();
    if (QTest::qWaitForWindowActive(&window)) {
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        CHECK(tabs->currentWidget() == child<QWidget>(window, "customersTab"));
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        CHECK(tabs->currentWidget() == child<QWidget>(window, "ticketsTab"));
    } else {
        child<QAction>(window, "showCustomersAction")->trigger();
        CHECK(tabs->currentWidget() == child<QWidget>(window, "customersTab"));
    }

    // Labels lead to their fields (Alt+S, Alt+E) and the list has a current row for the arrow keys.
    CHECK(child<QLabel>(window, "statusFilterLabel")->buddy() == child<QWidget>(window, "statusFilterComboBox"));
    CHECK(child<QLabel>(window, "customerSearchLabel")->buddy() == child<QWidget>(window, "customerSearchLineEdit"));
    CHECK(child<QTableView>(window, "ticketsTableView")->currentIndex().row() == 0);

    RecordedBoxes boxes;
    child<QAction>(window, "aboutAction")->trigger();
    REQUIRE(boxes.requests.size() == 1);
    CHECK(boxes.requests.first().text.contains(QStringLiteral(ATENDE_VERSION)));
}

TEST_CASE("atende --screenshot writes a picture of the window, and a bad database exits non-zero", "[gui][app]") {
    const QString app = QCoreApplication::applicationDirPath() + QStringLiteral("/atende");
    if (!QFile::exists(app)) {
        WARN("atende not built next to the tests; skipped");
        return;
    }
    TempDatabase temp;
    const QString password = QStringLiteral("Tela-Captura-2026!");
    {
        auto db = temp.open();
        GuiTestData::seed(*db, 10, 30);
        UserService users(*db, SystemClock::instance(), PasswordHasher(PasswordHasher::Strength::TestOnlyFast));
        REQUIRE(users.createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("Ana Admin"), password).ok());
    }
    const QString png = temp.filePath(QStringLiteral("main.png"));

    // Without --user there is nobody to log in and nobody to type: a clear message and a non-zero exit.
    QProcess anonymous;
    anonymous.start(app, {QStringLiteral("--db"), temp.path(), QStringLiteral("--screenshot"), png});
    REQUIRE(anonymous.waitForFinished(60000));
    CHECK(anonymous.exitCode() != 0);
    CHECK(QString::fromLocal8Bit(anonymous.readAllStandardError()).contains(QStringLiteral("--user")));
    CHECK_FALSE(QFile::exists(png));

    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("ATENDE_PASSWORD"), password);
    process.setProcessEnvironment(environment);
    process.start(app, {QStringLiteral("--db"), temp.path(), QStringLiteral("--user"), QStringLiteral("admin"),
                        QStringLiteral("--screenshot"), png});
    REQUIRE(process.waitForFinished(60000));
    INFO(process.readAll().toStdString());
    CHECK(process.exitStatus() == QProcess::NormalExit);
    CHECK(process.exitCode() == 0);
    const QImage image(png);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() >= 800);

    const QString junk = temp.filePath(QStringLiteral("junk.sqlite"));
    QFile f(junk);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("junk junk junk");
    f.close();
    QProcess failing;
    failing.start(app, {QStringLiteral("--db"), junk, QStringLiteral("--screenshot"), png + QStringLiteral(".2")});
    REQUIRE(failing.waitForFinished(60000));
    CHECK(failing.exitStatus() == QProcess::NormalExit);
    CHECK(failing.exitCode() != 0);
    CHECK_FALSE(QString::fromLocal8Bit(failing.readAllStandardError()).trimmed().isEmpty());
}

TEST_CASE("The main window opens on a generated demo database", "[gui][demo][sqlite]") {
    TempDatabase temp;
    auto db = temp.open();
    test::FakeClock clock;
    REQUIRE(DemoDataGenerator(*db, clock).generate(DemoOptions{150, 1500, 2026}).ok());
    QString newestProtocol;
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT protocol FROM tickets ORDER BY updated_at DESC, id DESC LIMIT 1")));
        REQUIRE(q.next());
        newestProtocol = q.value(0).toString();
    }
    MainWindow window(std::move(db));
    window.resize(1100, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    waitForCount(window);

    auto* tickets = child<QTableView>(window, "ticketsTableView");
    REQUIRE(tickets->model()->rowCount() > 0);
    // Newest first, as an agent expects; the count in pt_BR digits grouping.
    CHECK(tickets->model()->index(0, TicketListModel::ProtocolColumn).data().toString() == newestProtocol);
    CHECK(child<QLabel>(window, "ticketCountLabel")->text().contains(QLocale().toString(1500)));
    auto* customers = child<QTableView>(window, "customersTableView");
    CHECK(customers->model()->rowCount() > 0);
}
