#include "workflow/WorkflowEditorDialog.h"
#include "workflow/ui_WorkflowEditorDialog.h"

#include "auth/Permission.h"
#include "common/MessageBoxes.h"
#include "tickets/TicketFields.h"
#include "util/SystemClock.h"
#include "workflow/WorkflowValidator.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTimeEdit>

namespace atende {

namespace {

enum StatusColumn { CodeColumn, NameColumn, ClosedColumn, PausesColumn, InitialColumn, StatusColumnCount };
enum TransitionColumn { FromColumn, ToColumn, PermissionColumn, FieldsColumn, TransitionColumnCount };

QTableWidgetItem* checkItem(bool checked) {
    auto* item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

bool isChecked(const QTableWidget* table, int row, int column) {
    const QTableWidgetItem* item = table->item(row, column);
    return item && item->checkState() == Qt::Checked;
}

QString text(const QTableWidget* table, int row, int column) {
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

WorkflowEditorDialog::WorkflowEditorDialog(Database& db, Actor actor, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::WorkflowEditorDialog>())
    , m_actor(std::move(actor))
    , m_store(db, SystemClock::instance()) {
    m_ui->setupUi(this);
    QTableWidget* statuses = m_ui->statusesTableWidget;
    statuses->setColumnCount(StatusColumnCount);
    statuses->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("Closed"), tr("Pauses deadline"), tr("Initial")});
    statuses->verticalHeader()->setVisible(false);
    statuses->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    statuses->setSelectionBehavior(QAbstractItemView::SelectRows);
    statuses->setSelectionMode(QAbstractItemView::SingleSelection);

    QTableWidget* transitions = m_ui->transitionsTableWidget;
    transitions->setColumnCount(TransitionColumnCount);
    transitions->setHorizontalHeaderLabels({tr("From"), tr("To"), tr("Permission"), tr("Required fields")});
    transitions->verticalHeader()->setVisible(false);
    transitions->horizontalHeader()->setSectionResizeMode(FieldsColumn, QHeaderView::Stretch);
    transitions->setSelectionBehavior(QAbstractItemView::SelectRows);
    transitions->setSelectionMode(QAbstractItemView::SingleSelection);
    QStringList known;
    for (const QString& field : TicketFields::known())
        known.append(QStringLiteral("%1 (%2)").arg(field, TicketFields::label(field)));
    transitions->horizontalHeaderItem(FieldsColumn)
        ->setToolTip(tr("Field names separated by commas. Known fields: %1").arg(known.join(QStringLiteral(", "))));

    connect(statuses, &QTableWidget::itemChanged, this, [this] {
        if (m_filling)
            return;
        refreshStatusCombos();
        validate();
    });
    connect(transitions, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            validate();
    });
    connect(m_ui->addStatusButton, &QPushButton::clicked, this, [this] {
        addStatus(QStringLiteral("status_%1").arg(-m_nextNewId), tr("New status"));
        m_ui->statusesTableWidget->setFocus();
        m_ui->statusesTableWidget->setCurrentCell(m_ui->statusesTableWidget->rowCount() - 1, NameColumn);
    });
    connect(m_ui->removeStatusButton, &QPushButton::clicked, this, &WorkflowEditorDialog::removeStatus);
    connect(m_ui->addTransitionButton, &QPushButton::clicked, this, [this] {
        const WorkflowDefinition def = definition();
        if (def.statuses.size() < 2)
            return;
        addTransition(def.statuses.at(0).id, def.statuses.at(1).id, Permission::TicketChangeStatus);
        m_ui->transitionsTableWidget->setFocus();
        m_ui->transitionsTableWidget->setCurrentCell(m_ui->transitionsTableWidget->rowCount() - 1, FromColumn);
    });
    connect(m_ui->removeTransitionButton, &QPushButton::clicked, this, &WorkflowEditorDialog::removeTransition);
    connect(m_ui->buttonBox->button(QDialogButtonBox::Save), &QPushButton::clicked, this, [this] {
        if (save())
            accept();
    });

