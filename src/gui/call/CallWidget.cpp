#include "call/CallWidget.h"

#include "attendance/AttendanceFormWidget.h"
#include "attendance/AttendanceTypeService.h"
#include "call/CallConclusion.h"
#include "call/CallContext.h"
#include "call/CallDraftStore.h"
#include "call/CallGreeting.h"
#include "call/LanguageAssist.h"
#include "common/MessageBoxes.h"
#include "customers/CustomerCardLoader.h"
#include "customers/CustomerCardWidget.h"
#include "customers/CustomerEditorDialog.h"
#include "customers/CustomerLookup.h"
#include "customers/CustomerService.h"
#include "directory/DirectoryService.h"
#include "knowledge/KnowledgePanel.h"
#include "storage/Database.h"
#include "tickets/ProtocolService.h"
#include "tickets/TicketService.h"
#include "util/Clock.h"

#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace atende {

namespace {

// Payload keys of the draft (F-15).
const QString KeyContact = QStringLiteral("contactRecordId");
const QString KeyIdentify = QStringLiteral("identify");
const QString KeyDebt = QStringLiteral("debtConfirmed");
const QString KeyTicketSearch = QStringLiteral("ticketProtocol");
const QString KeyTicket = QStringLiteral("ticketId");
const QString KeyContacted = QStringLiteral("contactedAdded");
const QString KeyType = QStringLiteral("typeId");
const QString KeyAnswers = QStringLiteral("answers");
const QString KeyNotes = QStringLiteral("notes");

QLabel* wrapped(const QString& text, const QString& name) {
    auto* label = new QLabel(text);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

CallWidget::CallWidget(Database& db, Actor actor, const Clock& clock, QString workstationCode, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_actor(std::move(actor))
    , m_clock(clock)
    , m_workstation(std::move(workstationCode))
    , m_drafts(std::make_unique<CallDraftStore>(db, clock, m_workstation)) {
    setObjectName(QStringLiteral("CallWidget"));
    setWindowTitle(tr("Phone call"));
    m_ticketAfterSeconds = CallConclusion(m_db, m_clock, m_workstation).ticketRequiredAfterSeconds();

    auto* layout = new QVBoxLayout(this);
    auto* header = new QHBoxLayout;
    m_protocolLabel = new QLabel;
    m_protocolLabel->setObjectName(QStringLiteral("protocolLabel"));
    m_protocolLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_protocolLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_protocolLabel->setFont(big);
    m_timerLabel = new QLabel;
    m_timerLabel->setObjectName(QStringLiteral("timerLabel"));
    m_timerLabel->setFont(big);
    header->addWidget(m_protocolLabel);
    header->addStretch();
    header->addWidget(m_timerLabel);
    layout->addLayout(header);

    m_stageBar = new QLabel;
    m_stageBar->setObjectName(QStringLiteral("stageBar"));
    m_stageBar->setTextFormat(Qt::RichText);
    m_stageBar->setWordWrap(true);
    layout->addWidget(m_stageBar);

    auto* splitter = new QSplitter(Qt::Horizontal);
    m_pages = new QStackedWidget;
    m_pages->setObjectName(QStringLiteral("stagePages"));
    splitter->addWidget(m_pages);
    m_knowledge = new KnowledgePanel;
    m_knowledge->setObjectName(QStringLiteral("knowledgePanel"));
    m_knowledge->setDatabase(&m_db, m_actor);
    splitter->addWidget(m_knowledge);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({900, 320});
    layout->addWidget(splitter, 1);

    m_messageLabel = wrapped(QString(), QStringLiteral("messageLabel"));
    m_messageLabel->hide();
    layout->addWidget(m_messageLabel);

    auto* footer = new QHBoxLayout;
    auto* backButton = new QPushButton(tr("Back (Esc)"));
    backButton->setObjectName(QStringLiteral("backButton"));
    auto* nextButton = new QPushButton(tr("Next (Enter)"));
    nextButton->setObjectName(QStringLiteral("nextButton"));
    auto* concludeButton = new QPushButton(tr("Conclude (Ctrl+Enter)"));
    concludeButton->setObjectName(QStringLiteral("concludeButton"));
    auto* cancelButton = new QPushButton(tr("Cancel call (Ctrl+Shift+X)"));
    cancelButton->setObjectName(QStringLiteral("cancelButton"));
    // The buttons are for the mouse; the keyboard has its shortcuts, so Tab stays within the stage's fields.
    for (QPushButton* b : {backButton, nextButton, concludeButton, cancelButton}) {
        b->setFocusPolicy(Qt::NoFocus);
        b->setAutoDefault(false);
    }
    connect(backButton, &QPushButton::clicked, this, &CallWidget::back);
    connect(nextButton, &QPushButton::clicked, this, &CallWidget::advance);
    connect(concludeButton, &QPushButton::clicked, this, [this] { (void)conclude(); });
    connect(cancelButton, &QPushButton::clicked, this, [this] { (void)cancelCall(); });
    footer->addWidget(cancelButton);
    footer->addStretch();
    footer->addWidget(backButton);
    footer->addWidget(nextButton);
    footer->addWidget(concludeButton);
    layout->addLayout(footer);

    buildGreeting();
    buildIdentification();
    buildFinance();
    buildExistingTicket();
    buildAttendanceType();
    buildForm();
    buildConclude();
    buildShortcuts();

    connect(m_knowledge, &KnowledgePanel::useAsReply, this, &CallWidget::insertReply);

    m_draftTimer = new QTimer(this);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(DraftDelayMs);
    connect(m_draftTimer, &QTimer::timeout, this, &CallWidget::saveDraft);
    m_clockTimer = new QTimer(this);
    m_clockTimer->setInterval(1000);
    connect(m_clockTimer, &QTimer::timeout, this, &CallWidget::refreshTimer);
    refreshStageBar();
}

CallWidget::~CallWidget() = default;

QString CallWidget::stageCode(Stage stage) {
    switch (stage) {
    case Stage::Greeting:
        return QStringLiteral("greeting");
    case Stage::Identification:
        return QStringLiteral("identification");
    case Stage::Finance:
        return QStringLiteral("finance");
    case Stage::ExistingTicket:
        return QStringLiteral("ticket");
    case Stage::AttendanceType:
        return QStringLiteral("type");
    case Stage::Form:
        return QStringLiteral("form");
    case Stage::Conclude:
        return QStringLiteral("conclude");
    }
    return {};
}

std::optional<CallWidget::Stage> CallWidget::stageFromCode(const QString& code) {
    for (int i = 0; i < StageCount; ++i) {
        if (stageCode(Stage(i)) == code)
            return Stage(i);
    }
    return std::nullopt;
}

QString CallWidget::stageTitle(Stage stage) {
    switch (stage) {
    case Stage::Greeting:
        return tr("Greeting");
    case Stage::Identification:
        return tr("Identification");
    case Stage::Finance:
        return tr("Finance and partner");
    case Stage::ExistingTicket:
        return tr("Existing ticket");
    case Stage::AttendanceType:
        return tr("Attendance type");
    case Stage::Form:
        return tr("Form");
    case Stage::Conclude:
        return tr("Conclude");
    }
    return {};
}

QWidget* CallWidget::buildPage(Stage stage, QWidget* content) {
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("page_%1").arg(stageCode(stage)));
    auto* layout = new QVBoxLayout(page);
    auto* title = new QLabel(QStringLiteral("%1. %2").arg(int(stage) + 1).arg(stageTitle(stage)));
    QFont f = title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.25);
    title->setFont(f);
    layout->addWidget(title);
    layout->addWidget(content, 1);
    m_pages->addWidget(page);
    return page;
}

// A "what to say / what to ask" box of a stage: the script lines the agent reads.
static QLabel* scriptBox(const QString& say, const QString& ask, const QString& name) {
    QString text;
    if (!say.isEmpty())
        text += CallWidget::tr("Say: %1").arg(say);
    if (!ask.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + CallWidget::tr("Ask: %1").arg(ask);
    QLabel* label = wrapped(text, name);
    label->setFrameShape(QFrame::StyledPanel);
    label->setStyleSheet(QStringLiteral("QLabel { background: #eef5ff; padding: 6px; }"));
    return label;
}

void CallWidget::buildGreeting() {
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    m_greetingLabel = wrapped(QString(), QStringLiteral("greetingLabel"));
    QFont f = m_greetingLabel->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    m_greetingLabel->setFont(f);
    m_greetingLabel->setFrameShape(QFrame::StyledPanel);
    m_greetingLabel->setStyleSheet(QStringLiteral("QLabel { background: #eef5ff; padding: 8px; }"));
    layout->addWidget(new QLabel(tr("Say:")));
    layout->addWidget(m_greetingLabel);
    layout->addWidget(new QLabel(tr("Protocol of this call (say it now, digit by digit):")));
    m_bigProtocolLabel = new QLabel;
    m_bigProtocolLabel->setObjectName(QStringLiteral("bigProtocolLabel"));
    m_bigProtocolLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont p = m_bigProtocolLabel->font();
    p.setPointSizeF(p.pointSizeF() * 2.6);
    p.setBold(true);
    m_bigProtocolLabel->setFont(p);
    layout->addWidget(m_bigProtocolLabel);
    layout->addWidget(scriptBox(tr("\"Your protocol number is ...\" (read it slowly)."),
                                tr("What is the reason for your call?"), QStringLiteral("scriptGreeting")));
    layout->addStretch();
    buildPage(Stage::Greeting, content);
}

void CallWidget::buildIdentification() {
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(scriptBox(tr("\"To help you, I need to identify you.\""),
                                tr("What is your CPF or CNPJ? (or customer code, name, phone)"),
                                QStringLiteral("scriptIdentification")));
    m_identifyEdit = new QLineEdit;
    m_identifyEdit->setObjectName(QStringLiteral("identifyEdit"));
    m_identifyEdit->setPlaceholderText(tr("CPF, CNPJ, customer code, name, phone or e-mail — Enter searches"));
    m_identifyEdit->setClearButtonEnabled(true);
    layout->addWidget(m_identifyEdit);
    m_identifyStatus = wrapped(QString(), QStringLiteral("identifyStatus"));
    layout->addWidget(m_identifyStatus);
    m_matchList = new QListWidget;
    m_matchList->setObjectName(QStringLiteral("matchList"));
    m_matchList->setMaximumHeight(140);
    m_matchList->hide();
    layout->addWidget(m_matchList);
    m_cardWidget = new CustomerCardWidget;
    m_cardWidget->setObjectName(QStringLiteral("customerCard"));
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_cardWidget);
    scroll->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(scroll, 1);
    auto* hint = new QLabel(tr("F4: register the customer (not found) or update the customer's data"));
    hint->setObjectName(QStringLiteral("identifyHint"));
    layout->addWidget(hint);
    connect(m_identifyEdit, &QLineEdit::textChanged, this, &CallWidget::scheduleDraft);
    buildPage(Stage::Identification, content);
}

void CallWidget::buildFinance() {
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    m_debtLabel = wrapped(QString(), QStringLiteral("debtLabel"));
    m_debtLabel->setStyleSheet(QStringLiteral("QLabel { color: #a00; font-weight: bold; }"));
    layout->addWidget(m_debtLabel);
    m_transferLabel = wrapped(QString(), QStringLiteral("transferLabel"));
    m_transferLabel->setFrameShape(QFrame::StyledPanel);
    m_transferLabel->setStyleSheet(QStringLiteral("QLabel { background: #fff4e5; padding: 6px; }"));
    layout->addWidget(m_transferLabel);
    m_licenceLabel = wrapped(QString(), QStringLiteral("licenceLabel"));
    m_licenceLabel->setStyleSheet(QStringLiteral("QLabel { color: #a00; }"));
    layout->addWidget(m_licenceLabel);
    m_partnerLabel = wrapped(QString(), QStringLiteral("partnerLabel"));
    m_partnerLabel->setFrameShape(QFrame::StyledPanel);
    layout->addWidget(m_partnerLabel);
    layout->addStretch();
    buildPage(Stage::Finance, content);
}

void CallWidget::buildExistingTicket() {
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(scriptBox(QString(), tr("Are you calling about a ticket already open? Do you have its protocol?"),
                                QStringLiteral("scriptTicket")));
    m_ticketProtocolEdit = new QLineEdit;
    m_ticketProtocolEdit->setObjectName(QStringLiteral("ticketProtocolEdit"));
    m_ticketProtocolEdit->setPlaceholderText(tr("Protocol of the ticket — Enter searches; empty: Enter goes on"));
    layout->addWidget(m_ticketProtocolEdit);
    layout->addWidget(new QLabel(tr("Open tickets of the customer (Enter selects):")));
    m_openTickets = new QListWidget;
    m_openTickets->setObjectName(QStringLiteral("openTicketsList"));
    layout->addWidget(m_openTickets, 1);
    m_ticketInfo = wrapped(QString(), QStringLiteral("ticketInfoLabel"));
    layout->addWidget(m_ticketInfo);
    layout->addWidget(new QLabel(tr("F6: record \"Customer got in touch\" on the selected ticket")));
    connect(m_ticketProtocolEdit, &QLineEdit::textChanged, this, &CallWidget::scheduleDraft);
    buildPage(Stage::ExistingTicket, content);
}

void CallWidget::buildAttendanceType() {
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(
        scriptBox(QString(), tr("How can we help: information, a request, a problem?"), QStringLiteral("scriptType")));
    m_typeList = new QListWidget;
    m_typeList->setObjectName(QStringLiteral("typeList"));
    layout->addWidget(m_typeList, 1);
    layout->addWidget(new QLabel(tr("Arrows choose, Enter confirms. A type the customer may not use is refused with "
                                    "the reason to read to the customer.")));
    connect(m_typeList, &QListWidget::currentRowChanged, this, &CallWidget::scheduleDraft);
    buildPage(Stage::AttendanceType, content);
}

void CallWidget::buildForm() {
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    m_formTitle = wrapped(QString(), QStringLiteral("formTitle"));
    layout->addWidget(m_formTitle);
    layout->addWidget(scriptBox(tr("Repeat what you understood to the customer before concluding."),
                                tr("Ask every field marked with *."), QStringLiteral("scriptForm")));
    m_form = new AttendanceFormWidget;
    m_form->setObjectName(QStringLiteral("formWidget"));
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_form);
    scroll->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(scroll, 2);
    layout->addWidget(new QLabel(tr("Summary and answer to the customer (checked for gerundism and slang; Ctrl+. "
                                    "applies the suggestion; Ctrl+Enter concludes):")));
    m_notesEdit = new QPlainTextEdit;
    m_notesEdit->setObjectName(QStringLiteral("notesEdit"));
    m_notesEdit->setTabChangesFocus(true);
    LanguageAssist::attach(m_notesEdit);
    layout->addWidget(m_notesEdit, 1);
    connect(m_form, &AttendanceFormWidget::changed, this, &CallWidget::scheduleDraft);
    connect(m_notesEdit, &QPlainTextEdit::textChanged, this, &CallWidget::scheduleDraft);
    buildPage(Stage::Form, content);
}

