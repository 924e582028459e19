#include "roster/RosterDialog.h"

#include "auth/Permission.h"
#include "common/MessageBoxes.h"
#include "queues/QueueLookups.h"
#include "roster/RosterService.h"
#include "storage/Database.h"
#include "util/SystemClock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace atende {

namespace {

constexpr int IdRole = Qt::UserRole;

QString hhmm(int minutes) {
    return QTime(0, 0)
        .addSecs(minutes * 60)
        .toString(QStringLiteral("HH:mm"))
        .replace(QStringLiteral("00:00"), minutes == 1440 ? QStringLiteral("24:00") : QStringLiteral("00:00"));
}

int minutesOf(const QTime& time) {
    return time.hour() * 60 + time.minute();
}

} // namespace

RosterDialog::RosterDialog(Database& db, const Actor& actor, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_roster(std::make_unique<RosterService>(db, SystemClock::instance())) {
    setWindowTitle(tr("On-call roster"));
    setObjectName(QStringLiteral("rosterDialog"));
    auto* layout = new QVBoxLayout(this);

    auto* weekly = new QGroupBox(tr("Weekly slots"), this);
    auto* weeklyLayout = new QVBoxLayout(weekly);
    m_slotList = new QListWidget(weekly);
    m_slotList->setObjectName(QStringLiteral("slotList"));
    weeklyLayout->addWidget(m_slotList);
    auto* slotForm = new QHBoxLayout;
    m_slotUser = new QComboBox(weekly);
    m_weekday = new QComboBox(weekly);
    for (int day = 1; day <= 7; ++day)
        m_weekday->addItem(QLocale().dayName(day), day);
    m_slotFrom = new QTimeEdit(QTime(8, 0), weekly);
    m_slotTo = new QTimeEdit(QTime(18, 0), weekly);
    m_slotLeader = new QCheckBox(tr("&Leader"), weekly);
    auto* addSlot = new QPushButton(tr("&Add slot"), weekly);
    auto* removeSlot = new QPushButton(tr("&Remove slot"), weekly);
    for (QWidget* w : std::initializer_list<QWidget*>{m_slotUser, m_weekday, m_slotFrom, m_slotTo, m_slotLeader,
                                                      addSlot, removeSlot})
        slotForm->addWidget(w);
    weeklyLayout->addLayout(slotForm);
    layout->addWidget(weekly);

    auto* holidays = new QGroupBox(tr("Exceptions (holidays)"), this);
    auto* holidayLayout = new QVBoxLayout(holidays);
    m_exceptionList = new QListWidget(holidays);
    m_exceptionList->setObjectName(QStringLiteral("exceptionList"));
    holidayLayout->addWidget(m_exceptionList);
    auto* exceptionForm = new QHBoxLayout;
    m_exceptionDay = new QDateEdit(QDate::currentDate(), holidays);
    m_exceptionDay->setCalendarPopup(true);
    m_exceptionDay->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_exceptionUser = new QComboBox(holidays);
    m_exceptionFrom = new QTimeEdit(QTime(0, 0), holidays);
    m_exceptionTo = new QTimeEdit(QTime(23, 59), holidays);
    m_exceptionDescription = new QLineEdit(holidays);
    m_exceptionDescription->setPlaceholderText(tr("Description (e.g. Natal)"));
    auto* addException = new QPushButton(tr("Add e&xception"), holidays);
    auto* removeException = new QPushButton(tr("Remove exc&eption"), holidays);
    for (QWidget* w : std::initializer_list<QWidget*>{m_exceptionDay, m_exceptionUser, m_exceptionFrom, m_exceptionTo,
                                                      m_exceptionDescription, addException, removeException})
        exceptionForm->addWidget(w);
    holidayLayout->addLayout(exceptionForm);
    layout->addWidget(holidays);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(addSlot, &QPushButton::clicked, this, &RosterDialog::addSlotFromForm);
    connect(removeSlot, &QPushButton::clicked, this, [this] { removeSelected(m_slotList, true); });
    connect(addException, &QPushButton::clicked, this, &RosterDialog::addExceptionFromForm);
    connect(removeException, &QPushButton::clicked, this, [this] { removeSelected(m_exceptionList, false); });

    const bool editor = m_actor.can(Permission::RosterEdit);
    for (QWidget* w : std::initializer_list<QWidget*>{addSlot, removeSlot, addException, removeException})
        w->setEnabled(editor);

    m_exceptionUser->addItem(tr("Nobody"));
    if (auto users = QueueLookups(m_db).users()) {
        for (const QueueLookups::Choice& u : *users) {
            m_slotUser->addItem(u.name, u.id);
            m_exceptionUser->addItem(u.name, u.id);
        }
    }
    reload();
    resize(900, 520);
}

RosterDialog::~RosterDialog() = default;

void RosterDialog::reload() {
    m_slotList->clear();
    if (auto slots_ = m_roster->weeklySlots()) {
        for (const RosterSlot& s : *slots_) {
            auto* item =
                new QListWidgetItem(QStringLiteral("%1  %2–%3  %4%5")
                                        .arg(QLocale().dayName(s.weekday), hhmm(s.startMinute), hhmm(s.endMinute),
                                             s.userName, s.isLeader ? tr(" (leader)") : QString()),
                                    m_slotList);
            item->setData(IdRole, s.id);
        }
    }
    m_exceptionList->clear();
    const QDate today = QDate::currentDate();
    if (auto exceptions = m_roster->exceptions(today.addYears(-1), today.addYears(2))) {
        for (const RosterException& e : *exceptions) {
            auto* item = new QListWidgetItem(QStringLiteral("%1  %2–%3  %4  %5")
                                                 .arg(e.day.toString(QStringLiteral("dd/MM/yyyy")), hhmm(e.startMinute),
                                                      hhmm(e.endMinute),
                                                      e.userId > 0 ? e.userName : tr("nobody on duty"), e.description),
                                             m_exceptionList);
            item->setData(IdRole, e.id);
        }
    }
}

bool RosterDialog::report(const QString& title, const QString& message) {
    MessageBoxes::warning(this, title, message);
    return false;
}

bool RosterDialog::addSlot(qint64 userId, int weekday, const QTime& from, const QTime& to, bool leader) {
    RosterSlot slot;
    slot.userId = userId;
    slot.weekday = weekday;
    slot.startMinute = minutesOf(from);
    slot.endMinute = minutesOf(to);
    slot.isLeader = leader;
    auto id = m_roster->addSlot(m_actor, slot);
    if (!id)
        return report(tr("Add slot"), id.error().userMessage);
    reload();
    return true;
}

void RosterDialog::addSlotFromForm() {
    addSlot(m_slotUser->currentData().toLongLong(), m_weekday->currentData().toInt(), m_slotFrom->time(),
            m_slotTo->time(), m_slotLeader->isChecked());
}

void RosterDialog::addExceptionFromForm() {
    RosterException e;
    e.day = m_exceptionDay->date();
    e.userId = m_exceptionUser->currentData().toLongLong();
    e.startMinute = minutesOf(m_exceptionFrom->time());
    // 23:59 in the form means "to the end of the day".
    e.endMinute = m_exceptionTo->time() == QTime(23, 59) ? 1440 : minutesOf(m_exceptionTo->time());
    e.description = m_exceptionDescription->text();
    auto id = m_roster->addException(m_actor, e);
    if (!id) {
        report(tr("Add exception"), id.error().userMessage);
        return;
    }
    reload();
}

void RosterDialog::removeSelected(QListWidget* list, bool slot) {
    QListWidgetItem* item = list->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(IdRole).toLongLong();
    const Status removed = slot ? m_roster->removeSlot(m_actor, id) : m_roster->removeException(m_actor, id);
    if (!removed)
        report(tr("Remove"), removed.error().userMessage);
    reload();
}

} // namespace atende
