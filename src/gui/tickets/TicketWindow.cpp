#include "tickets/TicketWindow.h"
#include "tickets/ui_TicketWindow.h"

#include "auth/Permission.h"
#include "common/BackgroundTask.h"
#include "common/ConflictMergeDialog.h"
#include "common/MessageBoxes.h"
#include "conflicts/LastChangeQuery.h"
#include "storage/Database.h"
#include "tickets/TicketConflictMerge.h"
#include "tickets/TicketFields.h"
#include "util/SystemClock.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QImage>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLocale>
#include <QMimeData>
#include <QMimeDatabase>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QUrl>

namespace atende {

namespace {

// Files above this size are read and stored on a worker thread, so the window keeps answering meanwhile.
constexpr qint64 LargeFileBytes = 1024 * 1024;
constexpr int StatusCodeRole = Qt::UserRole + 1;
const char* const MissingProperty = "missingField";
const QString MissingStyle = QStringLiteral("border: 2px solid #c62828;");

QString when(std::optional<qint64> ms) {
    if (!ms)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(*ms), QLocale::ShortFormat);
}

QString channelLabel(const QString& channel) {
    if (channel == QLatin1String("phone"))
        return TicketWindow::tr("Phone");
    if (channel == QLatin1String("email"))
        return TicketWindow::tr("E-mail");
    if (channel == QLatin1String("chatbot"))
        return TicketWindow::tr("Chatbot");
    if (channel == QLatin1String("portal"))
        return TicketWindow::tr("Portal");
    if (channel == QLatin1String("internal"))
        return TicketWindow::tr("Internal");
    return channel;
}

QString kindLabel(const QString& kind) {
    if (kind == QLatin1String("canned"))
        return TicketWindow::tr("Canned reply");
    if (kind == QLatin1String("manual"))
        return TicketWindow::tr("Manual reply");
    if (kind == QLatin1String("record"))
        return TicketWindow::tr("Interaction record");
    if (kind == QLatin1String("system"))
        return TicketWindow::tr("System");
    return kind;
}

QString yesNo(bool value) {
    return value ? TicketWindow::tr("Yes") : TicketWindow::tr("No");
}

std::optional<qint64> comboId(const QComboBox* combo) {
    const QVariant v = combo->currentData();
    if (!v.isValid())
        return std::nullopt;
    return v.toLongLong();
}

void selectId(QComboBox* combo, std::optional<qint64> id) {
    const int index = id ? combo->findData(*id) : 0;
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

void setUpTable(QTableWidget* table, const QStringList& headers) {
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(true);
}

void setRow(QTableWidget* table, int row, const QStringList& cells, qint64 id = 0) {
    for (int column = 0; column < cells.size(); ++column) {
        auto* item = new QTableWidgetItem(cells.at(column));
        if (column == 0)
            item->setData(Qt::UserRole, id);
        table->setItem(row, column, item);
    }
}

// The edited value wins where the agent changed it since the last read; elsewhere the stored one is shown.
template <typename T> void keepTyped(const T& typed, const T& before, T& merged) {
    if (typed != before)
        merged = typed;
}

} // namespace

TicketWindow::TicketWindow(Database& db, Actor actor, qint64 ticketId, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TicketWindow>())
    , m_db(db)
    , m_actor(std::move(actor))
    , m_ticketId(ticketId)
    , m_tickets(db, SystemClock::instance())
    , m_catalog(db)
    , m_attachments(db, SystemClock::instance()) {
    m_ui->setupUi(this);
    // Team mode: a bar under the header when another workstation changes this ticket (noticeChangedElsewhere).
    m_changedElsewhereLabel = new QLabel(this);
    m_changedElsewhereLabel->setObjectName(QStringLiteral("changedElsewhereLabel"));
    m_changedElsewhereLabel->setWordWrap(true);
    m_changedElsewhereLabel->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4ce; border: 1px solid #e0c060; padding: 6px; }"));
    m_changedElsewhereLabel->hide();
    m_ui->mainLayout->insertWidget(1, m_changedElsewhereLabel);
    connect(m_changedElsewhereLabel, &QLabel::linkActivated, this, [this] {
        m_changedElsewhereLabel->hide();
        reload();
    });
    QFont header = m_ui->headerLabel->font();
    header.setPointSizeF(header.pointSizeF() * 1.3);
    header.setBold(true);
    m_ui->headerLabel->setFont(header);
    m_ui->technicalAssistanceLabel->setStyleSheet(
        QStringLiteral("background: #fff3cd; color: #664d03; padding: 4px; border-radius: 3px;"));

    setUpTable(m_ui->interactionsTableWidget, {tr("When"), tr("Author"), tr("Kind"), tr("Channel"),
                                               tr("Visible to customer"), tr("E-mailed"), tr("Copy to"), tr("Text")});
    setUpTable(m_ui->attachmentsTableWidget, {tr("File"), tr("Size"), tr("Type"), tr("Added"), tr("SHA-256")});
    setUpTable(m_ui->linksTableWidget, {tr("Protocol"), tr("Title"), tr("Status")});
    setUpTable(m_ui->tasksTableWidget, {tr("Task"), tr("Due"), tr("Done")});
    setUpTable(m_ui->historyTableWidget,
               {tr("When"), tr("User"), tr("Action"), tr("Field"), tr("Old value"), tr("New value")});

    for (int level = 1; level <= 3; ++level) {
        const QString label = level == 1 ? tr("High") : level == 2 ? tr("Medium") : tr("Low");
        m_ui->urgencyComboBox->addItem(label, level);
        m_ui->impactComboBox->addItem(label, level);
    }
    for (const char* channel : {"phone", "email", "chatbot", "portal", "internal"})
        m_ui->channelComboBox->addItem(channelLabel(QString::fromLatin1(channel)), QString::fromLatin1(channel));
    const QDateTime soon = QDateTime::currentDateTime().addDays(1);
    for (QDateTimeEdit* edit : {m_ui->nextActionDateTimeEdit, m_ui->answerNextActionDateTimeEdit}) {
        edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
        edit->setDateTime(soon);
        edit->setEnabled(false);
    }
    connect(m_ui->nextActionCheckBox, &QCheckBox::toggled, m_ui->nextActionDateTimeEdit, &QWidget::setEnabled);
    connect(m_ui->answerNextActionCheckBox, &QCheckBox::toggled, m_ui->answerNextActionDateTimeEdit,
            &QWidget::setEnabled);

    connect(m_ui->subjectComboBox, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        fillSubSubjects(comboId(m_ui->subSubjectComboBox));
        updateMandatoryMarks();
    });
    connect(m_ui->subSubjectComboBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            updateMandatoryMarks();
    });
    connect(m_ui->urgencyComboBox, &QComboBox::currentIndexChanged, this, &TicketWindow::updatePriority);
    connect(m_ui->impactComboBox, &QComboBox::currentIndexChanged, this, &TicketWindow::updatePriority);
    connect(m_ui->cannedComboBox, &QComboBox::currentIndexChanged, this, [this] {
        updateCannedPreview();
        updateAnswerDefaults();
    });
    connect(m_ui->answerTabWidget, &QTabWidget::currentChanged, this, &TicketWindow::updateAnswerDefaults);

    connect(m_ui->saveButton, &QPushButton::clicked, this, &TicketWindow::saveChanges);
    connect(m_ui->changeStatusButton, &QPushButton::clicked, this, &TicketWindow::changeStatus);
    connect(m_ui->sendButton, &QPushButton::clicked, this, &TicketWindow::sendAnswer);
    connect(m_ui->cloneButton, &QPushButton::clicked, this, &TicketWindow::cloneTicket);
    connect(m_ui->reloadButton, &QPushButton::clicked, this, &TicketWindow::reload);
    connect(m_ui->linkButton, &QPushButton::clicked, this, &TicketWindow::linkSelected);
    connect(m_ui->unlinkButton, &QPushButton::clicked, this, &TicketWindow::unlinkSelected);
    connect(m_ui->addTaskButton, &QPushButton::clicked, this, &TicketWindow::addTask);
    connect(m_ui->taskTitleLineEdit, &QLineEdit::returnPressed, this, &TicketWindow::addTask);
    connect(m_ui->taskDoneButton, &QPushButton::clicked, this, &TicketWindow::toggleSelectedTask);
    connect(m_ui->pasteAttachmentButton, &QPushButton::clicked, this, &TicketWindow::pasteFromClipboard);
    connect(m_ui->openAttachmentButton, &QPushButton::clicked, this, &TicketWindow::openAttachment);
    connect(m_ui->saveAttachmentButton, &QPushButton::clicked, this, &TicketWindow::saveAttachmentAs);
    connect(m_ui->attachmentsTableWidget, &QTableWidget::cellActivated, this, &TicketWindow::openAttachment);
    const auto pickFiles = [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Attach files"));
        if (!paths.isEmpty())
            addFiles(paths);
    };
    connect(m_ui->addAttachmentButton, &QPushButton::clicked, this, pickFiles);
    connect(m_ui->addAnswerAttachmentButton, &QPushButton::clicked, this, pickFiles);
    connect(m_ui->removeAnswerAttachmentButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->answerAttachmentsListWidget->currentRow();
        if (row >= 0 && row < m_answerFiles.size()) {
            m_answerFiles.removeAt(row);
            delete m_ui->answerAttachmentsListWidget->takeItem(row);
        }
    });

    // The keyboard reaches everything: Ctrl+S saves the general data, Ctrl+Enter sends the answer, Ctrl+V on the
    // window attaches what was copied (text fields keep their own Ctrl+V).
    auto* save = new QShortcut(QKeySequence::Save, this);
    connect(save, &QShortcut::activated, this, &TicketWindow::saveChanges);
    auto* send = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_ui->answerTab);
    send->setContext(Qt::WidgetWithChildrenShortcut);
    connect(send, &QShortcut::activated, this, &TicketWindow::sendAnswer);
    // The answer boxes take Ctrl+Enter as a new line themselves: they hand it to the window instead.
    for (QWidget* box : {m_ui->manualTextEdit, m_ui->recordTextEdit, m_ui->cannedPreviewTextEdit})
        box->installEventFilter(this);
    auto* paste = new QShortcut(QKeySequence::Paste, m_ui->attachmentsTab);
    paste->setContext(Qt::WidgetWithChildrenShortcut);
    connect(paste, &QShortcut::activated, this, &TicketWindow::pasteFromClipboard);

    fillCatalog();
    m_loaded = load();
    if (m_loaded)
        fillForm(m_details.ticket);
    updateButtons();
}

