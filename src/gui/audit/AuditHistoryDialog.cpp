#include "audit/AuditHistoryDialog.h"
#include "audit/ui_AuditHistoryDialog.h"

#include "audit/AuditHistoryQuery.h"
#include "auth/Permission.h"
#include "util/SystemClock.h"

#include <QHeaderView>
#include <QLocale>
#include <QPushButton>

namespace atende {

namespace {

const QDate NoDate(2000, 1, 1); // the minimum of the date fields, shown as "any"

} // namespace

AuditHistoryDialog::AuditHistoryDialog(Database& db, Actor actor, AuditHistoryFilter filter, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AuditHistoryDialog>())
    , m_db(db)
    , m_actor(std::move(actor))
    , m_base(std::move(filter)) {
    m_ui->setupUi(this);
    QTableWidget* table = m_ui->historyTableWidget;
    table->setColumnCount(ColumnCount);
    table->setHorizontalHeaderLabels(
        {tr("When"), tr("User"), tr("Record"), tr("Action"), tr("Field"), tr("Old value"), tr("New value")});
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);

    for (QDateEdit* edit : {m_ui->fromDateEdit, m_ui->toDateEdit}) {
        edit->setMinimumDate(NoDate);
        edit->setSpecialValueText(tr("any"));
        edit->setDate(NoDate);
    }

    AuditHistoryQuery query(m_db, SystemClock::instance());
    m_ui->entityComboBox->addItem(tr("All"));
    m_ui->userComboBox->addItem(tr("All"));
    if (m_base.entityId) {
        setWindowTitle(tr("History of %1 #%2").arg(entityLabel(m_base.entity)).arg(*m_base.entityId));
        m_ui->entityComboBox->clear();
        m_ui->entityComboBox->addItem(QStringLiteral("%1 #%2").arg(entityLabel(m_base.entity)).arg(*m_base.entityId),
                                      m_base.entity);
        m_ui->entityComboBox->setEnabled(false);
    } else if (auto entities = query.entities(m_actor)) {
        for (const QString& entity : *entities)
            m_ui->entityComboBox->addItem(entityLabel(entity), entity);
        if (!m_base.entity.isEmpty())
            m_ui->entityComboBox->setCurrentIndex(m_ui->entityComboBox->findData(m_base.entity));
    }
    // The user list is for administrators; a per-record reader filters by the other fields.
    if (m_actor.can(Permission::AuditView)) {
        if (auto users = query.actingUsers(m_actor)) {
            for (const auto& [id, label] : *users)
                m_ui->userComboBox->addItem(label, id);
        }
    } else {
        m_ui->userComboBox->setEnabled(false);
    }

    connect(m_ui->searchButton, &QPushButton::clicked, this, &AuditHistoryDialog::refresh);
    connect(m_ui->textLineEdit, &QLineEdit::returnPressed, this, &AuditHistoryDialog::refresh);
    connect(m_ui->entityComboBox, &QComboBox::currentIndexChanged, this, &AuditHistoryDialog::refresh);
    connect(m_ui->userComboBox, &QComboBox::currentIndexChanged, this, &AuditHistoryDialog::refresh);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter in the search box searches; only Esc or the button closes (Close would otherwise be the default).
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setAutoDefault(false);
    m_ui->searchButton->setAutoDefault(false);
    m_ui->textLineEdit->setFocus();
    refresh();
}

AuditHistoryDialog::~AuditHistoryDialog() = default;

QString AuditHistoryDialog::entityLabel(const QString& entity) {
    if (entity == QLatin1String("customer"))
        return tr("Customer");
    if (entity == QLatin1String("user"))
        return tr("User");
    if (entity == QLatin1String("profile"))
        return tr("Access profile");
    if (entity == QLatin1String("directory_entry"))
        return tr("Directory");
    if (entity == QLatin1String("ticket"))
        return tr("Ticket");
    if (entity == QLatin1String("audit"))
        return tr("History");
    return entity;
}

