#include "main/MainWindow.h"
#include "main/ui_MainWindow.h"

#include "CustomerListModel.h"
#include "TicketListModel.h"
#include "admin/AccessProfileEditorDialog.h"
#include "admin/UsersAdminDialog.h"
#include "attendance/AttendanceTypesDialog.h"
#include "audit/AuditHistoryDialog.h"
#include "auth/Actor.h"
#include "auth/ChangePasswordDialog.h"
#include "auth/FirstRunDialog.h"
#include "auth/LoginDialog.h"
#include "auth/Permission.h"
#include "auth/UserService.h"
#include "call/CallWidget.h"
#include "common/MessageBoxes.h"
#include "customers/CustomerCsvImportDialog.h"
#include "customers/CustomerEditorDialog.h"
#include "customers/CustomerExports.h"
#include "customers/CustomerMergeDialog.h"
#include "customers/CustomerSearchDialog.h"
#include "dashboard/DashboardWidget.h"
#include "directory/DirectoryDialog.h"
#include "knowledge/KnowledgeAdminDialog.h"
#include "mail/MailTemplateDialog.h"
#include "mail/OutboxDialog.h"
#include "mail/SmtpSettingsDialog.h"
#include "main/ServerConnectionDialog.h"
#include "queues/QueuePanel.h"
#include "reminders/ReminderDock.h"
#include "roster/OnDutyLabel.h"
#include "roster/RosterDialog.h"
#include "search/SearchWindow.h"
#include "settings/Settings.h"
#include "storage/Database.h"
#include "storage/ServerLocation.h"
#include "tickets/TicketService.h"
#include "tickets/TicketWindow.h"
#include "util/Logging.h"
#include "util/SystemClock.h"
#include "workflow/WorkflowEditorDialog.h"
#include "workflow/WorkflowStatusQuery.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QTimer>

#include <climits>