    QTableWidget* hours = m_ui->hoursTableWidget;
    hours->setColumnCount(3);
    hours->setHorizontalHeaderLabels({tr("Day"), tr("Opens"), tr("Closes")});
    hours->verticalHeader()->setVisible(false);
    hours->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    QTableWidget* holidays = m_ui->holidaysTableWidget;
    holidays->setColumnCount(2);
    holidays->setHorizontalHeaderLabels({tr("Date"), tr("Name")});
    holidays->verticalHeader()->setVisible(false);
    holidays->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    holidays->setSelectionBehavior(QAbstractItemView::SelectRows);
    holidays->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_ui->addHolidayButton, &QPushButton::clicked, this, [this] {
        addHoliday(QDate::currentDate(), QString());
        m_ui->holidaysTableWidget->setFocus();
        m_ui->holidaysTableWidget->setCurrentCell(m_ui->holidaysTableWidget->rowCount() - 1, 0);
    });
    connect(m_ui->removeHolidayButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->holidaysTableWidget->currentRow();
        if (row >= 0)
            m_ui->holidaysTableWidget->removeRow(row);
    });
    if (auto calendar = m_store.loadCalendarSettings())
        fillCalendar(*calendar);
    else
        MessageBoxes::warning(this, tr("Workflow"), calendar.error().userMessage);

    auto loaded = m_store.load();
    if (!loaded) {
        MessageBoxes::warning(this, tr("Workflow"), loaded.error().userMessage);
        return;
    }
    fill(*loaded);
    if (!m_actor.can(Permission::WorkflowAdmin)) {
        // Reading is for everyone; saving is refused by core. Say so before the admin types anything.
        m_ui->problemsLabel->setText(tr("Your profile may not change the workflow (workflow.admin)."));
        m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(false);
    }
}

WorkflowEditorDialog::~WorkflowEditorDialog() = default;

void WorkflowEditorDialog::fill(const WorkflowDefinition& def) {
    m_filling = true;
    m_ui->statusesTableWidget->setRowCount(int(def.statuses.size()));
    for (int row = 0; row < def.statuses.size(); ++row)
        setStatusRow(row, def.statuses.at(row));
    m_ui->transitionsTableWidget->setRowCount(int(def.transitions.size()));
    for (int row = 0; row < def.transitions.size(); ++row)
        setTransitionRow(row, def.transitions.at(row));
    m_filling = false;
    m_ui->statusesTableWidget->resizeColumnsToContents();
    m_ui->statusesTableWidget->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_ui->transitionsTableWidget->resizeColumnsToContents();
    m_ui->transitionsTableWidget->horizontalHeader()->setSectionResizeMode(FieldsColumn, QHeaderView::Stretch);
    validate();
}

void WorkflowEditorDialog::setStatusRow(int row, const WorkflowStatus& s) {
    QTableWidget* table = m_ui->statusesTableWidget;
    auto* code = new QTableWidgetItem(s.code);
    code->setData(Qt::UserRole, s.id);
    table->setItem(row, CodeColumn, code);
    table->setItem(row, NameColumn, new QTableWidgetItem(s.name));
    table->setItem(row, ClosedColumn, checkItem(s.isClosed));
    table->setItem(row, PausesColumn, checkItem(s.pausesDeadline));
    table->setItem(row, InitialColumn, checkItem(s.isInitial));
}

void WorkflowEditorDialog::setTransitionRow(int row, const WorkflowTransition& t) {
    QTableWidget* table = m_ui->transitionsTableWidget;
    for (int column : {FromColumn, ToColumn}) {
        auto* combo = new QComboBox(table);
        fillStatusCombo(combo, column == FromColumn ? t.fromStatusId : t.toStatusId);
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                validate();
        });
        table->setCellWidget(row, column, combo);
    }
    auto* permission = new QComboBox(table);
    permission->addItems(Permission::all());
    if (!Permission::all().contains(t.permission))
        permission->addItem(t.permission); // shown as it is, so the validator's complaint can be understood
    permission->setCurrentText(t.permission);
    connect(permission, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            validate();
    });
    table->setCellWidget(row, PermissionColumn, permission);
    table->setItem(row, FieldsColumn, new QTableWidgetItem(t.requiredFields.join(QStringLiteral(", "))));
}

void WorkflowEditorDialog::fillStatusCombo(QComboBox* combo, qint64 selected) const {
    const QSignalBlocker block(combo);
    combo->clear();
    const QTableWidget* table = m_ui->statusesTableWidget;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QTableWidgetItem* code = table->item(row, CodeColumn);
        if (code)
            combo->addItem(text(table, row, NameColumn), code->data(Qt::UserRole));
    }
    combo->setCurrentIndex(combo->findData(selected));
}

