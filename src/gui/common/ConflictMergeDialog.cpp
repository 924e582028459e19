#include "common/ConflictMergeDialog.h"
#include "common/ui_ConflictMergeDialog.h"

#include <QBrush>
#include <QColor>
#include <QComboBox>
#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>

namespace atende {

namespace {

enum Column { FieldColumn, MineColumn, TheirsColumn, ResultColumn, ColumnCount };

const QColor ConflictColor(0xfd, 0xec, 0xea); // the field still asks for a choice
const QColor KeptColor(0xe6, 0xf4, 0xea);     // this side is what will be saved

ConflictMergeDialog::Hook& testHook() {
    static ConflictMergeDialog::Hook hook;
    return hook;
}

} // namespace

ConflictMergeDialog::Hook ConflictMergeDialog::setTestHook(Hook hook) {
    Hook previous = std::move(testHook());
    testHook() = std::move(hook);
    return previous;
}

ConflictMergeDialog::ConflictMergeDialog(RecordConflict conflict, const QString& recordName, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConflictMergeDialog>())
    , m_conflict(std::move(conflict)) {
    m_ui->setupUi(this);
    m_ui->introLabel->setText(
        tr("%1 was saved by someone else after you opened it. What only one of you changed is already merged below. "
           "For each field marked in red, choose which version to keep. Nothing is saved until you press Save "
           "merged; Cancel takes you back to what you typed.")
            .arg(recordName));
    m_saveButton = m_ui->buttonBox->addButton(tr("&Save merged"), QDialogButtonBox::AcceptRole);
    m_saveButton->setDefault(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConflictMergeDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ConflictMergeDialog::reject);
    fillTable();
    updatePending();
}

ConflictMergeDialog::~ConflictMergeDialog() = default;

int ConflictMergeDialog::run() {
    if (const Hook& hook = testHook())
        return hook(*this);
    return exec();
}

QComboBox* ConflictMergeDialog::choiceBox(const QString& field) const {
    return findChild<QComboBox*>(QStringLiteral("choice_") + field);
}

void ConflictMergeDialog::fillTable() {
    QTableWidget* table = m_ui->fieldsTableWidget;
    const QString at = m_conflict.changedAt ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(*m_conflict.changedAt),
                                                                 QLocale::ShortFormat)
                                            : QString();
    const QString current = m_conflict.changedByName.isEmpty()
                                ? tr("Current version (%1)").arg(at)
                                : tr("Current version (by %1, %2)").arg(m_conflict.changedByName, at);
    table->setColumnCount(ColumnCount);
    table->setHorizontalHeaderLabels({tr("Field"), tr("Your version"), current, tr("Result")});
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(MineColumn, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(TheirsColumn, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(ResultColumn, QHeaderView::ResizeToContents);

    const QList<ConflictField> fields = m_conflict.changedFields();
    table->setRowCount(int(fields.size()));
    QComboBox* first = nullptr;
    for (int row = 0; row < fields.size(); ++row) {
        const ConflictField& f = fields.at(row);
        auto* label = new QTableWidgetItem(f.label);
        label->setData(Qt::UserRole, f.name);
        table->setItem(row, FieldColumn, label);
        table->setItem(row, MineColumn, new QTableWidgetItem(f.mineText));
        table->setItem(row, TheirsColumn, new QTableWidgetItem(f.theirsText));
        if (!f.conflicting()) {
            QString result;
            if (f.changedByMe && f.changedByThem)
                result = tr("Same in both");
            else if (f.changedByMe)
                result = tr("Merged: yours");
            else
                result = tr("Merged: current");
            table->setItem(row, ResultColumn, new QTableWidgetItem(result));
            continue;
        }
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        table->setItem(row, ResultColumn, new QTableWidgetItem());
        auto* choice = new QComboBox(table);
        choice->setObjectName(QStringLiteral("choice_") + f.name);
        choice->setAccessibleName(tr("Version to keep for %1").arg(f.label));
        choice->addItem(tr("Choose..."), int(ConflictField::Choice::Undecided));
        choice->addItem(tr("Keep your version"), int(ConflictField::Choice::Mine));
        choice->addItem(tr("Keep the current version"), int(ConflictField::Choice::Theirs));
        const QString name = f.name;
        connect(choice, &QComboBox::currentIndexChanged, this, [this, choice, name] {
            m_conflict.choose(name, ConflictField::Choice(choice->currentData().toInt()));
            updatePending();
        });
        table->setCellWidget(row, ResultColumn, choice);
        if (!first)
            first = choice;
    }
    table->resizeRowsToContents();
    if (first)
        first->setFocus();
    else
        m_saveButton->setFocus();
}

void ConflictMergeDialog::updatePending() {
    QTableWidget* table = m_ui->fieldsTableWidget;
    for (int row = 0; row < table->rowCount(); ++row) {
        const ConflictField* f = m_conflict.field(table->item(row, FieldColumn)->data(Qt::UserRole).toString());
        if (!f)
            continue;
        const bool undecided = f->choice == ConflictField::Choice::Undecided;
        table->item(row, FieldColumn)->setBackground(undecided ? QBrush(ConflictColor) : QBrush());
        const bool mine = f->choice == ConflictField::Choice::Mine;
        table->item(row, MineColumn)->setBackground(!undecided && mine ? QBrush(KeptColor) : QBrush());
        table->item(row, TheirsColumn)->setBackground(!undecided && !mine ? QBrush(KeptColor) : QBrush());
    }
    const QStringList undecided = m_conflict.undecidedFields();
    QStringList labels;
    for (const QString& name : undecided)
        labels.append(m_conflict.field(name)->label);
    m_ui->pendingLabel->setText(undecided.isEmpty()
                                    ? tr("Everything is merged. Check the result and press Save merged.")
                                    : tr("Still to choose: %1.").arg(labels.join(QStringLiteral(", "))));
    m_saveButton->setEnabled(undecided.isEmpty());
}

void ConflictMergeDialog::accept() {
    if (!m_conflict.isResolved())
        return; // the button is off meanwhile; Enter in a combo box must not save half a decision either
    QDialog::accept();
}

} // namespace atende