TicketWindow::~TicketWindow() = default;

void TicketWindow::fillCatalog() {
    m_filling = true;
    if (auto subjects = m_catalog.subjects()) {
        m_subjects = *subjects;
        m_ui->subjectComboBox->addItem(tr("(none)"));
        for (const SubjectRules& s : std::as_const(m_subjects)) {
            if (!s.parentId)
                m_ui->subjectComboBox->addItem(s.name, s.id);
        }
    } else {
        MessageBoxes::warning(this, tr("Ticket"), subjects.error().userMessage);
    }
    m_ui->sectorComboBox->addItem(tr("(none)"));
    if (auto sectors = m_catalog.sectors()) {
        for (const auto& s : *sectors)
            m_ui->sectorComboBox->addItem(s.name, s.id);
    }
    m_ui->responsibleComboBox->addItem(tr("(nobody)"));
    if (auto users = m_catalog.responsibles()) {
        for (const auto& u : *users)
            m_ui->responsibleComboBox->addItem(u.name, u.id);
    }
    if (auto canned = m_tickets.cannedReplies(m_actor)) {
        m_canned = *canned;
        for (const CannedReply& c : std::as_const(m_canned))
            m_ui->cannedComboBox->addItem(c.title, c.id);
    }
    m_filling = false;
}