void CallWidget::buildConclude() {
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(scriptBox(tr("\"Your protocol is ..., you will receive it by e-mail. Thank you for calling, have "
                                   "a good day!\""),
                                tr("Is there anything else I can help you with?"), QStringLiteral("scriptConclude")));
    m_concludeSummary = wrapped(QString(), QStringLiteral("concludeSummary"));
    layout->addWidget(m_concludeSummary);
    layout->addStretch();
    buildPage(Stage::Conclude, content);
}

void CallWidget::buildShortcuts() {
    auto add = [this](const QKeySequence& keys, auto slot) {
        auto* s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
        return s;
    };
    add(QKeySequence(Qt::Key_Escape), [this] { back(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { (void)conclude(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_Enter), [this] { (void)conclude(); });
    add(QKeySequence(Qt::Key_F10), [this] { (void)conclude(); });
    add(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X), [this] { (void)cancelCall(); });
    add(QKeySequence(Qt::Key_F4), [this] { editCustomer(); });
    add(QKeySequence(Qt::Key_F5), [this] { confirmDebt(); });
    add(QKeySequence(Qt::Key_F6), [this] { addContactedInteraction(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_K), [this] {
        if (auto* search = m_knowledge->findChild<QLineEdit*>(QStringLiteral("searchLineEdit")))
            search->setFocus();
    });
    for (int i = 0; i < StageCount; ++i)
        add(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)), [this, i] { goTo(Stage(i)); });
}

void CallWidget::keyPressEvent(QKeyEvent* event) {
    // Line edits and lists let Return through (they ignore it after their own handling): it advances the call.
    // A text box keeps Return for new lines; Ctrl+Enter concludes from there.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && event->modifiers() == Qt::NoModifier) {
        advance();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

QString CallWidget::messageText() const {
    return m_messageLabel->isVisible() || !m_messageLabel->text().isEmpty() ? m_messageLabel->text() : QString();
}

void CallWidget::showMessage(const QString& text, bool error) {
    m_messageLabel->setText(text);
    m_messageLabel->setStyleSheet(error ? QStringLiteral("QLabel { color: #a00; font-weight: bold; }")
                                        : QStringLiteral("QLabel { color: #060; font-weight: bold; }"));
    m_messageLabel->setVisible(!text.isEmpty());
}

void CallWidget::clearMessage() {
    showMessage(QString());
}

Status CallWidget::start() {
    auto draft = m_drafts->load(m_actor);
    if (!draft) {
        showMessage(draft.error().userMessage);
        return draft.error();
    }
    ProtocolService protocols(m_db, m_clock, m_workstation);
    if (draft->has_value()) {
        const CallDraft& d = **draft;
        const auto answer =
            MessageBoxes::question(this, tr("Resume the call?"),
                                   tr("The call of protocol %1 did not end (stage: %2). Resume it where it was?")
                                       .arg(d.protocol, stageTitle(stageFromCode(d.stage).value_or(Stage::Greeting))),
                                   QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        const qint64 contactId = d.payload.value(KeyContact).toVariant().toLongLong();
        if (answer == QMessageBox::Yes && contactId > 0) {
            m_contact.id = contactId;
            m_contact.protocol = d.protocol;
            m_startedAt = d.startedAt;
            m_resumed = true;
            restore(d.payload, d.stage, d.customerId);
            m_clockTimer->start();
            refreshTimer();
            return {};
        }
        if (contactId > 0)
            (void)protocols.finish(m_actor, contactId, tr("Call abandoned (draft not resumed)."));
        (void)m_drafts->discard(m_actor);
    }
    auto contact = protocols.reserve(m_actor, QStringLiteral("phone"));
    if (!contact) {
        showMessage(contact.error().userMessage);
        return contact.error();
    }
    m_contact = *contact;
    m_startedAt = m_clock.nowMs();
    fillTypes();
    goTo(Stage::Greeting);
    m_clockTimer->start();
    refreshTimer();
    saveDraft();
    return {};
}

void CallWidget::restore(const QJsonObject& payload, const QString& stage, std::optional<qint64> customerId) {
    m_restoring = true;
    m_identifyEdit->setText(payload.value(KeyIdentify).toString());
    if (customerId)
        showCustomer(*customerId);
    m_lastLookup = m_identifyEdit->text().trimmed();
    m_debtConfirmed = payload.value(KeyDebt).toBool();
    fillFinance();
    m_ticketProtocolEdit->setText(payload.value(KeyTicketSearch).toString());
    m_lastTicketSearch = m_ticketProtocolEdit->text().trimmed();
    if (payload.contains(KeyTicket))
        selectTicket(payload.value(KeyTicket).toVariant().toLongLong());
    m_contactedAdded = payload.value(KeyContacted).toBool();
    fillTypes();
    if (payload.contains(KeyType)) {
        const qint64 typeId = payload.value(KeyType).toVariant().toLongLong();
        for (int row = 0; row < m_typeList->count(); ++row) {
            if (m_typeList->item(row)->data(Qt::UserRole).toLongLong() == typeId)
                m_typeList->setCurrentRow(row);
        }
        chooseType();
    }
    m_form->setAnswers(payload.value(KeyAnswers).toObject());
    m_notesEdit->setPlainText(payload.value(KeyNotes).toString());
    m_restoring = false;
    goTo(stageFromCode(stage).value_or(Stage::Greeting));
    showMessage(tr("Call of protocol %1 resumed where it was.").arg(m_contact.protocol), false);
}

bool CallWidget::stageApplies(Stage stage) const {
    if (stage == Stage::Finance)
        return m_customerId && (m_card.customer.inDebt || !m_card.partnerName.isEmpty() ||
                                m_card.customer.licenseDaysOverdue > 0 || m_card.finance != CustomerCard::Finance::Ok);
    return true;
}

void CallWidget::goTo(Stage stage) {
    if (m_finished)
        return;
    m_stage = stage;
    m_pages->setCurrentIndex(int(stage));
    QWidget* focus = nullptr;
    switch (stage) {
    case Stage::Greeting: {
        const QString script = CallGreeting::script(QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()),
                                                    CallContext(m_db).companyName(), m_actor.name());
        m_greetingLabel->setText(script);
        m_bigProtocolLabel->setText(m_contact.protocol);
        break;
    }
    case Stage::Identification:
        focus = m_matchList->isVisible() ? static_cast<QWidget*>(m_matchList) : m_identifyEdit;
        break;
    case Stage::Finance:
        fillFinance();
        break;
    case Stage::ExistingTicket:
        fillOpenTickets();
        focus = m_ticketProtocolEdit;
        break;
    case Stage::AttendanceType:
        if (m_typeList->count() == 0)
            fillTypes();
        focus = m_typeList;
        break;
    case Stage::Form: {
        const QList<AttendanceFormField>& fields = m_form->form().fields();
        focus = fields.isEmpty() ? static_cast<QWidget*>(m_notesEdit) : m_form->editorFor(fields.first().key);
        break;
    }
    case Stage::Conclude:
        refreshConclude();
        break;
    }
    if (focus)
        focus->setFocus();
    else
        m_pages->currentWidget()->setFocus();
    refreshStageBar();
    emit stageChanged(stage);
    scheduleDraft();
}

void CallWidget::advance() {
    if (m_finished)
        return;
    clearMessage();
    switch (m_stage) {
    case Stage::Greeting:
        goTo(Stage::Identification);
        return;
    case Stage::Identification:
        if (m_matchList->isVisible() && m_matchList->hasFocus()) {
            pickMatch();
            return;
        }
        if (!m_identifyEdit->text().trimmed().isEmpty() && m_identifyEdit->text().trimmed() != m_lastLookup) {
            lookUpCustomer();
            return;
        }
        goTo(stageApplies(Stage::Finance) ? Stage::Finance : Stage::ExistingTicket);
        return;
    case Stage::Finance:
        if (m_card.customer.inDebt && !m_debtConfirmed) {
            confirmDebt();
            return;
        }
        goTo(Stage::ExistingTicket);
        return;
    case Stage::ExistingTicket: {
        const QString typed = m_ticketProtocolEdit->text().trimmed();
        if (m_ticketProtocolEdit->hasFocus() && !typed.isEmpty() && typed != m_lastTicketSearch) {
            findTicketByProtocol();
            return;
        }
        if (m_openTickets->hasFocus() && m_openTickets->currentItem()) {
            const qint64 id = m_openTickets->currentItem()->data(Qt::UserRole).toLongLong();
            if (!m_ticketId || *m_ticketId != id) {
                selectTicket(id);
                return;
            }
        }
        goTo(Stage::AttendanceType);
        return;
    }
    case Stage::AttendanceType:
        if (chooseType())
            goTo(Stage::Form);
        return;
    case Stage::Form:
        if (m_typeId && *m_typeId > 0) {
            auto valid = m_form->validate();
            if (!valid) {
                showMessage(valid.error().userMessage);
                return;
            }
        }
        goTo(Stage::Conclude);
        return;
    case Stage::Conclude:
        (void)conclude();
        return;
    }
}

void CallWidget::back() {
    if (m_finished || m_stage == Stage::Greeting)
        return;
    clearMessage();
    Stage previous = Stage(int(m_stage) - 1);
    if (!stageApplies(previous))
        previous = Stage(int(previous) - 1);
    goTo(previous);
}

void CallWidget::refreshStageBar() {
    QStringList parts;
    for (int i = 0; i < StageCount; ++i) {
        const Stage s = Stage(i);
        QString part = QStringLiteral("Alt+%1 %2").arg(i + 1).arg(stageTitle(s).toHtmlEscaped());
        if (s == m_stage)
            part = QStringLiteral("<b style=\"color:#0a4\">[%1]</b>").arg(part);
        else if (!stageApplies(s))
            part = QStringLiteral("<span style=\"color:#999\">%1</span>").arg(part);
        parts << part;
    }
    m_stageBar->setText(parts.join(QStringLiteral(" · ")) + QStringLiteral("<br><small>") +
                        tr("Enter: next · Esc: back · F4: customer · F5: confirm debt · F6: customer got in touch · "
                           "Ctrl+K: knowledge base · Ctrl+.: language suggestion · Ctrl+Enter: conclude")
                            .toHtmlEscaped() +
                        QStringLiteral("</small>"));
}

void CallWidget::refreshTimer() {
    const qint64 seconds = m_startedAt > 0 ? qMax<qint64>(0, (m_clock.nowMs() - m_startedAt) / 1000) : 0;
    const QString elapsed =
        QStringLiteral("%1:%2").arg(seconds / 60, 2, 10, QLatin1Char('0')).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    const bool ticketRequired = seconds >= m_ticketAfterSeconds;
    m_timerLabel->setText(ticketRequired ? tr("Call time %1 — ticket required").arg(elapsed)
                                         : tr("Call time %1").arg(elapsed));
    m_timerLabel->setStyleSheet(ticketRequired ? QStringLiteral("QLabel { color: #a00; }") : QString());
    m_protocolLabel->setText(tr("Protocol %1").arg(m_contact.protocol));
}

void CallWidget::refreshConclude() {
    QStringList lines;
    lines << tr("Protocol: %1").arg(m_contact.protocol);
    lines << (m_customerId ? tr("Customer: %1").arg(m_card.customer.name) : tr("Customer: not identified"));
    if (m_ticketId)
        lines << tr("Existing ticket: %1").arg(m_ticketInfo->text().section(QLatin1Char('\n'), 0, 0));
    if (!m_typeId)
        lines << tr("Attendance type: not chosen yet (Alt+5)");
    else if (*m_typeId == 0)
        lines << tr("Quick question: concluded as a contact only, without a ticket");
    else {
        for (const AttendanceType& t : m_types)
            if (t.id == *m_typeId)
                lines << tr("Attendance type: %1 — a ticket with the form's answers is saved").arg(t.name);
    }
    const qint64 seconds = (m_clock.nowMs() - m_startedAt) / 1000;
    if (seconds >= m_ticketAfterSeconds)
        lines << tr("The call passed %n minute(s): a ticket is required.", "", m_ticketAfterSeconds / 60);
    lines << tr("Enter or Ctrl+Enter concludes: everything is saved at once and the protocol e-mail is queued.");
    m_concludeSummary->setText(lines.join(QLatin1Char('\n')));
}

void CallWidget::lookUpCustomer() {
    const QString text = m_identifyEdit->text().trimmed();
    m_lastLookup = text;
    m_matchList->clear();
    m_matchList->hide();
    auto found = CustomerLookup(m_db, m_clock).find(m_actor, text, 20);
    if (!found) {
        m_identifyStatus->setText(found.error().userMessage);
        return;
    }
    const QList<Customer>& customers = found->customers;
    if (customers.isEmpty()) {
        m_identifyStatus->setText(tr("No customer found for \"%1\". F4 registers the customer without leaving the "
                                     "call; Enter goes on without a customer.")
                                      .arg(text));
        return;
    }
    if (customers.size() == 1) {
        showCustomer(customers.first().id);
        return;
    }
    for (const Customer& c : customers) {
        auto* item = new QListWidgetItem(
            QStringLiteral("%1 — %2%3")
                .arg(c.name, c.document, c.code.isEmpty() ? QString() : QStringLiteral(" — ") + c.code));
        item->setData(Qt::UserRole, c.id);
        m_matchList->addItem(item);
    }
    m_matchList->show();
    m_matchList->setCurrentRow(0);
    m_matchList->setFocus();
    m_identifyStatus->setText(tr("%n customer(s) found: arrows choose, Enter confirms.", "", int(customers.size())));
}

void CallWidget::pickMatch() {
    QListWidgetItem* item = m_matchList->currentItem();
    if (!item)
        return;
    showCustomer(item->data(Qt::UserRole).toLongLong());
    m_matchList->hide();
    m_identifyEdit->setFocus();
}

void CallWidget::showCustomer(qint64 customerId) {
    auto card = CustomerCardLoader(m_db, m_clock).load(m_actor, customerId);
    if (!card) {
        m_identifyStatus->setText(card.error().userMessage);
        return;
    }
    m_card = *card;
    m_customerId = customerId;
    m_cardWidget->setCustomer(m_card);
    QString status =
        tr("Customer identified: %1. Read the access notes first; Enter goes on.").arg(m_card.customer.name);
    if (m_card.customer.inDebt || m_card.finance != CustomerCard::Finance::Ok || !m_card.partnerName.isEmpty())
        status += QLatin1Char(' ') + tr("Attention: finance or partner notice in the next stage.");
    m_identifyStatus->setText(status);
    m_identifyEdit->setFocus();
    m_debtConfirmed = m_restoring ? m_debtConfirmed : false;
    fillFinance();
    refreshStageBar();
    scheduleDraft();
}

void CallWidget::editCustomer() {
    if (m_finished || m_stage != Stage::Identification)
        return;
    CustomerEditorDialog dialog(m_db, m_actor, this);
    if (m_customerId)
        (void)dialog.load(*m_customerId);
    const int result = dialog.exec();
    if ((result == QDialog::Accepted || result == CustomerEditorDialog::OpenExisting) && dialog.customerId() > 0)
        showCustomer(dialog.customerId());
}

void CallWidget::fillFinance() {
    m_debtLabel->clear();
    m_transferLabel->clear();
    m_partnerLabel->clear();
    m_licenceLabel->clear();
    if (!m_customerId)
        return;
    const Customer& c = m_card.customer;
    if (c.inDebt) {
        m_debtLabel->setText(tr("The customer is in debt%1. Confirm it with the customer (Enter or F5), then transfer "
                                "the call to finance.")
                                 .arg(c.debtNote.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(c.debtNote)));
        if (m_debtConfirmed) {
            auto contact = DirectoryService(m_db, m_clock).financeContactFor(m_actor, c.kind);
            if (!contact) {
                m_transferLabel->setText(contact.error().userMessage);
            } else {
                QStringList reach;
                for (const QString& v : {contact->phone, contact->email})
                    if (!v.isEmpty())
                        reach << v;
                m_transferLabel->setText(
                    tr("Say: \"I will transfer your call to our finance team, who will help you settle the pending "
                       "payments.\"\nFinance contact for %1: %2 — %3")
                        .arg(c.kind == Customer::Kind::PJ ? tr("companies (PJ)") : tr("individuals (PF)"),
                             contact->name, reach.join(QStringLiteral(" · "))));
            }
        }
    }
    if (c.licenseDaysOverdue > 0 || m_card.finance == CustomerCard::Finance::Blocked ||
        m_card.finance == CustomerCard::Finance::Overdue) {
        // The card's own words (blocked, days overdue, the threshold) when it has them.
        const QString finance = CustomerCardLoader::financeText(m_card);
        m_licenceLabel->setText(finance.isEmpty() ? tr("Licence: %n day(s) overdue.", "", c.licenseDaysOverdue)
                                                  : finance);
    }
    if (!m_card.partnerName.isEmpty())
        m_partnerLabel->setText(
            tr("Partner: %1. Remind the customer that %1 will be informed of this call.").arg(m_card.partnerName));
}

void CallWidget::confirmDebt() {
    if (m_finished || !m_customerId || !m_card.customer.inDebt)
        return;
    m_debtConfirmed = true;
    fillFinance();
    scheduleDraft();
}

void CallWidget::findTicketByProtocol() {
    const QString typed = m_ticketProtocolEdit->text().trimmed();
    m_lastTicketSearch = typed;
    auto details = TicketService(m_db, m_clock, m_workstation).getByProtocol(m_actor, typed);
    if (!details) {
        m_ticketInfo->setText(details.error().userMessage);
        return;
    }
    selectTicket(details->ticket.id);
}

void CallWidget::fillOpenTickets() {
    m_openTickets->clear();
    if (!m_customerId)
        return;
    auto tickets = CustomerService(m_db, m_clock).ticketsOf(m_actor, *m_customerId, 50);
    if (!tickets) {
        m_ticketInfo->setText(tickets.error().userMessage);
        return;
    }
    for (const CustomerTicket& t : *tickets) {
        if (t.closed)
            continue;
        auto* item = new QListWidgetItem(
            QStringLiteral("%1 — %2 — %3 — %4")
                .arg(t.protocol, t.title, t.statusName, t.sectorName.isEmpty() ? tr("no sector") : t.sectorName));
        item->setData(Qt::UserRole, t.id);
        m_openTickets->addItem(item);
        if (m_ticketId && *m_ticketId == t.id)
            m_openTickets->setCurrentItem(item);
    }
    if (!m_openTickets->currentItem() && m_openTickets->count() > 0)
        m_openTickets->setCurrentRow(0);
}

void CallWidget::selectTicket(qint64 ticketId) {
    auto details = TicketService(m_db, m_clock, m_workstation).get(m_actor, ticketId);
    if (!details) {
        m_ticketInfo->setText(details.error().userMessage);
        return;
    }
    m_ticketId = ticketId;
    QString text = tr("Ticket %1: %2 — %3").arg(details->ticket.protocol, details->ticket.title, details->statusName);
    const auto mySector = CallContext(m_db).sectorOf(m_actor);
    if (details->ticket.sectorId && (!mySector || *mySector != *details->ticket.sectorId))
        text += QLatin1Char('\n') + tr("This ticket is with another sector: %1. Tell the customer and do not "
                                       "promise what that sector decides.")
                                        .arg(details->sectorName);
    if (details->statusIsClosed)
        text += QLatin1Char('\n') + tr("This ticket is closed.");
    text += QLatin1Char('\n') + tr("F6 records \"Customer got in touch\" on it.");
    m_ticketInfo->setText(text);
    scheduleDraft();
}

void CallWidget::addContactedInteraction() {
    if (m_finished || !m_ticketId)
        return;
    NewInteraction in;
    in.kind = QStringLiteral("record");
    in.channel = QStringLiteral("phone");
    in.text = tr("Customer got in touch (protocol %1).").arg(m_contact.protocol);
    auto added = TicketService(m_db, m_clock, m_workstation).addInteraction(m_actor, *m_ticketId, in);
    if (!added) {
        showMessage(added.error().userMessage);
        return;
    }
    m_contactedAdded = true;
    showMessage(tr("\"Customer got in touch\" recorded on the ticket."), false);
    scheduleDraft();
}

void CallWidget::fillTypes() {
    m_typeList->clear();
    auto types = AttendanceTypeService(m_db, m_clock).list(m_actor, CallContext(m_db).attendanceSet());
    if (!types) {
        showMessage(types.error().userMessage);
        return;
    }
    m_types = *types;
    auto* quick = new QListWidgetItem(
        tr("Quick question — no ticket (only within the first %n minute(s))", "", m_ticketAfterSeconds / 60));
    quick->setData(Qt::UserRole, qint64(0));
    m_typeList->addItem(quick);
    for (const AttendanceType& t : m_types) {
        auto* item =
            new QListWidgetItem(t.requiresActiveContract ? tr("%1 (active contract only)").arg(t.name) : t.name);
        item->setData(Qt::UserRole, t.id);
        m_typeList->addItem(item);
    }
    m_typeList->setCurrentRow(0);
}

bool CallWidget::chooseType() {
    QListWidgetItem* item = m_typeList->currentItem();
    if (!item)
        return false;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    if (id == 0) {
        m_typeId = 0;
        m_form->setForm(AttendanceForm());
        m_formTitle->setText(tr("Quick question: write what was asked and answered."));
        scheduleDraft();
        return true;
    }
    for (const AttendanceType& t : m_types) {
        if (t.id != id)
            continue;
        Status eligible = AttendanceTypeService(m_db, m_clock).checkEligible(m_actor, t, m_customerId);
        if (!eligible) {
            showMessage(eligible.error().userMessage);
            return false;
        }
        if (!m_typeId || *m_typeId != id) {
            m_form->setForm(t.form);
            // Tab from the form's last field goes on to the summary, not into the side panel.
            if (!t.form.isEmpty())
                if (QWidget* last = m_form->editorFor(t.form.fields().last().key))
                    QWidget::setTabOrder(last, m_notesEdit);
        }
        m_typeId = id;
        m_formTitle->setText(tr("Form: %1").arg(t.name));
        scheduleDraft();
        return true;
    }
    return false;
}

void CallWidget::insertReply(const QString& text) {
    if (m_finished)
        return;
    if (m_stage != Stage::Form)
        goTo(Stage::Form);
    m_notesEdit->textCursor().insertText(text);
    m_notesEdit->setFocus();
}

Status CallWidget::conclude() {
    if (m_finished)
        return {};
    clearMessage();
    refreshTimer();
    CallConclusionRequest request;
    request.contactRecordId = m_contact.id;
    request.protocol = m_contact.protocol;
    request.customerId = m_customerId;
    request.startedAt = m_startedAt;
    request.notes = m_notesEdit->toPlainText();
    request.agentName = m_actor.name();
    if (m_typeId && *m_typeId > 0) {
        for (const AttendanceType& t : m_types)
            if (t.id == *m_typeId)
                request.type = t;
        request.answers = m_form->answers();
    } else if (!m_typeId) {
        // No choice made: concluding is a quick question, refused by core past the time limit.
    }
    auto done = CallConclusion(m_db, m_clock, m_workstation).conclude(m_actor, request);
    if (!done) {
        const Error& e = done.error();
        if (e.fields.contains(QStringLiteral("attendance_type"))) {
            goTo(Stage::AttendanceType);
        } else if (e.fields.contains(QStringLiteral("notes"))) {
            goTo(Stage::Form);
            m_notesEdit->setFocus();
        } else if (request.type && (e.code == Error::Code::InvalidInput)) {
            goTo(Stage::Form);
            (void)m_form->validate();
            if (!e.fields.isEmpty())
                m_form->highlightInvalid(e.fields);
        }
        showMessage(e.userMessage);
        return e;
    }
    m_draftTimer->stop();
    (void)m_drafts->discard(m_actor);
    m_finished = true;
    m_clockTimer->stop();
    QString text = done->ticketId ? tr("Call concluded: ticket saved with protocol %1.").arg(m_contact.protocol)
                                  : tr("Call concluded as a contact with protocol %1.").arg(m_contact.protocol);
    text += QLatin1Char(' ') + (done->outboxId > 0 ? tr("Protocol e-mail queued to %1.").arg(done->emailTo)
                                                   : tr("No e-mail address: the protocol was only said aloud."));
    showMessage(text, false);
    emit concluded(m_contact.protocol, done->ticketId);
    return {};
}

Status CallWidget::cancelCall() {
    if (m_finished)
        return {};
    const auto answer =
        MessageBoxes::question(this, tr("Cancel the call?"),
                               tr("End the call of protocol %1 without saving a ticket? The protocol stays recorded.")
                                   .arg(m_contact.protocol));
    if (answer != QMessageBox::Yes)
        return {};
    ProtocolService protocols(m_db, m_clock, m_workstation);
    if (Status s = protocols.finish(m_actor, m_contact.id, tr("Call cancelled by the agent.")); !s) {
        showMessage(s.error().userMessage);
        return s;
    }
    m_draftTimer->stop();
    (void)m_drafts->discard(m_actor);
    m_finished = true;
    m_clockTimer->stop();
    emit cancelled();
    return {};
}

void CallWidget::scheduleDraft() {
    if (m_finished || m_restoring || m_contact.id <= 0)
        return;
    m_draftTimer->start();
}

void CallWidget::saveDraft() {
    if (m_finished || m_contact.id <= 0)
        return;
    CallDraft draft;
    draft.protocol = m_contact.protocol;
    draft.stage = stageCode(m_stage);
    draft.customerId = m_customerId;
    draft.startedAt = m_startedAt;
    QJsonObject p;
    p.insert(KeyContact, m_contact.id);
    p.insert(KeyIdentify, m_identifyEdit->text());
    p.insert(KeyDebt, m_debtConfirmed);
    p.insert(KeyTicketSearch, m_ticketProtocolEdit->text());
    if (m_ticketId)
        p.insert(KeyTicket, *m_ticketId);
    p.insert(KeyContacted, m_contactedAdded);
    if (m_typeId)
        p.insert(KeyType, *m_typeId);
    p.insert(KeyAnswers, m_form->answers());
    p.insert(KeyNotes, m_notesEdit->toPlainText());
    draft.payload = p;
    if (Status s = m_drafts->save(m_actor, draft); !s) {
        showMessage(s.error().userMessage);
        return;
    }
    emit draftSaved();
}

} // namespace atende