namespace atende {

namespace {

// Typing pauses this long before the customer list is read again: one query per word, not per key.
constexpr int SearchDelayMs = 250;
// Columns never grow wider than this when fitted to their contents; long titles and names are elided.
constexpr int MaxFittedColumnWidth = 280;

// Swaps the model of `view` and deletes the selection model it had (a view never deletes it itself).
void setViewModel(QTableView* view, QAbstractItemModel* model) {
    QItemSelectionModel* old = view->selectionModel();
    view->setModel(model);
    delete old;
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<Database> db, Actor actor, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_actor(std::move(actor)) {
    m_ui->setupUi(this);

    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_schemaLabel = new QLabel(this);
    m_schemaLabel->setObjectName(QStringLiteral("schemaLabel"));
    m_ticketCountLabel = new QLabel(this);
    m_ticketCountLabel->setObjectName(QStringLiteral("ticketCountLabel"));
    // Room between the texts: the status bar draws no separators of its own in every style.
    for (QLabel* label : {m_databaseLabel, m_schemaLabel, m_ticketCountLabel})
        label->setContentsMargins(6, 0, 6, 0);
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_userLabel->setContentsMargins(6, 0, 6, 0);
    m_ui->statusBar->addWidget(m_userLabel);
    m_ui->statusBar->addWidget(m_databaseLabel, 1);
    m_serverLabel = new QLabel(this);
    m_serverLabel->setObjectName(QStringLiteral("serverLabel"));
    m_serverLabel->setContentsMargins(6, 0, 6, 0);
    m_serverLabel->hide();
    m_ui->statusBar->addPermanentWidget(m_serverLabel);
    m_ui->statusBar->addPermanentWidget(m_schemaLabel);
    // Notices come in bursts (a ticket and its interactions in one save): the lists reload once per burst.
    m_changeRefreshTimer = new QTimer(this);
    m_changeRefreshTimer->setSingleShot(true);
    m_changeRefreshTimer->setInterval(250);
    connect(m_changeRefreshTimer, &QTimer::timeout, this, [this] {
        m_ticketModel->reload();
        m_queuePanel->refresh();
        m_reminders->refresh();
        startTicketCount();
    });
    m_ui->statusBar->addPermanentWidget(m_ticketCountLabel);

    m_counter = new TicketCounter(this);
    connect(m_counter, &TicketCounter::counted, this, &MainWindow::showTicketCount);
    connect(m_counter, &TicketCounter::failed, this, &MainWindow::showTicketCountFailure);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::applyCustomerSearch);
    connect(m_ui->customerSearchLineEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    // Enter searches at once and hands the keyboard to the list, so the agent can go on with the arrows.
    connect(m_ui->customerSearchLineEdit, &QLineEdit::returnPressed, this, [this] {
        applyCustomerSearch();
        m_ui->customersTableView->setFocus();
    });
    connect(m_ui->statusFilterComboBox, &QComboBox::currentIndexChanged, this, &MainWindow::applyStatusFilter);

    m_newCallAction = new QAction(tr("&New call"), this);
    m_newCallAction->setObjectName(QStringLiteral("newCallAction"));
    m_newCallAction->setShortcuts({QKeySequence(Qt::Key_F2), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)});
    m_newCallAction->setShortcutVisibleInContextMenu(true);
    m_ui->fileMenu->insertAction(m_ui->fileMenu->actions().value(0), m_newCallAction);
    addAction(m_newCallAction);
    connect(m_newCallAction, &QAction::triggered, this, [this] { openCall(); });
    connect(m_ui->openDatabaseAction, &QAction::triggered, this, &MainWindow::chooseDatabase);
    connect(m_ui->connectServerAction, &QAction::triggered, this, &MainWindow::connectToServer);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->showTicketsAction, &QAction::triggered, this, &MainWindow::showTickets);
    connect(m_ui->showCustomersAction, &QAction::triggered, this, &MainWindow::showCustomers);
    connect(m_ui->findCustomerAction, &QAction::triggered, this, &MainWindow::findCustomer);
    connect(m_ui->refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->searchCustomersAction, &QAction::triggered, this, &MainWindow::searchCustomers);
    connect(m_ui->newCustomerAction, &QAction::triggered, this, &MainWindow::newCustomer);
    connect(m_ui->accessProfilesAction, &QAction::triggered, this, &MainWindow::editAccessProfiles);
    connect(m_ui->usersAction, &QAction::triggered, this, &MainWindow::administerUsers);
    connect(m_ui->auditHistoryAction, &QAction::triggered, this, &MainWindow::showAuditHistory);
    connect(m_ui->changePasswordAction, &QAction::triggered, this, &MainWindow::changePassword);
    connect(m_ui->mergeCustomersAction, &QAction::triggered, this, &MainWindow::mergeCustomers);
    connect(m_ui->importCustomersAction, &QAction::triggered, this, &MainWindow::importCustomers);
    connect(m_ui->exportCustomersAction, &QAction::triggered, this, &MainWindow::exportCustomers);
    connect(m_ui->attendanceTypesAction, &QAction::triggered, this, &MainWindow::editAttendanceTypes);
    connect(m_ui->knowledgeBaseAction, &QAction::triggered, this, &MainWindow::editKnowledgeBase);
    connect(m_ui->directoryAction, &QAction::triggered, this, &MainWindow::editDirectory);
    // Enter or a double click on a customer opens its card.
    connect(m_ui->customersTableView, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        const QVariant id = index.data(CustomerListModel::IdRole);
        if (id.isValid())
            openCustomer(id.toLongLong());
    });
    // Enter or a double click on a ticket opens the ticket screen; Ctrl+P opens one by its protocol.
    connect(m_ui->ticketsTableView, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        const QVariant id = index.data(TicketListModel::IdRole);
        if (id.isValid())
            openTicket(id.toLongLong());
    });
    m_openByProtocolAction = m_ui->viewMenu->addAction(tr("Open ticket by &protocol…"));
    m_openByProtocolAction->setObjectName(QStringLiteral("openByProtocolAction"));
    m_openByProtocolAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    connect(m_openByProtocolAction, &QAction::triggered, this, &MainWindow::askProtocolAndOpen);
    m_searchAction = m_ui->viewMenu->addAction(tr("&Search everything…"));
    m_searchAction->setObjectName(QStringLiteral("searchAction"));
    m_searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    connect(m_searchAction, &QAction::triggered, this, [this] { openSearch(); });
    m_workflowAction = m_ui->adminMenu->addAction(tr("&Workflow…"));
    m_workflowAction->setObjectName(QStringLiteral("workflowAction"));
    connect(m_workflowAction, &QAction::triggered, this, &MainWindow::editWorkflow);
    // E-mail (issue 7): the team's SMTP settings, the templates and the outbox, for whoever has mail.admin.
    m_mailMenu = m_ui->adminMenu->addMenu(tr("&E-mail"));
    m_mailMenu->setObjectName(QStringLiteral("mailMenu"));
    connect(m_mailMenu->addAction(tr("&SMTP settings…")), &QAction::triggered, this, [this] {
        SmtpSettingsDialog dialog(*m_db, m_actor, this);
        dialog.exec();
    });
    connect(m_mailMenu->addAction(tr("E-mail &templates…")), &QAction::triggered, this, [this] {
        MailTemplateDialog dialog(*m_db, m_actor, this);
        dialog.exec();
    });
    connect(m_mailMenu->addAction(tr("&Outbox…")), &QAction::triggered, this, [this] {
        OutboxDialog dialog(*m_db, SystemClock::instance(), m_actor, this);
        dialog.exec();
    });
    m_ui->quitAction->setMenuRole(QAction::QuitRole);
    m_ui->aboutAction->setMenuRole(QAction::AboutRole);

    m_queuePanel = new QueuePanel(this);
    m_queuePanel->setObjectName(QStringLiteral("queuePanel"));
    m_ui->browseTabWidget->addTab(m_queuePanel, tr("&Queues"));
    auto* showQueuesAction = new QAction(tr("&Queues"), this);
    showQueuesAction->setObjectName(QStringLiteral("showQueuesAction"));
    showQueuesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    m_ui->viewMenu->insertAction(m_ui->findCustomerAction, showQueuesAction);
    connect(showQueuesAction, &QAction::triggered, this, &MainWindow::showQueues);
    m_dashboard = new DashboardWidget(this);
    m_dashboard->setObjectName(QStringLiteral("dashboard"));
    m_ui->browseTabWidget->addTab(m_dashboard, tr("&Dashboard"));
    auto* showDashboardAction = new QAction(tr("&Dashboard"), this);
    showDashboardAction->setObjectName(QStringLiteral("showDashboardAction"));
    showDashboardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    m_ui->viewMenu->insertAction(m_ui->findCustomerAction, showDashboardAction);
    connect(showDashboardAction, &QAction::triggered, this, &MainWindow::showDashboard);
    m_reminders = new ReminderDock(this);
    addDockWidget(Qt::RightDockWidgetArea, m_reminders);
    m_ui->viewMenu->insertAction(m_ui->findCustomerAction, m_reminders->toggleViewAction());
    m_onDuty = new OnDutyLabel(this);
    m_ui->statusBar->addPermanentWidget(m_onDuty);
    auto* rosterAction = new QAction(tr("On-call &roster…"), this);
    rosterAction->setObjectName(QStringLiteral("rosterAction"));
    m_ui->viewMenu->insertAction(m_ui->findCustomerAction, rosterAction);
    connect(rosterAction, &QAction::triggered, this, &MainWindow::editRoster);
    // A click on a bar shows its tickets in the queues.
    connect(m_dashboard, &DashboardWidget::openTickets, this, [this](const QueueFilter& filter) {
        showQueues();
        m_queuePanel->showFilter(filter);
    });

    keepSortIndicatorOnSortableColumns(m_ui->ticketsTableView, &TicketListModel::isSortable);
    keepSortIndicatorOnSortableColumns(m_ui->customersTableView, &CustomerListModel::isSortable);

    const QByteArray geometry = Settings().mainWindowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);

    attach(std::move(db));
    applyPermissions();
    // The leader's desk (queues, dashboard, reminders, roster) acts as the logged-in user too.
    if (m_actor.isValid())
        setDeskActor(m_actor);
}

