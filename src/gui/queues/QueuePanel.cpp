#include "queues/QueuePanel.h"
#include "queues/ui_QueuePanel.h"

#include "TicketListModel.h"
#include "auth/Permission.h"
#include "common/MessageBoxes.h"
#include "queues/OverdueHighlightDelegate.h"
#include "queues/QueueCatalog.h"
#include "queues/QueueCounter.h"
#include "queues/QueueLookups.h"
#include "queues/SavedQueueFilterService.h"
#include "search/SearchService.h"
#include "storage/Database.h"
#include "util/SystemClock.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QScopedValueRollback>
#include <QShortcut>

namespace atende {

namespace {

constexpr int QueueIndexRole = Qt::UserRole;
constexpr int MaxFittedColumnWidth = 260;

void selectData(QComboBox* combo, const std::optional<qint64>& value) {
    const int index = value ? combo->findData(*value) : 0;
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

std::optional<qint64> selectedId(const QComboBox* combo) {
    const QVariant data = combo->currentData();
    return data.isValid() ? std::optional<qint64>(data.toLongLong()) : std::nullopt;
}

} // namespace

QueuePanel::QueuePanel(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::QueuePanel>())
    , m_clock(&SystemClock::instance()) {
    m_ui->setupUi(this);
    setFocusProxy(m_ui->queueListWidget);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({240, 760});
    m_ui->queueTicketsTableView->setItemDelegate(
        new OverdueHighlightDelegate(TicketListModel::OverdueRole, m_ui->queueTicketsTableView));
    m_ui->queueTicketsTableView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->queueTicketsTableView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);

    m_counter = new QueueCounter(this);
    connect(m_counter, &QueueCounter::counted, this, &QueuePanel::showCounts);
    connect(m_counter, &QueueCounter::failed, this, [this](const QString& message) {
        m_ui->queueCountLabel->setText(tr("Queues not counted: %1").arg(message));
        emit countsShown();
    });

    connect(m_ui->queueListWidget, &QListWidget::currentRowChanged, this, &QueuePanel::applyQueueRow);
    // Enter on a queue hands the keyboard to its tickets; Delete removes a saved filter.
    new QShortcut(
        QKeySequence::Delete, m_ui->queueListWidget, this, [this] { deleteSelectedFilter(true); }, Qt::WidgetShortcut);
    connect(m_ui->queueListWidget, &QListWidget::itemActivated, this,
            [this] { m_ui->queueTicketsTableView->setFocus(); });
    for (QComboBox* combo : {m_ui->statusComboBox, m_ui->sectorComboBox, m_ui->responsibleComboBox,
                             m_ui->subjectComboBox, m_ui->priorityComboBox})
        connect(combo, &QComboBox::currentIndexChanged, this, &QueuePanel::applyEditedFilter);
    for (QCheckBox* box : {m_ui->openOnlyCheckBox, m_ui->overdueCheckBox, m_ui->breachedCheckBox})
        connect(box, &QCheckBox::toggled, this, &QueuePanel::applyEditedFilter);
    for (QSpinBox* spin : {m_ui->minAgeSpinBox, m_ui->dueWithinSpinBox}) {
        spin->setKeyboardTracking(false); // one query when the typing ends, not one per digit
        connect(spin, &QSpinBox::valueChanged, this, &QueuePanel::applyEditedFilter);
    }
    connect(m_ui->clearButton, &QPushButton::clicked, this, [this] {
        // Every filter goes; the order the user chose stays.
        const QSignalBlocker block(m_ui->queueSearchLineEdit);
        m_ui->queueSearchLineEdit->clear();
        m_searchIds.reset();
        QueueFilter cleared;
        cleared.sortKey = m_model ? m_model->sortKey() : cleared.sortKey;
        cleared.order = m_model ? m_model->sortOrder() : cleared.order;
        apply(cleared);
    });
    connect(m_ui->queueSearchLineEdit, &QLineEdit::returnPressed, this, [this] {
        if (search(m_ui->queueSearchLineEdit->text()))
            m_ui->queueTicketsTableView->setFocus();
    });
    // Clearing the box (its clear button, or erasing the text) shows the whole queue again.
    connect(m_ui->queueSearchLineEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.trimmed().isEmpty() && m_searchIds)
            search(QString());
    });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &QueuePanel::askToSave);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, [this] { deleteSelectedFilter(true); });
    new QShortcut(QKeySequence::Save, this, this, &QueuePanel::askToSave, Qt::WidgetWithChildrenShortcut);
    connect(m_ui->queueTicketsTableView, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit ticketActivated(index.data(TicketListModel::IdRole).toLongLong());
    });

    m_ui->priorityComboBox->addItem(tr("Any priority"));
    const QStringList priorities{tr("Critical"), tr("High"), tr("Medium"), tr("Low"), tr("Very low")};
    for (int p = 1; p <= priorities.size(); ++p)
        m_ui->priorityComboBox->addItem(priorities[p - 1], p);
    updateButtons();
}

