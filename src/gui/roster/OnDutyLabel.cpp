#include "roster/OnDutyLabel.h"

#include "roster/RosterService.h"
#include "storage/Database.h"
#include "util/SystemClock.h"

#include <QTimer>

namespace atende {

OnDutyLabel::OnDutyLabel(QWidget* parent)
    : QLabel(parent)
    , m_clock(&SystemClock::instance()) {
    setObjectName(QStringLiteral("onDutyLabel"));
    setContentsMargins(6, 0, 6, 0);
    m_timer = new QTimer(this);
    m_timer->setInterval(60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &OnDutyLabel::refresh);
    m_timer->start();
}

OnDutyLabel::~OnDutyLabel() = default;

void OnDutyLabel::setClock(const Clock& clock) {
    m_clock = &clock;
    refresh();
}

bool OnDutyLabel::setDatabasePath(const QString& path) {
    m_db.reset();
    auto db = Database::openExisting(path, true);
    if (db)
        m_db = std::move(db).value();
    refresh();
    return m_db != nullptr;
}

void OnDutyLabel::refresh() {
    if (!m_db) {
        clear();
        return;
    }
    auto onDuty = RosterService(*m_db, *m_clock).onDutyNow();
    if (!onDuty) {
        setText(tr("On duty: unknown"));
        setToolTip(onDuty.error().userMessage);
        return;
    }
    QStringList names;
    for (const OnDuty& d : *onDuty)
        names << (d.isLeader ? tr("%1 (leader)").arg(d.name) : d.name);
    setText(names.isEmpty() ? tr("On duty: nobody") : tr("On duty: %1").arg(names.join(QStringLiteral(", "))));
    setToolTip({});
}

} // namespace atende
