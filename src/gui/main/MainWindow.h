#pragma once

#include "auth/Actor.h"
#include "main/TicketCounter.h"
#include "sync/ChangeListener.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QMenu;
class QTableView;
class QTimer;

namespace Ui {
class MainWindow;
}

namespace atende {

class CallWidget;
class SearchWindow;
class CustomerListModel;
class Actor;
class DashboardWidget;
class Database;
class OnDutyLabel;
class QueuePanel;
class ReminderDock;
class TicketListModel;

// The browse window: tickets and customers on lazy keyset models, a status filter, a customer search, and a
// status bar with the database file, its schema version and the ticket count (counted on a worker thread).
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // `actor` is the logged-in user: shown in the status bar; menu entries its profile does not allow are hidden
    // (core refuses them anyway). Without an actor (window tests of the browse lists) nothing is hidden or masked
    // by the window, and every service call is refused by core.
    explicit MainWindow(std::unique_ptr<Database> db, Actor actor = Actor(), QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens another database (migrating it, with a backup first). With a logged-in user, the new database asks
    // for its own login first. On failure or cancel the reason goes through MessageBoxes, the current database
    // stays open and false is returned.
    bool openDatabase(const QString& path);

    Database& database() const { return *m_db; }
    const Actor& actor() const { return m_actor; }
    TicketListModel* ticketModel() const { return m_ticketModel.get(); }
    CustomerListModel* customerModel() const { return m_customerModel.get(); }

    void showTickets();
    void showCustomers();
    // "New call" (F2 or Ctrl+Shift+N): the call screen in its own window; the one already open when there is one.
    CallWidget* openCall();
    QAction* newCallAction() const { return m_newCallAction; }
    // The leader's queues (a tab with its own connection to the same file).
    void showQueues();
    QueuePanel* queuePanel() const { return m_queuePanel; }
    // The leader's dashboard (a tab; computes with its own connection).
    void showDashboard();
    DashboardWidget* dashboard() const { return m_dashboard; }
    ReminderDock* reminders() const { return m_reminders; }
    OnDutyLabel* onDutyLabel() const { return m_onDuty; }
    // The on-call roster editor (roster.edit to change it).
    void editRoster();
    // "Search everything" (Ctrl+B): the search window, the one already open when there is one (for this user and
    // database), with the cursor in its box.
    SearchWindow* openSearch();
    // Who uses the leader's desk (queues' saved filters, "my tickets", the dashboard's report.view).
    void setDeskActor(const Actor& actor);
    // Reads the lists and the count again.
    void refresh();
    // Opens the ticket screen (non-modal) for a ticket / the ticket with this protocol; false when there is none
    // (the reason is shown).
    bool openTicket(qint64 ticketId);
    bool openTicketByProtocol(const QString& protocol);

    // True while the ticket count of the status bar is still being computed.
    bool isCounting() const { return m_counter->isRunning(); }

signals:
    // The status bar shows a fresh ticket count (or why it could not be counted).
    void ticketCountShown();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void attach(std::unique_ptr<Database> db);
    // Team mode: starts hearing the server's change notices (nothing on an SQLite file).
    void listenForChanges();
    void onChangeElsewhere(const ChangeEvent& event);
    void showServerConnected(bool connected);
    void connectToServer();
    void setUpTable(QTableView* view, int sortColumn, Qt::SortOrder order);
    void keepSortIndicatorOnSortableColumns(QTableView* view, bool (*isSortable)(int));
    void fillStatusFilter();
    void applyStatusFilter();
    void applyCustomerSearch();
    void chooseDatabase();
    void showAbout();
    void findCustomer();
    void startTicketCount();
    void showTicketCount(const TicketCounter::Counts& counts);
    void showTicketCountFailure(const QString& userMessage);
    void showLoadError(const QString& userMessage);
    void applyPermissions();
    // Login (or first administrator) on another database; nothing when cancelled or refused.
    std::optional<Actor> logInTo(Database& db);
    void searchCustomers();
    void openCustomer(qint64 customerId);
    void newCustomer();
    void editAccessProfiles();
    void administerUsers();
    void showAuditHistory();
    void changePassword();
    void mergeCustomers();
    void importCustomers();
    void exportCustomers();
    void editAttendanceTypes();
    void editKnowledgeBase();
    void editDirectory();
    void askProtocolAndOpen();
    void editWorkflow();

    std::unique_ptr<Ui::MainWindow> m_ui;
    QAction* m_newCallAction = nullptr;
    QPointer<CallWidget> m_call;
    QPointer<SearchWindow> m_search;
    Actor m_actor;
    // Declared before the models: members die in reverse order, and the models read through the database.
    std::unique_ptr<Database> m_db;
    std::unique_ptr<TicketListModel> m_ticketModel;
    std::unique_ptr<CustomerListModel> m_customerModel;
    TicketCounter* m_counter = nullptr;
    QTimer* m_searchTimer = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_schemaLabel = nullptr;
    QLabel* m_ticketCountLabel = nullptr;
    QLabel* m_userLabel = nullptr;
    // Team mode: hears the other workstations' writes; the label says whether the server is reachable.
    std::unique_ptr<ChangeListener> m_changeListener;
    QLabel* m_serverLabel = nullptr;
    QTimer* m_changeRefreshTimer = nullptr;
    QueuePanel* m_queuePanel = nullptr;
    DashboardWidget* m_dashboard = nullptr;
    ReminderDock* m_reminders = nullptr;
    OnDutyLabel* m_onDuty = nullptr;
    std::unique_ptr<Actor> m_deskActor;
    QAction* m_openByProtocolAction = nullptr;
    QAction* m_searchAction = nullptr;
    QAction* m_workflowAction = nullptr;
    QMenu* m_mailMenu = nullptr;
};

} // namespace atende