MainWindow::~MainWindow() = default;

void MainWindow::attach(std::unique_ptr<Database> db) {
    // A search window searches one database as one user: another database closes it (Ctrl+B opens a new one).
    delete m_search.data();
    auto tickets = std::make_unique<TicketListModel>(*db);
    auto customers = std::make_unique<CustomerListModel>(*db);
    // LGPD: the list shows ***.456.789-** to a profile without personal_data.view.
    customers->setMaskDocuments(m_actor.isValid() && !m_actor.can(Permission::PersonalDataView));
    connect(tickets.get(), &TicketListModel::loadFailed, this, &MainWindow::showLoadError);
    connect(customers.get(), &CustomerListModel::loadFailed, this, &MainWindow::showLoadError);
    setViewModel(m_ui->ticketsTableView, tickets.get());
    setViewModel(m_ui->customersTableView, customers.get());
    // The views let go of the old models first, then the old models go, then the database they read.
    m_ticketModel = std::move(tickets);
    m_customerModel = std::move(customers);
    m_db = std::move(db);

    m_queuePanel->setDatabasePath(m_db->path());
    m_dashboard->setDatabasePath(m_db->path());
    m_reminders->setDatabasePath(m_db->path());
    m_onDuty->setDatabasePath(m_db->path());

    setUpTable(m_ui->ticketsTableView, m_ticketModel->sortColumn(), m_ticketModel->sortOrder());
    setUpTable(m_ui->customersTableView, m_customerModel->sortColumn(), m_customerModel->sortOrder());
    for (const QString& message : {m_ticketModel->lastError(), m_customerModel->lastError()}) {
        if (!message.isEmpty())
            showLoadError(message);
    }

    const QSignalBlocker blockSearch(m_ui->customerSearchLineEdit);
    m_ui->customerSearchLineEdit->clear();
    m_searchTimer->stop();
    fillStatusFilter();

    const QString nativePath = m_db->displayLocation(); // a server's address never shows its password
    setWindowTitle(
        QStringLiteral("Atende - %1").arg(m_db->isPostgres() ? nativePath : QFileInfo(m_db->path()).fileName()));
    m_databaseLabel->setText(tr("Database: %1").arg(nativePath));
    m_databaseLabel->setToolTip(nativePath);
    m_schemaLabel->setText(tr("Schema version %1").arg(m_db->schemaVersion()));
    startTicketCount();
    listenForChanges();
}