bool TicketWindow::load() {
    auto details = m_tickets.get(m_actor, m_ticketId);
    if (!details) {
        MessageBoxes::warning(this, tr("Ticket"), details.error().userMessage);
        return false;
    }
    m_details = *details;
    const Ticket& t = m_details.ticket;
    setWindowTitle(tr("Ticket %1").arg(t.protocol));
    m_ui->headerLabel->setText(QStringLiteral("%1 — %2").arg(t.protocol, t.title));
    m_ui->protocolValueLabel->setText(t.protocol);
    m_ui->customerValueLabel->setText(m_details.customerName.isEmpty() ? tr("(no customer)") : m_details.customerName);
    m_ui->openedValueLabel->setText(m_details.contactChannel.isEmpty()
                                        ? when(t.openedAt)
                                        : tr("%1 by %2").arg(when(t.openedAt), channelLabel(m_details.contactChannel)));
    QString deadline = when(t.deadlineAt);
    if (t.deadlinePausedAt)
        deadline = tr("%1 (paused)").arg(deadline);
    m_ui->deadlineValueLabel->setText(deadline.isEmpty() ? tr("none") : deadline);
    fillStatus();
    fillLists();
    fillLinkable();
    updateCannedPreview();
    return true;
}

void TicketWindow::fillForm(const Ticket& t) {
    m_filling = true;
    m_ui->titleLineEdit->setText(t.title);
    selectId(m_ui->subjectComboBox, t.subjectId);
    m_filling = false;
    fillSubSubjects(t.subSubjectId);
    m_filling = true;
    selectId(m_ui->sectorComboBox, t.sectorId);
    selectId(m_ui->responsibleComboBox, t.responsibleId);
    m_ui->urgencyComboBox->setCurrentIndex(m_ui->urgencyComboBox->findData(t.urgency));
    m_ui->impactComboBox->setCurrentIndex(m_ui->impactComboBox->findData(t.impact));
    m_ui->nextActionCheckBox->setChecked(t.nextActionAt.has_value());
    if (t.nextActionAt)
        m_ui->nextActionDateTimeEdit->setDateTime(QDateTime::fromMSecsSinceEpoch(*t.nextActionAt));
    if (m_ui->descriptionTextEdit->toPlainText() != t.description)
        m_ui->descriptionTextEdit->setPlainText(t.description);
    if (m_ui->solutionTextEdit->toPlainText() != t.solution)
        m_ui->solutionTextEdit->setPlainText(t.solution);
    m_filling = false;
    updatePriority();
    updateMandatoryMarks();
    updateButtons();
}

void TicketWindow::fillSubSubjects(std::optional<qint64> selected) {
    const bool wasFilling = m_filling;
    m_filling = true;
    const std::optional<qint64> subject = comboId(m_ui->subjectComboBox);
    m_ui->subSubjectComboBox->clear();
    m_ui->subSubjectComboBox->addItem(tr("(none)"));
    for (const SubjectRules& s : std::as_const(m_subjects)) {
        if (subject && s.parentId == subject)
            m_ui->subSubjectComboBox->addItem(s.name, s.id);
    }
    selectId(m_ui->subSubjectComboBox, selected);
    m_filling = wasFilling;
}

void TicketWindow::fillStatus() {
    m_ui->statusValueLabel->setText(QStringLiteral("<b>%1</b>").arg(m_details.statusName.toHtmlEscaped()));
    // The status the agent chose stays chosen across a reload (e.g. after adding the record a resolve needs).
    const QVariant chosen = m_ui->statusComboBox->currentData();
    m_ui->statusComboBox->clear();
    auto allowed = m_tickets.allowedStatuses(m_actor, m_ticketId);
    if (allowed) {
        for (const WorkflowStatus& s : *allowed) {
            m_ui->statusComboBox->addItem(s.name, s.id);
            m_ui->statusComboBox->setItemData(m_ui->statusComboBox->count() - 1, s.code, StatusCodeRole);
        }
    }
    if (chosen.isValid() && m_ui->statusComboBox->findData(chosen) >= 0)
        m_ui->statusComboBox->setCurrentIndex(m_ui->statusComboBox->findData(chosen));
    m_ui->statusComboBox->setEnabled(m_ui->statusComboBox->count() > 0);
    m_ui->changeStatusButton->setEnabled(m_ui->statusComboBox->count() > 0);
}

