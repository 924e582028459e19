#include "reminders/ReminderDock.h"

#include "auth/Permission.h"
#include "reminders/ReminderQuery.h"
#include "storage/Database.h"
#include "util/SystemClock.h"

#include <QApplication>
#include <QDateTime>
#include <QListWidget>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimer>

namespace atende {

namespace {

constexpr int TicketIdRole = Qt::UserRole;

QString localTime(qint64 msUtc) {
    return QDateTime::fromMSecsSinceEpoch(msUtc, Qt::UTC).toLocalTime().toString(QStringLiteral("dd/MM HH:mm"));
}

} // namespace

ReminderDock::ReminderDock(QWidget* parent)
    : QDockWidget(tr("Reminders"), parent)
    , m_clock(&SystemClock::instance()) {
    setObjectName(QStringLiteral("reminderDock"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("reminderList"));
    m_list->setAccessibleName(tr("Reminders"));
    setWidget(m_list);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const qint64 id = item->data(TicketIdRole).toLongLong();
        if (id > 0)
            emit ticketActivated(id);
    });
    m_timer = new QTimer(this);
    m_timer->setInterval(RefreshMs);
    connect(m_timer, &QTimer::timeout, this, &ReminderDock::refresh);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation), this);
        m_tray->setToolTip(QStringLiteral("Atende"));
        m_tray->show();
    }
}

ReminderDock::~ReminderDock() = default;

void ReminderDock::setClock(const Clock& clock) {
    m_clock = &clock;
}

bool ReminderDock::setDatabasePath(const QString& path) {
    m_db.reset();
    auto db = Database::openExisting(path);
    if (!db)
        return false;
    m_db = std::move(db).value();
    m_announced.clear();
    refresh();
    return true;
}

void ReminderDock::setActor(const Actor& actor) {
    m_actor = actor;
    m_announced.clear();
    refresh();
    if (m_actor.isValid())
        m_timer->start();
    else
        m_timer->stop();
}

void ReminderDock::refresh() {
    m_list->clear();
    if (!m_db || !m_actor.isValid()) {
        auto* item = new QListWidgetItem(tr("Log in to see your reminders."), m_list);
        item->setFlags(Qt::ItemIsEnabled);
        return;
    }
    ReminderQuery query(*m_db, *m_clock);
    QList<Reminder> fresh;
    auto due = query.dueFor(m_actor);
    if (due) {
        addItems(*due, tr("Next actions due"), false);
        for (const Reminder& r : *due) {
            if (r.overdue && !m_announced.contains(r.ticketId))
                fresh << r;
        }
    } else {
        new QListWidgetItem(due.error().userMessage, m_list);
    }
    if (m_actor.can(Permission::TicketSupervise)) {
        auto late = query.analysisOverdue(m_actor);
        if (late)
            addItems(*late, tr("Supervision analysis past 24 hours"), true);
    }
    if (m_list->count() == 0) {
        auto* item = new QListWidgetItem(tr("Nothing due."), m_list);
        item->setFlags(Qt::ItemIsEnabled);
    }
    notify(fresh);
}

void ReminderDock::addItems(const QList<Reminder>& reminders, const QString& heading, bool analysis) {
    if (reminders.isEmpty())
        return;
    auto* header = new QListWidgetItem(heading, m_list);
    QFont bold = header->font();
    bold.setBold(true);
    header->setFont(bold);
    header->setFlags(Qt::ItemIsEnabled);
    for (const Reminder& r : reminders) {
        const QString who = analysis ? r.responsibleName : r.customerName;
        auto* item = new QListWidgetItem(QStringLiteral("%1  %2  %3%4")
                                             .arg(localTime(r.dueAtMs), r.protocol, r.title,
                                                  who.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(who)),
                                         m_list);
        item->setData(TicketIdRole, r.ticketId);
        if (r.overdue) {
            item->setFont(bold);
            item->setForeground(QColor(0xa0, 0x10, 0x10));
            item->setToolTip(tr("Overdue since %1").arg(localTime(r.dueAtMs)));
        }
    }
}

void ReminderDock::notify(const QList<Reminder>& fresh) {
    if (fresh.isEmpty())
        return;
    for (const Reminder& r : fresh)
        m_announced.insert(r.ticketId);
    m_lastNotification = fresh.size() == 1
                             ? tr("Next action overdue: %1 %2").arg(fresh.first().protocol, fresh.first().title)
                             : tr("%n next action(s) overdue", nullptr, int(fresh.size()));
    if (m_tray)
        m_tray->showMessage(tr("Atende reminders"), m_lastNotification, QSystemTrayIcon::Information);
}

} // namespace atende