void MainWindow::listenForChanges() {
    m_changeListener.reset();
    m_serverLabel->setVisible(m_db->isPostgres());
    if (!m_db->isPostgres())
        return;
    m_changeListener = std::make_unique<ChangeListener>(m_db->path());
    connect(m_changeListener.get(), &ChangeListener::changed, this, &MainWindow::onChangeElsewhere);
    connect(m_changeListener.get(), &ChangeListener::connectedChanged, this, &MainWindow::showServerConnected);
    connect(m_changeListener.get(), &ChangeListener::resynced, this, [this] {
        // Back after the server restarted or the network returned: this window's own connection died with it.
        // Nothing typed is lost (open forms keep their fields); the lists are read again. Reconnecting here, on the
        // GUI thread, is quick: the listener has just reached the server (its own tries, which can wait for the
        // connect timeout, run in its thread).
        if (!m_db->isAlive()) {
            if (Status s = m_db->reconnect(); !s) {
                log::warn("could not reconnect to the server: {}", s.error().detail.toStdString());
                return;
            }
        }
        m_changeRefreshTimer->start();
    });
    showServerConnected(false);
    m_changeListener->start();
}

void MainWindow::showServerConnected(bool connected) {
    m_serverLabel->setText(connected ? tr("Server: connected") : tr("Server: no connection, reconnecting…"));
    m_serverLabel->setStyleSheet(connected ? QString()
                                           : QStringLiteral("QLabel { color: #b00020; font-weight: bold; }"));
}