void TicketWindow::fillLists() {
    QTableWidget* interactions = m_ui->interactionsTableWidget;
    interactions->setRowCount(int(m_details.interactions.size()));
    for (int row = 0; row < m_details.interactions.size(); ++row) {
        const Interaction& i = m_details.interactions.at(row);
        setRow(interactions, row,
               {when(i.at), i.authorName.isEmpty() ? tr("System") : i.authorName, kindLabel(i.kind),
                channelLabel(i.channel), yesNo(i.visibleToCustomer), yesNo(i.emailedToCustomer), i.copyTo, i.text},
               i.id);
    }
    // Sized from the first rows only: measuring every row of a long conversation costs more than the rest of
    // the screen (the goal is 100 ms for 200 interactions).
    interactions->horizontalHeader()->setResizeContentsPrecision(20);
    interactions->resizeColumnsToContents();
    interactions->horizontalHeader()->setStretchLastSection(true);

    QTableWidget* attachments = m_ui->attachmentsTableWidget;
    attachments->setRowCount(int(m_details.attachments.size()));
    for (int row = 0; row < m_details.attachments.size(); ++row) {
        const AttachmentInfo& a = m_details.attachments.at(row);
        setRow(attachments, row,
               {a.fileName, QLocale().formattedDataSize(a.size), a.mimeType, when(a.createdAt), a.sha256.left(16)},
               a.id);
    }
    attachments->resizeColumnsToContents();

    QTableWidget* links = m_ui->linksTableWidget;
    QList<LinkedTicket> all = m_details.links;
    all += m_details.incidents;
    links->setRowCount(int(all.size()));
    for (int row = 0; row < all.size(); ++row)
        setRow(links, row, {all.at(row).protocol, all.at(row).title, all.at(row).statusName}, all.at(row).id);
    links->resizeColumnsToContents();

    QTableWidget* tasks = m_ui->tasksTableWidget;
    tasks->setRowCount(int(m_details.tasks.size()));
    for (int row = 0; row < m_details.tasks.size(); ++row) {
        const TicketTask& t = m_details.tasks.at(row);
        setRow(tasks, row, {t.title, when(t.dueAt), yesNo(t.done)}, t.id);
    }
    tasks->resizeColumnsToContents();
    tasks->horizontalHeader()->setStretchLastSection(true);

    QTableWidget* history = m_ui->historyTableWidget;
    auto entries = m_tickets.history(m_actor, m_ticketId);
    if (!entries) {
        history->setRowCount(0);
        return;
    }
    history->setRowCount(int(entries->size()));
    for (int row = 0; row < entries->size(); ++row) {
        const TicketHistoryEntry& e = entries->at(row);
        setRow(history, row,
               {when(e.at), e.userName.isEmpty() ? tr("System") : e.userName, e.action,
                TicketFields::isKnown(e.field) ? TicketFields::label(e.field) : e.field, e.oldValue, e.newValue});
    }
    history->horizontalHeader()->setResizeContentsPrecision(20);
    history->resizeColumnsToContents();
    history->horizontalHeader()->setStretchLastSection(true);
}

void TicketWindow::fillLinkable() {
    m_ui->linkableComboBox->clear();
    // Core offers only active tickets (not in a closed status) of the same customer.
    if (auto linkable = m_tickets.linkableTickets(m_actor, m_ticketId)) {
        for (const LinkedTicket& l : *linkable) {
            bool already = false;
            for (const LinkedTicket& existing : std::as_const(m_details.links))
                already = already || existing.id == l.id;
            if (!already)
                m_ui->linkableComboBox->addItem(QStringLiteral("%1 — %2 (%3)").arg(l.protocol, l.title, l.statusName),
                                                l.id);
        }
    }
    m_ui->linkButton->setEnabled(m_ui->linkableComboBox->count() > 0 && m_actor.can(Permission::TicketEdit));
}

void TicketWindow::updatePriority() {
    if (m_filling)
        return;
    // The urgency x impact matrix is core's configuration; the window only shows what it gives.
    auto engine = m_tickets.engine();
    const int urgency = m_ui->urgencyComboBox->currentData().toInt();
    const int impact = m_ui->impactComboBox->currentData().toInt();
    int priority = m_details.ticket.priority;
    if (engine && (urgency != m_details.ticket.urgency || impact != m_details.ticket.impact))
        priority = engine->policy().priorityFor(urgency, impact);
    m_ui->priorityValueLabel->setText(tr("Priority %1").arg(priority));
}

void TicketWindow::updateMandatoryMarks() {
    // The technical assistance notice follows the subject being chosen, before it is saved (the subject's
    // configuration says whether it needs one).
    bool assistance = false;
    for (const std::optional<qint64>& id : {comboId(m_ui->subjectComboBox), comboId(m_ui->subSubjectComboBox)}) {
        for (const SubjectRules& s : std::as_const(m_subjects))
            assistance = assistance || (id && s.id == *id && s.needsTechnicalAssistance);
    }
    m_ui->technicalAssistanceLabel->setVisible(assistance);

    auto mandatory = m_catalog.mandatoryFields(comboId(m_ui->subjectComboBox), comboId(m_ui->subSubjectComboBox));
    const QHash<QString, QWidget*> labels{{QStringLiteral("title"), m_ui->titleLabel},
                                          {QStringLiteral("subject_id"), m_ui->subjectLabel},
                                          {QStringLiteral("sub_subject_id"), m_ui->subSubjectLabel},
                                          {QStringLiteral("sector_id"), m_ui->sectorLabel},
                                          {QStringLiteral("responsible_id"), m_ui->responsibleLabel},
                                          {QStringLiteral("next_action_at"), m_ui->nextActionCheckBox},
                                          {QStringLiteral("description"), m_ui->descriptionLabel},
                                          {QStringLiteral("solution"), m_ui->solutionLabel},
                                          {QStringLiteral("customer_id"), m_ui->customerCaptionLabel}};
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        const bool isMandatory = mandatory && mandatory->contains(it.key());
        QFont font = it.value()->font();
        font.setBold(isMandatory);
        it.value()->setFont(font);
        it.value()->setToolTip(isMandatory ? tr("Mandatory for this subject") : QString());
    }
}

void TicketWindow::updateCannedPreview() {
    const std::optional<qint64> id = comboId(m_ui->cannedComboBox);
    if (!id || !m_loaded) {
        m_cannedPreview.clear();
        m_ui->cannedPreviewTextEdit->clear();
        return;
    }
    auto text = m_tickets.previewCannedReply(m_actor, m_ticketId, *id);
    m_cannedPreview = text ? *text : QString();
    m_ui->cannedPreviewTextEdit->setPlainText(text ? *text : text.error().userMessage);
}