QueuePanel::~QueuePanel() = default;

qint64 QueuePanel::nowMs() const {
    return m_clock->nowMs();
}

void QueuePanel::setClock(const Clock& clock) {
    m_clock = &clock;
}

bool QueuePanel::setDatabasePath(const QString& path) {
    m_ui->queueTicketsTableView->setModel(nullptr);
    m_model.reset();
    m_db.reset();
    auto db = Database::openExisting(path);
    if (!db) {
        m_ui->queueCountLabel->setText(db.error().userMessage);
        return false;
    }
    m_db = std::move(db).value();
    m_model = std::make_unique<TicketListModel>(*m_db);
    QItemSelectionModel* old = m_ui->queueTicketsTableView->selectionModel();
    m_ui->queueTicketsTableView->setModel(m_model.get());
    delete old;
    QHeaderView* header = m_ui->queueTicketsTableView->horizontalHeader();
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_ui->queueTicketsTableView->setSortingEnabled(true);
    // A click on a column without an index leaves the list as it is; put the indicator back where the order is.
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int column) {
        if (m_model && !TicketListModel::isSortable(column))
            header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    });
    connect(m_model.get(), &TicketListModel::loadFailed, m_ui->queueCountLabel, &QLabel::setText);
    fillChoices();
    rebuildQueues();
    m_ui->queueListWidget->setCurrentRow(0);
    m_ui->queueTicketsTableView->resizeColumnsToContents();
    for (int column = 0; column < header->count(); ++column) {
        if (header->sectionSize(column) > MaxFittedColumnWidth)
            header->resizeSection(column, MaxFittedColumnWidth);
    }
    return true;
}

void QueuePanel::setActor(const Actor& actor) {
    m_actor = actor;
    if (m_db)
        rebuildQueues();
    updateButtons();
}

void QueuePanel::fillChoices() {
    const QSignalBlocker b1(m_ui->statusComboBox), b2(m_ui->sectorComboBox), b3(m_ui->responsibleComboBox),
        b4(m_ui->subjectComboBox);
    m_ui->statusComboBox->clear();
    m_ui->statusComboBox->addItem(tr("Any status"));
    if (auto statuses = WorkflowStatusQuery(*m_db).all()) {
        for (const auto& status : *statuses)
            m_ui->statusComboBox->addItem(status.name, status.id);
    }
    QueueLookups lookups(*m_db);
    const auto fill = [](QComboBox* combo, const QString& any, const Result<QList<QueueLookups::Choice>>& choices) {
        combo->clear();
        combo->addItem(any);
        if (!choices)
            return;
        for (const QueueLookups::Choice& choice : *choices)
            combo->addItem(choice.name, choice.id);
    };
    fill(m_ui->sectorComboBox, tr("Any sector"), lookups.sectors());
    fill(m_ui->responsibleComboBox, tr("Anyone"), lookups.users());
    fill(m_ui->subjectComboBox, tr("Any subject"), lookups.subjects());
}

void QueuePanel::rebuildQueues() {
    const int previous = m_ui->queueListWidget->currentRow();
    m_queues.clear();
    std::vector<WorkflowStatusQuery::Row> statuses;
    if (auto read = WorkflowStatusQuery(*m_db).all())
        statuses = std::move(*read);
    for (const NamedQueue& queue : QueueCatalog::builtIn(statuses, m_actor.userId()))
        m_queues.push_back({queue.name, queue.filter, 0, false, {}});
    if (m_actor.isValid()) {
        auto saved = SavedQueueFilterService(*m_db, *m_clock).list(m_actor);
        if (saved) {
            for (const SavedQueueFilter& s : *saved)
                m_queues.push_back({s.name, s.filter, s.id, s.shared, s.ownerName});
        } else {
            m_ui->queueCountLabel->setText(saved.error().userMessage);
        }
    }
    const QSignalBlocker block(m_ui->queueListWidget);
    m_ui->queueListWidget->clear();
    for (std::size_t i = 0; i < m_queues.size(); ++i) {
        const Queue& q = m_queues[i];
        auto* item = new QListWidgetItem(q.name, m_ui->queueListWidget);
        item->setData(QueueIndexRole, int(i));
        if (q.savedId != 0)
            item->setToolTip(q.shared ? tr("Shared filter saved by %1").arg(q.ownerName) : tr("Your saved filter"));
    }
    m_counts.clear();
    if (previous >= 0 && previous < m_ui->queueListWidget->count())
        m_ui->queueListWidget->setCurrentRow(previous);
    startCounts();
}