void MainWindow::onChangeElsewhere(const ChangeEvent& event) {
    if (event.writerPid == m_db->backendPid())
        return; // this window's own write: its screens already show it
    if (event.kind == ChangeEvent::Kind::Ticket) {
        for (TicketWindow* window : findChildren<TicketWindow*>())
            window->noticeChangedElsewhere(event.id);
    }
    m_changeRefreshTimer->start();
}

void MainWindow::connectToServer() {
    ServerConnectionDialog dialog(this);
    if (m_db && m_db->isPostgres())
        dialog.setUrl(m_db->path());
    if (dialog.exec() != QDialog::Accepted)
        return;
    openDatabase(dialog.url());
}

void MainWindow::setUpTable(QTableView* view, int sortColumn, Qt::SortOrder order) {
    // Before sorting is (re)applied, so the view's sortByColumn() asks for the order the model already has.
    view->horizontalHeader()->setSortIndicator(sortColumn, order);
    view->setSortingEnabled(true);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->resizeColumnsToContents();
    QHeaderView* header = view->horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        if (header->sectionSize(column) > MaxFittedColumnWidth)
            header->resizeSection(column, MaxFittedColumnWidth);
    }
    if (view->model()->rowCount() > 0)
        view->setCurrentIndex(view->model()->index(0, 0));
}

void MainWindow::keepSortIndicatorOnSortableColumns(QTableView* view, bool (*isSortable)(int)) {
    // A click on a column without an index leaves the list as it is (the model ignores it); put the indicator
    // back where the order really is instead of pretending.
    QHeaderView* header = view->horizontalHeader();
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, view, header, isSortable](int column) {
        if (isSortable(column))
            return;
        if (view == m_ui->ticketsTableView && m_ticketModel)
            header->setSortIndicator(m_ticketModel->sortColumn(), m_ticketModel->sortOrder());
        else if (view == m_ui->customersTableView && m_customerModel)
            header->setSortIndicator(m_customerModel->sortColumn(), m_customerModel->sortOrder());
    });
}

void MainWindow::fillStatusFilter() {
    const QSignalBlocker block(m_ui->statusFilterComboBox);
    QComboBox* combo = m_ui->statusFilterComboBox;
    combo->clear();
    combo->addItem(tr("All statuses"));
    auto statuses = WorkflowStatusQuery(*m_db).all();
    if (!statuses) {
        showLoadError(statuses.error().userMessage);
        return;
    }
    for (const WorkflowStatusQuery::Row& status : *statuses)
        combo->addItem(status.name, status.id);
    combo->setCurrentIndex(0);
}

void MainWindow::applyStatusFilter() {
    const QVariant id = m_ui->statusFilterComboBox->currentData();
    m_ticketModel->setStatusFilter(id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt);
    startTicketCount();
}

void MainWindow::applyCustomerSearch() {
    m_searchTimer->stop();
    m_customerModel->setSearchText(m_ui->customerSearchLineEdit->text());
}

void MainWindow::showTickets() {
    m_ui->browseTabWidget->setCurrentWidget(m_ui->ticketsTab);
    m_ui->ticketsTableView->setFocus();
}

void MainWindow::showCustomers() {
    m_ui->browseTabWidget->setCurrentWidget(m_ui->customersTab);
    m_ui->customersTableView->setFocus();
}

void MainWindow::showQueues() {
    m_ui->browseTabWidget->setCurrentWidget(m_queuePanel);
    m_queuePanel->setFocus();
}

void MainWindow::showDashboard() {
    m_ui->browseTabWidget->setCurrentWidget(m_dashboard);
    m_dashboard->setFocus();
    if (m_dashboard->figures().volume.isEmpty() && m_dashboard->figures().backlog.isEmpty())
        m_dashboard->update();
}