void WorkflowEditorDialog::refreshStatusCombos() {
    // Names changed or statuses came and went: the transition choices follow, keeping what each row points at.
    QTableWidget* table = m_ui->transitionsTableWidget;
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column : {FromColumn, ToColumn}) {
            auto* combo = qobject_cast<QComboBox*>(table->cellWidget(row, column));
            if (combo)
                fillStatusCombo(combo, combo->currentData().toLongLong());
        }
    }
}

WorkflowDefinition WorkflowEditorDialog::definition() const {
    WorkflowDefinition def;
    const QTableWidget* statuses = m_ui->statusesTableWidget;
    for (int row = 0; row < statuses->rowCount(); ++row) {
        WorkflowStatus s;
        s.id = statuses->item(row, CodeColumn) ? statuses->item(row, CodeColumn)->data(Qt::UserRole).toLongLong() : 0;
        s.code = text(statuses, row, CodeColumn);
        s.name = text(statuses, row, NameColumn);
        s.isClosed = isChecked(statuses, row, ClosedColumn);
        s.pausesDeadline = isChecked(statuses, row, PausesColumn);
        s.isInitial = isChecked(statuses, row, InitialColumn);
        s.sortOrder = (row + 1) * 10; // the order of the rows is the order of the filters and lists
        def.statuses.append(s);
    }
    const QTableWidget* transitions = m_ui->transitionsTableWidget;
    for (int row = 0; row < transitions->rowCount(); ++row) {
        WorkflowTransition t;
        auto* from = qobject_cast<QComboBox*>(transitions->cellWidget(row, FromColumn));
        auto* to = qobject_cast<QComboBox*>(transitions->cellWidget(row, ToColumn));
        auto* permission = qobject_cast<QComboBox*>(transitions->cellWidget(row, PermissionColumn));
        t.fromStatusId = from && from->currentData().isValid() ? from->currentData().toLongLong() : 0;
        t.toStatusId = to && to->currentData().isValid() ? to->currentData().toLongLong() : 0;
        t.permission = permission ? permission->currentText() : QString();
        for (const QString& field : text(transitions, row, FieldsColumn).split(QLatin1Char(','), Qt::SkipEmptyParts))
            t.requiredFields.append(field.trimmed());
        def.transitions.append(t);
    }
    return def;
}

qint64 WorkflowEditorDialog::addStatus(const QString& code, const QString& name) {
    WorkflowStatus s;
    s.id = m_nextNewId--;
    s.code = code;
    s.name = name;
    m_filling = true;
    const int row = m_ui->statusesTableWidget->rowCount();
    m_ui->statusesTableWidget->insertRow(row);
    setStatusRow(row, s);
    m_filling = false;
    refreshStatusCombos();
    validate();
    return s.id;
}

void WorkflowEditorDialog::addTransition(qint64 fromId, qint64 toId, const QString& permission,
                                         const QStringList& requiredFields) {
    m_filling = true;
    const int row = m_ui->transitionsTableWidget->rowCount();
    m_ui->transitionsTableWidget->insertRow(row);
    setTransitionRow(row, WorkflowTransition{0, fromId, toId, permission, requiredFields});
    m_filling = false;
    validate();
}

void WorkflowEditorDialog::removeStatus() {
    const int row = m_ui->statusesTableWidget->currentRow();
    if (row < 0)
        return;
    const qint64 id = m_ui->statusesTableWidget->item(row, CodeColumn)->data(Qt::UserRole).toLongLong();
    // Its transitions go with it: they would point at nothing.
    QTableWidget* transitions = m_ui->transitionsTableWidget;
    for (int t = transitions->rowCount() - 1; t >= 0; --t) {
        auto* from = qobject_cast<QComboBox*>(transitions->cellWidget(t, FromColumn));
        auto* to = qobject_cast<QComboBox*>(transitions->cellWidget(t, ToColumn));
        if ((from && from->currentData().toLongLong() == id) || (to && to->currentData().toLongLong() == id))
            transitions->removeRow(t);
    }
    m_ui->statusesTableWidget->removeRow(row);
    refreshStatusCombos();
    validate();
}

void WorkflowEditorDialog::removeTransition() {
    const int row = m_ui->transitionsTableWidget->currentRow();
    if (row < 0)
        return;
    m_ui->transitionsTableWidget->removeRow(row);
    validate();
}

