#pragma once

#include "attendance/AttendanceType.h"
#include "auth/Actor.h"
#include "customers/CustomerCard.h"
#include "tickets/ContactRecord.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace atende {

class AttendanceFormWidget;
class CallDraftStore;
class Clock;
class CustomerCardWidget;
class Database;
class KnowledgePanel;

// The call screen (F-01..F-15, F-33): one window the agent drives from the keyboard through the stages of a phone
// call — greeting with the protocol reserved at once, identification with the customer card, the finance and
// partner reminders, an existing ticket, the attendance type and its form, and the conclusion that saves it all
// in one transaction (CallConclusion). Enter advances, Esc goes back, Alt+1..Alt+7 jump to a stage; each stage
// shows what to say and what to ask. The call timer is always visible; every change is saved as a draft within a
// second (CallDraftStore), so a crash loses nothing and the next start offers to resume.
class CallWidget : public QWidget {
    Q_OBJECT

public:
    enum class Stage { Greeting, Identification, Finance, ExistingTicket, AttendanceType, Form, Conclude };
    static constexpr int StageCount = 7;
    static constexpr int DraftDelayMs = 300; // debounce: well within the second F-15 allows

    CallWidget(Database& db, Actor actor, const Clock& clock, QString workstationCode, QWidget* parent = nullptr);
    ~CallWidget() override;

    // Starts the call: when a draft of an unfinished call exists, offers to resume it (MessageBoxes question); a
    // refused offer ends that contact. Otherwise reserves a new protocol. Failures are shown and returned.
    Status start();

    Stage stage() const { return m_stage; }
    void goTo(Stage stage);
    // Enter: the stage's action (look up, confirm, choose, validate) or the next stage.
    void advance();
    // Esc: the previous stage.
    void back();
    // Saves the call (Ctrl+Enter at any stage; Enter on the last one). Refusals are shown and returned.
    Status conclude();
    // Ends the call without a ticket ("cancelled" summary) and drops the draft.
    Status cancelCall();

    QString protocol() const { return m_contact.protocol; }
    qint64 contactRecordId() const { return m_contact.id; }
    std::optional<qint64> customerId() const { return m_customerId; }
    std::optional<qint64> selectedTicketId() const { return m_ticketId; }
    QString messageText() const;
    bool isFinished() const { return m_finished; }
    // Whether start() offered (and the agent accepted) a draft.
    bool resumedFromDraft() const { return m_resumed; }
    qint64 startedAt() const { return m_startedAt; }

    static QString stageCode(Stage stage);
    static std::optional<Stage> stageFromCode(const QString& code);
    static QString stageTitle(Stage stage);

signals:
    void stageChanged(atende::CallWidget::Stage stage);
    void draftSaved();
    void concluded(const QString& protocol, std::optional<qint64> ticketId);
    void cancelled();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QWidget* buildPage(Stage stage, QWidget* content);
    void buildGreeting();
    void buildIdentification();
    void buildFinance();
    void buildExistingTicket();
    void buildAttendanceType();
    void buildForm();
    void buildConclude();
    void buildShortcuts();

    void showMessage(const QString& text, bool error = true);
    void clearMessage();
    void refreshStageBar();
    void refreshTimer();
    void refreshConclude();
    bool stageApplies(Stage stage) const;

    void lookUpCustomer();
    void pickMatch();
    void showCustomer(qint64 customerId);
    void editCustomer();
    void fillFinance();
    void confirmDebt();
    void findTicketByProtocol();
    void fillOpenTickets();
    void selectTicket(qint64 ticketId);
    void addContactedInteraction();
    void fillTypes();
    bool chooseType();
    void insertReply(const QString& text);

    void scheduleDraft();
    void saveDraft();
    void restore(const QJsonObject& payload, const QString& stage, std::optional<qint64> customerId);

    Database& m_db;
    Actor m_actor;
    const Clock& m_clock;
    QString m_workstation;
    std::unique_ptr<CallDraftStore> m_drafts;

    Stage m_stage = Stage::Greeting;
    ContactRecord m_contact;
    qint64 m_startedAt = 0;
    int m_ticketAfterSeconds = 300;
    std::optional<qint64> m_customerId;
    CustomerCard m_card;
    QString m_lastLookup;
    bool m_debtConfirmed = false;
    std::optional<qint64> m_ticketId;
    QString m_lastTicketSearch;
    bool m_contactedAdded = false;
    QList<AttendanceType> m_types;
    std::optional<qint64> m_typeId; // chosen type; 0: a quick question without ticket
    bool m_finished = false;
    bool m_resumed = false;
    bool m_restoring = false;

    QLabel* m_protocolLabel = nullptr;
    QLabel* m_timerLabel = nullptr;
    QLabel* m_stageBar = nullptr;
    QLabel* m_messageLabel = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_greetingLabel = nullptr;
    QLabel* m_bigProtocolLabel = nullptr;
    QLineEdit* m_identifyEdit = nullptr;
    QListWidget* m_matchList = nullptr;
    QLabel* m_identifyStatus = nullptr;
    CustomerCardWidget* m_cardWidget = nullptr;
    QLabel* m_debtLabel = nullptr;
    QLabel* m_transferLabel = nullptr;
    QLabel* m_partnerLabel = nullptr;
    QLabel* m_licenceLabel = nullptr;
    QLineEdit* m_ticketProtocolEdit = nullptr;
    QListWidget* m_openTickets = nullptr;
    QLabel* m_ticketInfo = nullptr;
    QListWidget* m_typeList = nullptr;
    QLabel* m_formTitle = nullptr;
    AttendanceFormWidget* m_form = nullptr;
    QPlainTextEdit* m_notesEdit = nullptr;
    QLabel* m_concludeSummary = nullptr;
    KnowledgePanel* m_knowledge = nullptr;
    QTimer* m_draftTimer = nullptr;
    QTimer* m_clockTimer = nullptr;
};

} // namespace atende