void MainWindow::setDeskActor(const Actor& actor) {
    m_queuePanel->setActor(actor);
    m_dashboard->setActor(actor);
    m_reminders->setActor(actor);
    m_deskActor = std::make_unique<Actor>(actor);
}

void MainWindow::editRoster() {
    RosterDialog dialog(*m_db, m_deskActor ? *m_deskActor : Actor(), this);
    dialog.exec();
    m_onDuty->refresh();
}

void MainWindow::findCustomer() {
    m_ui->browseTabWidget->setCurrentWidget(m_ui->customersTab);
    m_ui->customerSearchLineEdit->setFocus();
    m_ui->customerSearchLineEdit->selectAll();
}

void MainWindow::refresh() {
    m_ticketModel->reload();
    m_customerModel->reload();
    m_queuePanel->refresh();
    m_reminders->refresh();
    m_onDuty->refresh();
    startTicketCount();
}

bool MainWindow::openDatabase(const QString& path) {
    Database::Options options;
    options.createIfMissing = false;
    auto db = Database::open(path, options);
    if (!db) {
        log::warn("could not open a database: {}", db.error().detail.toStdString());
        MessageBoxes::critical(this, tr("Open database"), db.error().userMessage);
        return false;
    }
    if (m_actor.isValid()) {
        // Users belong to a database: the one logged in here means nothing in the other file, so whoever opens it
        // logs in there (or creates its first administrator) before seeing anything.
        auto actor = logInTo(**db);
        if (!actor)
            return false;
        m_actor = *actor;
    }
    attach(std::move(db).value());
    applyPermissions();
    if (m_actor.isValid())
        setDeskActor(m_actor);
    Settings settings;
    settings.setDatabasePath(m_db->isPostgres() ? ServerLocation::withoutPassword(m_db->path()) : m_db->path());
    return true;
}

std::optional<Actor> MainWindow::logInTo(Database& db) {
    UserService users(db, SystemClock::instance());
    auto needsAdministrator = users.needsFirstAdministrator();
    if (!needsAdministrator) {
        MessageBoxes::critical(this, tr("Open database"), needsAdministrator.error().userMessage);
        return std::nullopt;
    }
    if (*needsAdministrator) {
        FirstRunDialog dialog(db.path(), this);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.actor();
    }
    LoginDialog dialog(db.path(), this);
    dialog.setLogin(m_actor.login());
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.actor();
}

void MainWindow::chooseDatabase() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), QFileInfo(m_db->path()).absolutePath(),
                                                      tr("Atende databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::showAbout() {
    MessageBoxes::information(this, tr("About Atende"),
                              tr("Atende %1\n\nHelpdesk for Brazilian support and contact-center teams.")
                                  .arg(QStringLiteral(ATENDE_VERSION)));
}

void MainWindow::startTicketCount() {
    m_ticketCountLabel->setText(tr("Counting tickets…"));
    m_counter->start(m_db->path(), m_ticketModel->filter());
}

void MainWindow::showTicketCount(const TicketCounter::Counts& counts) {
    const int total = int(std::min<qint64>(counts.total, INT_MAX));
    if (m_ticketModel->filter() == TicketListFilter{})
        m_ticketCountLabel->setText(tr("%Ln ticket(s)", nullptr, total));
    else
        m_ticketCountLabel->setText(tr("%1 of %Ln ticket(s)", nullptr, total).arg(QLocale().toString(counts.filtered)));
    m_ticketCountLabel->setToolTip({});
    emit ticketCountShown();
}

void MainWindow::showTicketCountFailure(const QString& userMessage) {
    m_ticketCountLabel->setText(tr("Tickets not counted"));
    m_ticketCountLabel->setToolTip(userMessage);
    emit ticketCountShown();
}

void MainWindow::showLoadError(const QString& userMessage) {
    constexpr int ShowForMs = 15000;
    m_ui->statusBar->showMessage(userMessage, ShowForMs);
}

