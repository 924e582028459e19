#pragma once

#include "audit/AuditHistoryFilter.h"
#include "auth/Actor.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AuditHistoryDialog;
}

namespace atende {

class Database;

// The history (Histórico): who changed what, when, with the old and new values. Given a record (entity and id) it
// is that record's history; otherwise the global one for administrators (audit.view), filterable by record type,
// user, period and text. Values of personal fields come masked from core (AuditHistoryQuery) for a profile without
// personal_data.view.
class AuditHistoryDialog : public QDialog {
    Q_OBJECT

public:
    enum Column { WhenColumn, UserColumn, RecordColumn, ActionColumn, FieldColumn, OldColumn, NewColumn, ColumnCount };

    AuditHistoryDialog(Database& db, Actor actor, AuditHistoryFilter filter, QWidget* parent = nullptr);
    ~AuditHistoryDialog() override;

    // Reads the history again with the filters on screen.
    void refresh();
    int rowCount() const;
    QString cell(int row, Column column) const;

    // Words for the codes stored in the history.
    static QString entityLabel(const QString& entity);
    static QString actionLabel(const QString& action);

private:
    AuditHistoryFilter currentFilter() const;

    std::unique_ptr<Ui::AuditHistoryDialog> m_ui;
    Database& m_db;
    Actor m_actor;
    AuditHistoryFilter m_base; // the record this history is of, when one was given
};

} // namespace atende
