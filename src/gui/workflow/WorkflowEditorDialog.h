#pragma once

#include "auth/Actor.h"
#include "workflow/WorkflowDefinition.h"
#include "workflow/WorkflowStore.h"

#include <QDialog>

#include <memory>

class QComboBox;

namespace Ui {
class WorkflowEditorDialog;
}

namespace atende {

class Database;

// The workflow admin editor (workflow.admin): statuses (name, open/closed, pauses the deadline clock, initial) and
// transitions (from, to, permission, required fields), and on a second tab the business hours and holidays the
// deadlines count with. WorkflowValidator's problems are listed live as the admin
// edits, Save stays off while there are any, and WorkflowStore refuses an invalid workflow anyway.
class WorkflowEditorDialog : public QDialog {
    Q_OBJECT

public:
    WorkflowEditorDialog(Database& db, Actor actor, QWidget* parent = nullptr);
    ~WorkflowEditorDialog() override;

    // The workflow as the tables have it now.
    WorkflowDefinition definition() const;
    // The validator's problems shown now.
    QStringList problems() const { return m_problems; }
    // For the buttons and tests: a new status row (returns its temporary id) and a new transition row.
    qint64 addStatus(const QString& code, const QString& name);
    void addTransition(qint64 fromId, qint64 toId, const QString& permission, const QStringList& requiredFields = {});
    // The business hours and holidays as the second tab has them.
    CalendarSettings calendarSettings() const;
    void addHoliday(const QDate& day, const QString& name);
    // Saves the workflow, then the business hours and holidays, through WorkflowStore; false (with the reason
    // shown) when refused.
    bool save();

private:
    void fill(const WorkflowDefinition& definition);
    void fillCalendar(const CalendarSettings& settings);
    void setStatusRow(int row, const WorkflowStatus& status);
    void setTransitionRow(int row, const WorkflowTransition& transition);
    void fillStatusCombo(QComboBox* combo, qint64 selected) const;
    void refreshStatusCombos();
    void validate();
    void removeStatus();
    void removeTransition();

    std::unique_ptr<Ui::WorkflowEditorDialog> m_ui;
    Actor m_actor;
    WorkflowStore m_store;
    QStringList m_problems;
    qint64 m_nextNewId = -1; // statuses not saved yet get negative ids (WorkflowStore inserts them)
    bool m_filling = false;
};

} // namespace atende