void MainWindow::applyPermissions() {
    if (m_actor.isValid()) {
        m_userLabel->setText(tr("User: %1 (%2)").arg(m_actor.name(), m_actor.login()));
        m_userLabel->setVisible(true);
    } else {
        m_userLabel->setVisible(false);
    }
    // The GUI hides what the profile does not allow; core refuses it anyway.
    const bool logged = m_actor.isValid();
    m_ui->searchCustomersAction->setVisible(logged && m_actor.can(Permission::CustomerView));
    m_ui->newCustomerAction->setVisible(logged && m_actor.can(Permission::CustomerEdit));
    m_ui->customersMenu->menuAction()->setVisible(logged && m_actor.can(Permission::CustomerView));
    m_ui->accessProfilesAction->setVisible(logged && m_actor.can(Permission::ProfileAdmin));
    m_ui->auditHistoryAction->setVisible(logged && m_actor.can(Permission::AuditView));
    m_ui->usersAction->setVisible(logged && m_actor.can(Permission::UserAdmin));
    m_ui->mergeCustomersAction->setVisible(logged && m_actor.can(Permission::CustomerMerge));
    m_ui->importCustomersAction->setVisible(logged && m_actor.can(Permission::CustomerEdit));
    m_ui->exportCustomersAction->setVisible(logged && m_actor.can(Permission::CustomerView));
    const bool settingsAdmin = logged && m_actor.can(Permission::SettingsAdmin);
    m_ui->attendanceTypesAction->setVisible(settingsAdmin);
    m_ui->knowledgeBaseAction->setVisible(settingsAdmin);
    m_ui->directoryAction->setVisible(settingsAdmin);
    m_workflowAction->setVisible(logged && m_actor.can(Permission::WorkflowAdmin));
    m_mailMenu->menuAction()->setVisible(logged && m_actor.can(Permission::MailAdmin));
    m_openByProtocolAction->setVisible(logged && m_actor.can(Permission::TicketView));
    m_searchAction->setVisible(logged &&
                               (m_actor.can(Permission::TicketView) || m_actor.can(Permission::CustomerView)));
    m_ui->adminMenu->menuAction()->setVisible(
        logged && (m_actor.can(Permission::ProfileAdmin) || m_actor.can(Permission::UserAdmin) ||
                   m_actor.can(Permission::AuditView) || m_actor.can(Permission::WorkflowAdmin) || settingsAdmin ||
                   m_actor.can(Permission::MailAdmin)));
    m_ui->changePasswordAction->setVisible(logged);
    m_newCallAction->setVisible(logged && m_actor.can(Permission::CallRun));
}

void MainWindow::searchCustomers() {
    CustomerSearchDialog dialog(*m_db, m_actor, this);
    dialog.exec();
    m_customerModel->reload();
}

void MainWindow::openCustomer(qint64 customerId) {
    if (!m_actor.isValid())
        return;
    CustomerSearchDialog dialog(*m_db, m_actor, this);
    dialog.showCustomer(customerId);
    dialog.exec();
    m_customerModel->reload();
}

SearchWindow* MainWindow::openSearch() {
    // A window of another user or database would search as them: it goes, and a new one comes.
    if (m_search && (m_search->actorId() != m_actor.userId() || m_search->property("location") != m_db->path()))
        delete m_search.data();
    if (!m_search) {
        auto* search = new SearchWindow(m_db->path(), m_actor, this);
        search->setProperty("location", m_db->path());
        search->resize(760, 640);
        connect(search, &SearchWindow::openTicket, this, [this](qint64 id) { openTicket(id); });
        connect(search, &SearchWindow::openCustomer, this, &MainWindow::openCustomer);
        m_search = search;
    }
    m_search->show();
    m_search->raise();
    m_search->activateWindow();
    m_search->focusSearch();
    return m_search;
}

