#pragma once

#include <QLabel>

#include <memory>

class QTimer;

namespace atende {

class Clock;
class Database;

// The status bar's "on duty now" (F-43): who is on call at this minute, the leader first, re-read every minute.
class OnDutyLabel : public QLabel {
    Q_OBJECT

public:
    explicit OnDutyLabel(QWidget* parent = nullptr);
    ~OnDutyLabel() override;

    bool setDatabasePath(const QString& path);
    void setClock(const Clock& clock);
    void refresh();

private:
    std::unique_ptr<Database> m_db;
    const Clock* m_clock = nullptr;
    QTimer* m_timer = nullptr;
};

} // namespace atende