void TicketWindow::updateAnswerDefaults() {
    // A canned reply brings its own "visible to the customer" default; a record is internal until ticked.
    if (m_ui->answerTabWidget->currentWidget() == m_ui->cannedTab) {
        const std::optional<qint64> id = comboId(m_ui->cannedComboBox);
        for (const CannedReply& c : std::as_const(m_canned)) {
            if (id && c.id == *id)
                m_ui->visibleCheckBox->setChecked(c.visibleByDefault);
        }
    }
}

void TicketWindow::updateButtons() {
    // The window hides nothing core would allow; it only greys out what this profile cannot do (core refuses anyway).
    m_ui->saveButton->setEnabled(m_loaded && m_actor.can(Permission::TicketEdit));
    m_ui->sendButton->setEnabled(m_loaded && m_actor.can(Permission::TicketReply));
    m_ui->cloneButton->setEnabled(m_loaded && m_actor.can(Permission::TicketClone));
    const bool canAttach = m_loaded && m_actor.can(Permission::TicketReply);
    for (QPushButton* b : {m_ui->addAttachmentButton, m_ui->pasteAttachmentButton, m_ui->addAnswerAttachmentButton})
        b->setEnabled(canAttach);
    const bool hasSubSubject = m_details.ticket.subSubjectId.has_value();
    m_ui->tasksHintLabel->setVisible(!hasSubSubject);
    m_ui->addTaskButton->setEnabled(m_loaded && hasSubSubject && m_actor.can(Permission::TicketEdit));
    m_ui->taskTitleLineEdit->setEnabled(m_ui->addTaskButton->isEnabled());
}

Ticket TicketWindow::editedTicket() const {
    Ticket t = m_details.ticket;
    t.title = m_ui->titleLineEdit->text().trimmed();
    t.subjectId = comboId(m_ui->subjectComboBox);
    t.subSubjectId = comboId(m_ui->subSubjectComboBox);
    t.sectorId = comboId(m_ui->sectorComboBox);
    t.responsibleId = comboId(m_ui->responsibleComboBox);
    t.urgency = m_ui->urgencyComboBox->currentData().toInt();
    t.impact = m_ui->impactComboBox->currentData().toInt();
    t.nextActionAt = m_ui->nextActionCheckBox->isChecked()
                         ? std::optional<qint64>(m_ui->nextActionDateTimeEdit->dateTime().toMSecsSinceEpoch())
                         : std::nullopt;
    t.description = m_ui->descriptionTextEdit->toPlainText();
    t.solution = m_ui->solutionTextEdit->toPlainText();
    return t;
}

void TicketWindow::reload() {
    const Ticket before = m_details.ticket;
    const Ticket typed = editedTicket();
    if (!load())
        return;
    Ticket merged = m_details.ticket;
    keepTyped(typed.title, before.title, merged.title);
    keepTyped(typed.subjectId, before.subjectId, merged.subjectId);
    keepTyped(typed.subSubjectId, before.subSubjectId, merged.subSubjectId);
    keepTyped(typed.sectorId, before.sectorId, merged.sectorId);
    keepTyped(typed.responsibleId, before.responsibleId, merged.responsibleId);
    keepTyped(typed.urgency, before.urgency, merged.urgency);
    keepTyped(typed.impact, before.impact, merged.impact);
    // The date field has minute precision: compare what it can show.
    if (typed.nextActionAt.has_value() != before.nextActionAt.has_value() ||
        (typed.nextActionAt && *typed.nextActionAt / 60000 != *before.nextActionAt / 60000))
        merged.nextActionAt = typed.nextActionAt;
    keepTyped(typed.description, before.description, merged.description);
    keepTyped(typed.solution, before.solution, merged.solution);
    fillForm(merged);
}

void TicketWindow::noticeChangedElsewhere(qint64 ticketId) {
    if (ticketId != m_ticketId)
        return;
    // Who and when come from the audit trail (the last change recorded for this ticket).
    LastChangeQuery lastChange(m_db);
    const auto last = lastChange.of(QStringLiteral("ticket"), m_ticketId);
    const QString who = last && !last->userName.isEmpty() ? last->userName : tr("another agent");
    m_changedElsewhereLabel->setText(
        tr("This ticket was just changed by %1 on another workstation. <a href=\"reload\">Reload</a> to see the "
           "change; what you typed here is kept.")
            .arg(who.toHtmlEscaped()));
    m_changedElsewhereLabel->show();
}

bool TicketWindow::isChangedElsewhereShown() const {
    return m_changedElsewhereLabel->isVisibleTo(this);
}

bool TicketWindow::saveChanges() {
    clearHighlights();
    const Ticket edited = editedTicket();
    auto version = m_tickets.update(m_actor, edited);
    if (!version) {
        // Someone saved the ticket since this window read it: merge, field by field, instead of overwriting theirs
        // or asking the agent to type everything again.
        if (version.error().code == Error::Code::Conflict)
            return mergeWithCurrent(edited);
        showRefusal(tr("Save ticket"), version.error());
        return false;
    }
    reload();
    return true;
}

bool TicketWindow::mergeWithCurrent(Ticket edited) {
    const Ticket& base = m_details.ticket;
    // The date field shows minutes: a next action left as it was is not an edit.
    if (edited.nextActionAt && base.nextActionAt && *edited.nextActionAt / 60000 == *base.nextActionAt / 60000)
        edited.nextActionAt = base.nextActionAt;
    TicketConflictMerge merge(m_db, SystemClock::instance());
    auto conflict = merge.compare(m_actor, base, edited);
    for (;;) {
        if (!conflict) {
            MessageBoxes::warning(this, tr("Save ticket"), conflict.error().userMessage);
            return false;
        }
        ConflictMergeDialog dialog(conflict->record, tr("Ticket %1").arg(base.protocol), this);
        if (dialog.run() != QDialog::Accepted)
            return false; // nothing saved; the form still has every typed character
        conflict->record = dialog.conflict();
        auto version = merge.save(m_actor, *conflict);
        if (version) {
            load();
            fillForm(m_details.ticket);
            return true;
        }
        auto fresh = version.error().code == Error::Code::Conflict ? merge.compare(m_actor, base, edited)
                                                                   : Result<TicketConflict>(version.error());
        if (!fresh || fresh->record.currentRowVersion == conflict->record.currentRowVersion) {
            showRefusal(tr("Save ticket"), version.error()); // refused for its own reason, not a newer version
            return false;
        }
        // Yet another save came in while the agent was choosing: compare with that one.
        MessageBoxes::information(this, tr("Changed again"),
                                  tr("The ticket was saved again by someone else while you merged. Compare with the "
                                     "newest version."));
        conflict = std::move(fresh);
    }
}