CallWidget* MainWindow::openCall() {
    if (m_call) {
        m_call->raise();
        m_call->activateWindow();
        return m_call;
    }
    auto* call = new CallWidget(*m_db, m_actor, SystemClock::instance(), Settings().workstationCode(), this);
    call->setWindowFlag(Qt::Window);
    call->setAttribute(Qt::WA_DeleteOnClose);
    call->resize(1200, 800);
    m_call = call;
    connect(call, &CallWidget::concluded, this, [this] { refresh(); });
    connect(call, &CallWidget::cancelled, call, &QWidget::close);
    call->show();
    // A call that cannot start (no protocol could be reserved) says why; the window stays for another try.
    if (Status started = call->start(); !started)
        MessageBoxes::warning(call, tr("New call"), started.error().userMessage);
    return call;
}

void MainWindow::newCustomer() {
    CustomerEditorDialog dialog(*m_db, m_actor, this);
    if (dialog.exec() == QDialog::Accepted)
        m_customerModel->reload();
}

void MainWindow::editAccessProfiles() {
    AccessProfileEditorDialog dialog(*m_db, m_actor, this);
    dialog.exec();
}

void MainWindow::administerUsers() {
    UsersAdminDialog dialog(*m_db, m_actor, this);
    dialog.exec();
}

void MainWindow::showAuditHistory() {
    AuditHistoryDialog dialog(*m_db, m_actor, AuditHistoryFilter{}, this);
    dialog.exec();
}

void MainWindow::changePassword() {
    ChangePasswordDialog dialog(m_db->path(), m_actor, this);
    dialog.exec();
}

void MainWindow::mergeCustomers() {
    CustomerMergeDialog dialog(*m_db, m_actor, 0, this);
    if (dialog.exec() == QDialog::Accepted)
        m_customerModel->reload();
}

void MainWindow::importCustomers() {
    CustomerCsvImportDialog dialog(*m_db, m_actor, this);
    if (dialog.exec() == QDialog::Accepted)
        m_customerModel->reload();
}

void MainWindow::exportCustomers() {
    CustomerExports::chooseAndExportCsv(this, *m_db, m_actor);
}

void MainWindow::editAttendanceTypes() {
    AttendanceTypesDialog dialog(*m_db, m_actor, this);
    dialog.exec();
}

void MainWindow::editKnowledgeBase() {
    KnowledgeAdminDialog dialog(*m_db, m_actor, this);
    dialog.exec();
}

void MainWindow::editDirectory() {
    DirectoryDialog dialog(*m_db, m_actor, this);
    dialog.exec();
}

bool MainWindow::openTicket(qint64 ticketId) {
    if (!m_actor.isValid())
        return false;
    // Non-modal: an agent keeps several tickets open beside the lists. The list is read again when one closes.
    auto* window = new TicketWindow(*m_db, m_actor, ticketId, this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    if (!window->isLoaded()) {
        delete window;
        return false;
    }
    connect(window, &QDialog::finished, this, [this] { m_ticketModel->reload(); });
    connect(window, &TicketWindow::ticketCloned, this, [this](qint64 id) { openTicket(id); });
    window->show();
    return true;
}

bool MainWindow::openTicketByProtocol(const QString& protocol) {
    auto details = TicketService(*m_db, SystemClock::instance()).getByProtocol(m_actor, protocol.trimmed());
    if (!details) {
        MessageBoxes::warning(this, tr("Open ticket"), details.error().userMessage);
        return false;
    }
    return openTicket(details->ticket.id);
}

void MainWindow::askProtocolAndOpen() {
    bool ok = false;
    const QString protocol =
        QInputDialog::getText(this, tr("Open ticket"), tr("Protocol:"), QLineEdit::Normal, QString(), &ok);
    if (ok && !protocol.trimmed().isEmpty())
        openTicketByProtocol(protocol);
}

void MainWindow::editWorkflow() {
    WorkflowEditorDialog dialog(*m_db, m_actor, this);
    dialog.exec();
    fillStatusFilter();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    Settings settings;
    settings.setMainWindowGeometry(saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace atende