void WorkflowEditorDialog::validate() {
    m_problems = WorkflowValidator::problems(definition());
    m_ui->problemsListWidget->clear();
    m_ui->problemsListWidget->addItems(m_problems);
    m_ui->problemsListWidget->setVisible(!m_problems.isEmpty());
    if (m_problems.isEmpty()) {
        m_ui->problemsLabel->setText(tr("The workflow is valid."));
        m_ui->problemsLabel->setStyleSheet(QStringLiteral("color: #1b5e20;"));
    } else {
        m_ui->problemsLabel->setText(tr("Fix these problems before saving:"));
        m_ui->problemsLabel->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
    }
    m_ui->buttonBox->button(QDialogButtonBox::Save)
        ->setEnabled(m_problems.isEmpty() && m_actor.can(Permission::WorkflowAdmin));
}

void WorkflowEditorDialog::fillCalendar(const CalendarSettings& settings) {
    QTableWidget* hours = m_ui->hoursTableWidget;
    hours->setRowCount(7);
    const QLocale locale;
    for (int row = 0; row < 7; ++row) {
        const CalendarSettings::Day& d = settings.week[size_t(row)];
        auto* day = checkItem(d.open);
        day->setText(locale.dayName(row + 1, QLocale::LongFormat));
        hours->setItem(row, 0, day);
        int column = 1;
        for (int minute : {d.opensMinute, d.closesMinute}) {
            auto* edit = new QTimeEdit(QTime(0, 0).addSecs(qint64(minute) * 60), hours);
            edit->setDisplayFormat(QStringLiteral("HH:mm"));
            hours->setCellWidget(row, column++, edit);
        }
    }
    // The hours of a closed day mean nothing: greyed out until the day is ticked.
    const auto enableHours = [hours](int row) {
        for (int column : {1, 2}) {
            if (QWidget* w = hours->cellWidget(row, column))
                w->setEnabled(isChecked(hours, row, 0));
        }
    };
    for (int row = 0; row < 7; ++row)
        enableHours(row);
    connect(hours, &QTableWidget::itemChanged, this, [enableHours](QTableWidgetItem* item) {
        if (item->column() == 0)
            enableHours(item->row());
    });
    hours->resizeColumnsToContents();
    hours->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->holidaysTableWidget->setRowCount(0);
    for (const auto& h : settings.holidays)
        addHoliday(h.day, h.name);
}

void WorkflowEditorDialog::addHoliday(const QDate& day, const QString& name) {
    QTableWidget* table = m_ui->holidaysTableWidget;
    const int row = table->rowCount();
    table->insertRow(row);
    auto* edit = new QDateEdit(day, table);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    table->setCellWidget(row, 0, edit);
    table->setItem(row, 1, new QTableWidgetItem(name));
}

CalendarSettings WorkflowEditorDialog::calendarSettings() const {
    CalendarSettings settings;
    const QTableWidget* hours = m_ui->hoursTableWidget;
    for (int row = 0; row < 7 && row < hours->rowCount(); ++row) {
        auto* opens = qobject_cast<QTimeEdit*>(hours->cellWidget(row, 1));
        auto* closes = qobject_cast<QTimeEdit*>(hours->cellWidget(row, 2));
        CalendarSettings::Day& d = settings.week[size_t(row)];
        d.open = isChecked(hours, row, 0);
        if (opens)
            d.opensMinute = QTime(0, 0).secsTo(opens->time()) / 60;
        if (closes)
            d.closesMinute = QTime(0, 0).secsTo(closes->time()) / 60;
    }
    const QTableWidget* holidays = m_ui->holidaysTableWidget;
    for (int row = 0; row < holidays->rowCount(); ++row) {
        auto* day = qobject_cast<QDateEdit*>(holidays->cellWidget(row, 0));
        settings.holidays.append({day ? day->date() : QDate(), text(holidays, row, 1)});
    }
    return settings;
}

bool WorkflowEditorDialog::save() {
    if (Status s = m_store.save(m_actor, definition()); !s) {
        MessageBoxes::warning(this, tr("Workflow"), s.error().userMessage);
        return false;
    }
    if (Status s = m_store.saveCalendarSettings(m_actor, calendarSettings()); !s) {
        m_ui->tabWidget->setCurrentWidget(m_ui->calendarTab);
        MessageBoxes::warning(this, tr("Workflow"), s.error().userMessage);
        return false;
    }
    return true;
}

} // namespace atende