bool TicketWindow::changeStatus() {
    clearHighlights();
    const std::optional<qint64> to = comboId(m_ui->statusComboBox);
    if (!to) {
        MessageBoxes::information(this, tr("Change status"), tr("No other status is allowed for this ticket now."));
        return false;
    }
    // Seed 000: resolving a problem offers to resolve its open incidents too, with one message to each customer.
    int openIncidents = 0;
    for (const LinkedTicket& incident : std::as_const(m_details.incidents))
        openIncidents += incident.isClosed ? 0 : 1;
    if (openIncidents > 0 &&
        m_ui->statusComboBox->currentData(StatusCodeRole).toString() == QLatin1String("resolved")) {
        const auto answer = MessageBoxes::question(
            this, tr("Resolve problem"),
            tr("This problem has %n open incident(s). Resolve them too, with this solution and one message to "
               "each customer?",
               nullptr, openIncidents),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer == QMessageBox::Cancel)
            return false;
        if (answer == QMessageBox::Yes)
            return resolveProblemAndIncidents();
    }
    // The solution typed in General data goes with the move (resolving needs it); the rest of the form stays as
    // typed and is saved with "Save and forward".
    auto version = m_tickets.changeStatus(m_actor, m_ticketId, m_details.ticket.rowVersion, *to,
                                          m_ui->solutionTextEdit->toPlainText());
    if (!version) {
        showRefusal(tr("Change status"), version.error());
        return false;
    }
    reload();
    return true;
}

bool TicketWindow::resolveProblemAndIncidents() {
    const QString solution = m_ui->solutionTextEdit->toPlainText().trimmed();
    const QString message = tr("The problem behind your ticket was solved: %1").arg(solution);
    auto result = m_tickets.resolveProblem(m_actor, m_ticketId, m_details.ticket.rowVersion, solution, true, message);
    if (!result) {
        showRefusal(tr("Resolve problem"), result.error());
        return false;
    }
    reload();
    QStringList lines{tr("%n incident(s) resolved.", nullptr, int(result->resolvedIncidents.size()))};
    for (const auto& [id, reason] : std::as_const(result->skippedIncidents))
        lines.append(tr("Ticket #%1 was left as it was: %2").arg(id).arg(reason));
    MessageBoxes::information(this, tr("Resolve problem"), lines.join(QLatin1Char('\n')));
    return true;
}

bool TicketWindow::sendAnswer() {
    clearHighlights();
    NewInteraction answer;
    QWidget* page = m_ui->answerTabWidget->currentWidget();
    if (page == m_ui->cannedTab) {
        answer.kind = QStringLiteral("canned");
        answer.cannedReplyId = comboId(m_ui->cannedComboBox);
        // What the agent saw in the preview is what is sent (core renders it when there was no preview).
        if (answer.cannedReplyId)
            answer.text = m_cannedPreview;
    } else if (page == m_ui->manualTab) {
        answer.kind = QStringLiteral("manual");
        answer.text = m_ui->manualTextEdit->toPlainText();
    } else {
        answer.kind = QStringLiteral("record");
        answer.channel = m_ui->channelComboBox->currentData().toString();
        answer.text = m_ui->recordTextEdit->toPlainText();
    }
    answer.visibleToCustomer = m_ui->visibleCheckBox->isChecked();
    answer.emailToCustomer = m_ui->emailCheckBox->isChecked();
    if (answer.kind != QLatin1String("record")) {
        // A reply goes out by e-mail when asked, otherwise on the portal when visible, otherwise it is internal.
        answer.channel = answer.emailToCustomer     ? QStringLiteral("email")
                         : answer.visibleToCustomer ? QStringLiteral("portal")
                                                    : QStringLiteral("internal");
    }
    answer.copyTo = m_ui->copyToLineEdit->text().trimmed();
    if (m_ui->answerNextActionCheckBox->isChecked())
        answer.nextActionAt = m_ui->answerNextActionDateTimeEdit->dateTime().toMSecsSinceEpoch();

    // The answer and its files are stored in one transaction: a refused file (too big) saves nothing.
    QList<TicketService::NewAttachment> files;
    for (const PendingFile& f : std::as_const(m_answerFiles))
        files.append({f.fileName, f.mimeType, f.data, std::nullopt});
    auto id = m_tickets.addInteraction(m_actor, m_ticketId, answer, files);
    if (!id) {
        showRefusal(tr("Answer ticket"), id.error());
        return false;
    }
    m_answerFiles.clear();
    m_ui->answerAttachmentsListWidget->clear();
    m_ui->manualTextEdit->clear();
    m_ui->recordTextEdit->clear();
    m_ui->copyToLineEdit->clear();
    m_ui->answerNextActionCheckBox->setChecked(false);
    m_ui->emailCheckBox->setChecked(false);
    reload();
    return true;
}