void QueuePanel::applyQueueRow(int row) {
    if (row < 0 || row >= int(m_queues.size()))
        return;
    apply(m_queues[std::size_t(row)].filter);
    updateButtons();
}

void QueuePanel::setControls(const QueueFilter& f) {
    const QScopedValueRollback applying(m_applying, true);
    selectData(m_ui->statusComboBox, f.statusId);
    selectData(m_ui->sectorComboBox, f.sectorId);
    selectData(m_ui->responsibleComboBox, f.responsibleId);
    selectData(m_ui->subjectComboBox, f.subjectId);
    selectData(m_ui->priorityComboBox, f.priority ? std::optional<qint64>(*f.priority) : std::nullopt);
    m_ui->openOnlyCheckBox->setChecked(f.openOnly);
    m_ui->overdueCheckBox->setChecked(f.nextActionOverdue);
    m_ui->breachedCheckBox->setChecked(f.deadlineBreached);
    m_ui->minAgeSpinBox->setValue(f.minAgeHours.value_or(0));
    m_ui->dueWithinSpinBox->setValue(f.deadlineWithinHours.value_or(0));
}

QueueFilter QueuePanel::currentFilter() const {
    QueueFilter f;
    f.statusId = selectedId(m_ui->statusComboBox);
    f.sectorId = selectedId(m_ui->sectorComboBox);
    f.responsibleId = selectedId(m_ui->responsibleComboBox);
    f.subjectId = selectedId(m_ui->subjectComboBox);
    if (auto p = selectedId(m_ui->priorityComboBox))
        f.priority = int(*p);
    f.openOnly = m_ui->openOnlyCheckBox->isChecked();
    f.nextActionOverdue = m_ui->overdueCheckBox->isChecked();
    f.deadlineBreached = m_ui->breachedCheckBox->isChecked();
    if (m_ui->minAgeSpinBox->value() > 0)
        f.minAgeHours = m_ui->minAgeSpinBox->value();
    if (m_ui->dueWithinSpinBox->value() > 0)
        f.deadlineWithinHours = m_ui->dueWithinSpinBox->value();
    if (m_model) {
        f.sortKey = m_model->sortKey();
        f.order = m_model->sortOrder();
    }
    return f;
}

void QueuePanel::apply(const QueueFilter& filter) {
    if (!m_model)
        return;
    setControls(filter);
    const qint64 now = nowMs();
    m_model->setOverdueAt(now);
    TicketListFilter listFilter = filter.toListFilter(now);
    listFilter.ticketIds = m_searchIds;
    m_model->setFilterAndSort(listFilter, filter.sortKey, filter.order);
    m_ui->queueTicketsTableView->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    startCounts();
}

void QueuePanel::applyEditedFilter() {
    if (m_applying)
        return;
    apply(currentFilter());
}

void QueuePanel::showFilter(const QueueFilter& filter) {
    for (std::size_t i = 0; i < m_queues.size(); ++i) {
        if (m_queues[i].filter == filter) {
            m_ui->queueListWidget->setCurrentRow(int(i));
            return;
        }
    }
    const QSignalBlocker block(m_ui->queueListWidget);
    m_ui->queueListWidget->setCurrentRow(-1);
    apply(filter);
    updateButtons();
}

void QueuePanel::refresh() {
    if (!m_db)
        return;
    const QueueFilter filter = currentFilter();
    fillChoices();
    rebuildQueues();
    setControls(filter);
    m_model->setOverdueAt(nowMs());
    TicketListFilter listFilter = filter.toListFilter(nowMs());
    listFilter.ticketIds = m_searchIds;
    m_model->setFilter(listFilter);
    m_model->reload();
}

void QueuePanel::startCounts() {
    if (!m_db)
        return;
    const qint64 now = nowMs();
    QList<TicketListFilter> filters;
    for (const Queue& q : m_queues)
        filters.append(q.filter.toListFilter(now));
    filters.append(m_model ? m_model->filter() : TicketListFilter{});
    m_ui->queueCountLabel->setText(tr("Counting…"));
    m_counter->start(m_db->path(), filters);
}

QString QueuePanel::countLabel(qint64 n) const {
    // A capped count is a floor, and the badge says so instead of walking a huge queue to the end.
    return n >= QueueCounter::Cap ? tr("%1+").arg(QLocale().toString(QueueCounter::Cap)) : QLocale().toString(n);
}

