#pragma once

#include "auth/Actor.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QTimeEdit;

namespace atende {

class Database;
class RosterService;

// The on-call roster editor (F-43): weekly slots (who, weekday, from, to, leader) and holiday exceptions (day,
// who or nobody, from, to, description). Core checks roster.edit and says why it refuses; this dialog only
// offers the buttons. Works on the connection it is given.
class RosterDialog : public QDialog {
    Q_OBJECT

public:
    RosterDialog(Database& db, const Actor& actor, QWidget* parent = nullptr);
    ~RosterDialog() override;

    // For tests: add a slot as the form would; false with a message box when refused.
    bool addSlot(qint64 userId, int weekday, const QTime& from, const QTime& to, bool leader);
    QListWidget* slotList() const { return m_slotList; }
    QListWidget* exceptionList() const { return m_exceptionList; }

private:
    void reload();
    void addSlotFromForm();
    void addExceptionFromForm();
    void removeSelected(QListWidget* list, bool slot);
    bool report(const QString& title, const QString& message);

    Database& m_db;
    Actor m_actor;
    std::unique_ptr<RosterService> m_roster;
    QListWidget* m_slotList = nullptr;
    QComboBox* m_slotUser = nullptr;
    QComboBox* m_weekday = nullptr;
    QTimeEdit* m_slotFrom = nullptr;
    QTimeEdit* m_slotTo = nullptr;
    QCheckBox* m_slotLeader = nullptr;
    QListWidget* m_exceptionList = nullptr;
    QDateEdit* m_exceptionDay = nullptr;
    QComboBox* m_exceptionUser = nullptr;
    QTimeEdit* m_exceptionFrom = nullptr;
    QTimeEdit* m_exceptionTo = nullptr;
    QLineEdit* m_exceptionDescription = nullptr;
};

} // namespace atende