bool TicketWindow::cloneTicket() {
    if (MessageBoxes::question(this, tr("Clone ticket"),
                               tr("Create a new ticket with the same customer, subject, sector, priority, title and "
                                  "description as %1?")
                                   .arg(m_details.ticket.protocol)) != QMessageBox::Yes)
        return false;
    auto clone = m_tickets.clone(m_actor, m_ticketId);
    if (!clone) {
        showRefusal(tr("Clone ticket"), clone.error());
        return false;
    }
    MessageBoxes::information(
        this, tr("Clone ticket"),
        tr("Ticket %1 was created as a copy of %2.").arg(clone->protocol, m_details.ticket.protocol));
    reload();
    emit ticketCloned(clone->id);
    return true;
}

bool TicketWindow::linkSelected() {
    const std::optional<qint64> other = comboId(m_ui->linkableComboBox);
    if (!other)
        return false;
    if (Status s = m_tickets.link(m_actor, m_ticketId, *other); !s) {
        showRefusal(tr("Link tickets"), s.error());
        return false;
    }
    reload();
    return true;
}

void TicketWindow::unlinkSelected() {
    const int row = m_ui->linksTableWidget->currentRow();
    if (row < 0)
        return;
    const qint64 other = m_ui->linksTableWidget->item(row, 0)->data(Qt::UserRole).toLongLong();
    if (Status s = m_tickets.unlink(m_actor, m_ticketId, other); !s) {
        showRefusal(tr("Link tickets"), s.error());
        return;
    }
    reload();
}

bool TicketWindow::addTask() {
    auto id = m_tickets.addTask(m_actor, m_ticketId, m_ui->taskTitleLineEdit->text());
    if (!id) {
        showRefusal(tr("New task"), id.error());
        return false;
    }
    m_ui->taskTitleLineEdit->clear();
    reload();
    return true;
}

void TicketWindow::toggleSelectedTask() {
    const int row = m_ui->tasksTableWidget->currentRow();
    if (row < 0 || row >= m_details.tasks.size())
        return;
    const TicketTask task = m_details.tasks.at(row);
    if (Status s = m_tickets.setTaskDone(m_actor, task.id, !task.done); !s) {
        showRefusal(tr("Tasks"), s.error());
        return;
    }
    reload();
}

void TicketWindow::showRefusal(const QString& title, const Error& error) {
    if (error.code == Error::Code::Conflict) {
        // Someone saved the ticket after this window read it: say so plainly and keep every typed character.
        if (MessageBoxes::question(this, tr("Changed by another user"),
                                   tr("%1\n\nReload now? What you typed stays in the fields.").arg(error.userMessage),
                                   QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) == QMessageBox::Yes)
            reload();
        return;
    }
    MessageBoxes::warning(this, title, error.userMessage);
    if (!error.fields.isEmpty())
        highlight(error.fields);
}

QWidget* TicketWindow::widgetFor(const QString& field) const {
    if (field == QLatin1String("title"))
        return m_ui->titleLineEdit;
    if (field == QLatin1String("subject_id"))
        return m_ui->subjectComboBox;
    if (field == QLatin1String("sub_subject_id"))
        return m_ui->subSubjectComboBox;
    if (field == QLatin1String("sector_id"))
        return m_ui->sectorComboBox;
    if (field == QLatin1String("responsible_id"))
        return m_ui->responsibleComboBox;
    if (field == QLatin1String("next_action_at"))
        return m_ui->nextActionCheckBox;
    if (field == QLatin1String("description"))
        return m_ui->descriptionTextEdit;
    if (field == QLatin1String("solution"))
        return m_ui->solutionTextEdit;
    if (field == QLatin1String("customer_id"))
        return m_ui->customerValueLabel;
    if (field == QLatin1String("text")) {
        QWidget* page = m_ui->answerTabWidget->currentWidget();
        return page == m_ui->manualTab   ? static_cast<QWidget*>(m_ui->manualTextEdit)
               : page == m_ui->recordTab ? static_cast<QWidget*>(m_ui->recordTextEdit)
                                         : static_cast<QWidget*>(m_ui->cannedComboBox);
    }
    return nullptr;
}

void TicketWindow::highlight(const QStringList& fields) {
    QWidget* first = nullptr;
    for (const QString& field : fields) {
        QWidget* w = widgetFor(field);
        if (!w)
            continue;
        m_highlighted.append(field);
        w->setProperty(MissingProperty, true);
        w->setStyleSheet(MissingStyle);
        if (!first)
            first = w;
    }
    if (!first)
        return;
    // Show the tab the first field is on and put the cursor there.
    for (QWidget* tab : {m_ui->generalTab, m_ui->answerTab}) {
        if (tab->isAncestorOf(first))
            m_ui->tabWidget->setCurrentWidget(tab);
    }
    first->setFocus(Qt::OtherFocusReason);
}

void TicketWindow::clearHighlights() {
    for (const QString& field : std::as_const(m_highlighted)) {
        if (QWidget* w = widgetFor(field)) {
            w->setProperty(MissingProperty, false);
            w->setStyleSheet({});
        }
    }
    for (QWidget* w : {static_cast<QWidget*>(m_ui->manualTextEdit), static_cast<QWidget*>(m_ui->recordTextEdit),
                       static_cast<QWidget*>(m_ui->cannedComboBox)}) {
        w->setProperty(MissingProperty, false);
        w->setStyleSheet({});
    }
    m_highlighted.clear();
}

// --- attachments ---

void TicketWindow::addFiles(const QStringList& paths) {
    const bool forAnswer = m_ui->tabWidget->currentWidget() == m_ui->answerTab;
    for (const QString& path : paths) {
        QFileInfo info(path);
        if (!forAnswer && info.size() > LargeFileBytes) {
            attachInBackground(path);
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            MessageBoxes::warning(this, tr("Attach files"),
                                  tr("Could not read the file %1.").arg(QDir::toNativeSeparators(path)));
            continue;
        }
        const QByteArray data = file.readAll();
        const QString mime = QMimeDatabase().mimeTypeForFileNameAndData(path, data).name();
        if (forAnswer)
            addAnswerFile(info.fileName(), mime, data);
        else
            attachNow(info.fileName(), mime, data);
    }
}