void QueuePanel::showCounts(const QList<qint64>& counts) {
    m_counts = counts;
    for (int row = 0; row < m_ui->queueListWidget->count() && row < counts.size(); ++row) {
        QListWidgetItem* item = m_ui->queueListWidget->item(row);
        const Queue& q = m_queues[std::size_t(item->data(QueueIndexRole).toInt())];
        item->setText(QStringLiteral("%1 (%2)").arg(q.name, countLabel(counts[row])));
    }
    if (!counts.isEmpty()) {
        const qint64 current = counts.last();
        m_ui->queueCountLabel->setText(
            current >= QueueCounter::Cap
                ? tr("More than %1 tickets in this view").arg(QLocale().toString(QueueCounter::Cap))
                : tr("%Ln ticket(s) in this view", nullptr, int(current)));
    }
    emit countsShown();
}

void QueuePanel::updateButtons() {
    const int row = m_ui->queueListWidget->currentRow();
    const bool saved = row >= 0 && row < int(m_queues.size()) && m_queues[std::size_t(row)].savedId != 0;
    m_ui->saveButton->setEnabled(m_actor.isValid());
    m_ui->deleteButton->setEnabled(m_actor.isValid() && saved);
    if (!m_actor.isValid())
        m_ui->saveButton->setToolTip(tr("Log in to save filters."));
    else
        m_ui->saveButton->setToolTip(tr("Save the current filter under a name (Ctrl+S)."));
}

bool QueuePanel::saveCurrentFilter(const QString& name, bool shared) {
    if (!m_db)
        return false;
    auto id = SavedQueueFilterService(*m_db, *m_clock).save(m_actor, name, currentFilter(), shared);
    if (!id) {
        MessageBoxes::warning(this, tr("Save filter"), id.error().userMessage);
        return false;
    }
    rebuildQueues();
    for (std::size_t i = 0; i < m_queues.size(); ++i) {
        if (m_queues[i].savedId == *id) {
            const QSignalBlocker block(m_ui->queueListWidget);
            m_ui->queueListWidget->setCurrentRow(int(i));
        }
    }
    updateButtons();
    return true;
}

bool QueuePanel::deleteSelectedFilter(bool confirm) {
    const int row = m_ui->queueListWidget->currentRow();
    if (!m_db || row < 0 || row >= int(m_queues.size()) || m_queues[std::size_t(row)].savedId == 0)
        return false;
    const Queue& q = m_queues[std::size_t(row)];
    if (confirm && MessageBoxes::question(this, tr("Delete filter"),
                                          tr("Delete the saved filter \"%1\"?").arg(q.name)) != QMessageBox::Yes)
        return false;
    const Status removed = SavedQueueFilterService(*m_db, *m_clock).remove(m_actor, q.savedId);
    if (!removed) {
        MessageBoxes::warning(this, tr("Delete filter"), removed.error().userMessage);
        return false;
    }
    rebuildQueues();
    m_ui->queueListWidget->setCurrentRow(0);
    return true;
}

void QueuePanel::askToSave() {
    if (!m_actor.isValid() || !m_db)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Save filter"));
    auto* form = new QFormLayout(&dialog);
    auto* name = new QLineEdit(&dialog);
    name->setMaxLength(SavedQueueFilterService::MaxNameLength);
    form->addRow(tr("&Name:"), name);
    auto* shared = new QCheckBox(tr("Share with &everyone"), &dialog);
    shared->setVisible(m_actor.can(Permission::TicketSupervise));
    form->addRow(shared);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        saveCurrentFilter(name->text(), shared->isChecked());
}

bool QueuePanel::search(const QString& text) {
    if (!m_db)
        return false;
    if (text.trimmed().isEmpty()) {
        m_searchIds.reset();
        apply(currentFilter());
        return true;
    }
    auto found = SearchService(*m_db, *m_clock).search(m_actor, text, SearchService::MaxLimit);
    if (!found) {
        m_ui->queueCountLabel->setText(found.error().userMessage);
        return false;
    }
    QList<qint64> ids;
    for (const QList<SearchHit>* group : {&found->exact, &found->tickets}) {
        for (const SearchHit& hit : *group) {
            if (hit.kind == SearchHit::Kind::Ticket && !ids.contains(hit.id))
                ids << hit.id;
        }
    }
    m_searchIds = ids;
    apply(currentFilter());
    return true;
}

int QueuePanel::queueCount() const {
    return m_ui->queueListWidget->count();
}

QString QueuePanel::queueText(int row) const {
    const QListWidgetItem* item = m_ui->queueListWidget->item(row);
    return item ? item->text() : QString();
}

QString QueuePanel::countText() const {
    return m_ui->queueCountLabel->text();
}

bool QueuePanel::isCounting() const {
    return m_counter->isRunning();
}

} // namespace atende