QString AuditHistoryDialog::actionLabel(const QString& action) {
    static const QList<std::pair<const char*, const char*>> labels{
        {"create", QT_TR_NOOP("Created")},
        {"update", QT_TR_NOOP("Changed")},
        {"delete", QT_TR_NOOP("Deleted")},
        {"merge", QT_TR_NOOP("Merged")},
        {"denied", QT_TR_NOOP("Refused (no permission)")},
        {"login", QT_TR_NOOP("Logged in")},
        {"login_failed", QT_TR_NOOP("Failed login")},
        {"locked", QT_TR_NOOP("Locked")},
        {"unlock", QT_TR_NOOP("Unlocked")},
        {"anonymize", QT_TR_NOOP("Anonymised")},
        {"export_csv", QT_TR_NOOP("Exported (CSV)")},
        {"export_data", QT_TR_NOOP("Exported (personal data)")},
        {"password_change_failed", QT_TR_NOOP("Password change refused")},
    };
    for (const auto& [code, label] : labels) {
        if (action == QLatin1String(code))
            return tr(label);
    }
    return action;
}

AuditHistoryFilter AuditHistoryDialog::currentFilter() const {
    AuditHistoryFilter filter = m_base;
    if (!m_base.entityId) {
        const QVariant entity = m_ui->entityComboBox->currentData();
        filter.entity = entity.isValid() ? entity.toString() : QString();
    }
    const QVariant user = m_ui->userComboBox->currentData();
    filter.userId = user.isValid() ? std::optional<qint64>(user.toLongLong()) : std::nullopt;
    // Local days: from the start of "from" up to the end of "to".
    if (m_ui->fromDateEdit->date() != NoDate)
        filter.from = m_ui->fromDateEdit->date().startOfDay().toUTC();
    if (m_ui->toDateEdit->date() != NoDate)
        filter.to = m_ui->toDateEdit->date().addDays(1).startOfDay().toUTC();
    filter.text = m_ui->textLineEdit->text();
    return filter;
}

void AuditHistoryDialog::refresh() {
    AuditHistoryQuery query(m_db, SystemClock::instance());
    const AuditHistoryFilter filter = currentFilter();
    auto rows = query.find(m_actor, filter);
    QTableWidget* table = m_ui->historyTableWidget;
    table->setRowCount(0);
    if (!rows) {
        m_ui->messageLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_ui->messageLabel->setText(rows.error().userMessage);
        return;
    }
    bool anyMasked = false;
    table->setRowCount(int(rows->size()));
    const QLocale locale;
    for (int row = 0; row < rows->size(); ++row) {
        const AuditHistoryRow& r = rows->at(row);
        anyMasked = anyMasked || r.masked;
        const QString user =
            r.userLogin.isEmpty() ? tr("(system)") : QStringLiteral("%1 (%2)").arg(r.userName, r.userLogin);
        const QString record =
            r.entityId ? QStringLiteral("%1 #%2").arg(entityLabel(r.entity)).arg(*r.entityId) : entityLabel(r.entity);
        const QStringList cells{locale.toString(r.at.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm:ss")),
                                user,
                                record,
                                actionLabel(r.action),
                                r.field,
                                r.oldValue,
                                r.newValue};
        for (int column = 0; column < ColumnCount; ++column)
            table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    table->resizeColumnsToContents();
    QString message = tr("%n change(s).", nullptr, int(rows->size()));
    if (rows->size() >= filter.limit)
        message += QLatin1Char(' ') + tr("Only the newest %1 are shown: narrow the filters.").arg(filter.limit);
    if (anyMasked)
        message += QLatin1Char(' ') + tr("Personal data is masked for your profile.");
    m_ui->messageLabel->setStyleSheet(QString());
    m_ui->messageLabel->setText(message);
}

int AuditHistoryDialog::rowCount() const {
    return m_ui->historyTableWidget->rowCount();
}

QString AuditHistoryDialog::cell(int row, Column column) const {
    const QTableWidgetItem* item = m_ui->historyTableWidget->item(row, column);
    return item ? item->text() : QString();
}

} // namespace atende