void TicketWindow::addAnswerFile(const QString& fileName, const QString& mimeType, const QByteArray& data) {
    m_answerFiles.append(PendingFile{fileName, mimeType, data});
    m_ui->answerAttachmentsListWidget->addItem(
        QStringLiteral("%1 (%2)").arg(fileName, QLocale().formattedDataSize(data.size())));
}

bool TicketWindow::attachNow(const QString& fileName, const QString& mimeType, const QByteArray& data) {
    auto added = m_attachments.add(m_actor, m_ticketId, fileName, mimeType, data);
    if (!added) {
        MessageBoxes::warning(this, tr("Attach files"), added.error().userMessage);
        return false;
    }
    reload();
    emit attachmentsChanged();
    return true;
}

void TicketWindow::attachInBackground(const QString& path) {
    // The worker opens its own connection: the window's Database belongs to the GUI thread.
    const QString dbPath = m_db.path();
    const Actor actor = m_actor;
    const qint64 ticketId = m_ticketId;
    setCursor(Qt::BusyCursor);
    runInBackground<QString>(
        this,
        [dbPath, actor, ticketId, path]() -> QString {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return tr("Could not read the file %1.").arg(QDir::toNativeSeparators(path));
            const QByteArray data = file.readAll();
            auto db = Database::open(dbPath);
            if (!db)
                return db.error().userMessage;
            AttachmentService service(**db, SystemClock::instance());
            auto added = service.add(actor, ticketId, QFileInfo(path).fileName(),
                                     QMimeDatabase().mimeTypeForFileNameAndData(path, data).name(), data);
            return added ? QString() : added.error().userMessage;
        },
        [this](const QString& problem) {
            unsetCursor();
            if (!problem.isEmpty())
                MessageBoxes::warning(this, tr("Attach files"), problem);
            reload();
            emit attachmentsChanged();
        });
}

bool TicketWindow::pasteFromClipboard() {
    const QMimeData* data = QApplication::clipboard()->mimeData();
    if (data && data->hasImage()) {
        const QImage image = qvariant_cast<QImage>(data->imageData());
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        const QString name =
            tr("screenshot-%1.png").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        if (m_ui->tabWidget->currentWidget() == m_ui->answerTab) {
            addAnswerFile(name, QStringLiteral("image/png"), png);
            return true;
        }
        return attachNow(name, QStringLiteral("image/png"), png);
    }
    if (data && data->hasUrls()) {
        QStringList paths;
        for (const QUrl& url : data->urls()) {
            if (url.isLocalFile())
                paths.append(url.toLocalFile());
        }
        if (!paths.isEmpty()) {
            addFiles(paths);
            return true;
        }
    }
    MessageBoxes::information(this, tr("Paste from clipboard"),
                              tr("The clipboard has no image or file to attach. Copy a screenshot or a file first."));
    return false;
}

bool TicketWindow::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers().testFlag(Qt::ControlModifier)) {
            sendAnswer();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void TicketWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls() && m_actor.can(Permission::TicketReply))
        event->acceptProposedAction();
}

void TicketWindow::dropEvent(QDropEvent* event) {
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    addFiles(paths);
}

std::optional<qint64> TicketWindow::selectedAttachmentId() const {
    const int row = m_ui->attachmentsTableWidget->currentRow();
    if (row < 0 || !m_ui->attachmentsTableWidget->item(row, 0))
        return std::nullopt;
    return m_ui->attachmentsTableWidget->item(row, 0)->data(Qt::UserRole).toLongLong();
}

bool TicketWindow::saveAttachmentTo(qint64 attachmentId, const QString& path) {
    return writeAttachment(attachmentId, path, {});
}

bool TicketWindow::writeAttachment(qint64 attachmentId, const QString& path, std::function<void()> whenWritten) {
    auto data = m_attachments.read(m_actor, attachmentId);
    if (!data) {
        MessageBoxes::warning(this, tr("Save attachment"), data.error().userMessage);
        return false;
    }
    if (data->info.size > LargeFileBytes) {
        // A big file is written by a worker; the bytes are already read, so only the disk is waited on there.
        auto bytes = std::make_shared<QByteArray>(data->data);
        runInBackground<bool>(
            this,
            [bytes, path]() {
                QFile file(path);
                return file.open(QIODevice::WriteOnly) && file.write(*bytes) == bytes->size();
            },
            [this, path, whenWritten](bool ok) {
                if (!ok)
                    MessageBoxes::warning(this, tr("Save attachment"),
                                          tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
                else if (whenWritten)
                    whenWritten();
            });
        return true;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data->data) != data->data.size()) {
        MessageBoxes::warning(this, tr("Save attachment"),
                              tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (whenWritten)
        whenWritten();
    return true;
}

void TicketWindow::saveAttachmentAs() {
    const auto id = selectedAttachmentId();
    if (!id)
        return;
    const QString suggested = m_ui->attachmentsTableWidget->item(m_ui->attachmentsTableWidget->currentRow(), 0)->text();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save attachment"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(suggested));
    if (!path.isEmpty())
        saveAttachmentTo(*id, path);
}

void TicketWindow::openAttachment() {
    const auto id = selectedAttachmentId();
    if (!id)
        return;
    const QString name = m_ui->attachmentsTableWidget->item(m_ui->attachmentsTableWidget->currentRow(), 0)->text();
    // A folder per attachment keeps the sanitised name (the viewer shows it) without clashing with another file.
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                               .filePath(QStringLiteral("atende-attachments/%1").arg(*id));
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(name);
    writeAttachment(*id, path, [path] { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); });
}

} // namespace atende
