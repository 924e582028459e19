#pragma once

#include "conflicts/RecordConflict.h"

#include <QDialog>

#include <functional>
#include <memory>

class QComboBox;
class QPushButton;

namespace Ui {
class ConflictMergeDialog;
}

namespace atende {

// Shown when a save finds the record changed by someone else since it was read (a ticket, a customer): one row per
// field someone changed, with "Your version" beside "Current version (by <user>, <time>)". Changes made on one side
// only are shown as already merged; each field both changed differently has a choice (a combo box, reached with
// Tab) and "Save merged" stays off until every one is chosen. Cancel changes nothing: the screen behind keeps what
// the agent typed. The caller saves conflict() through the core merge (TicketConflictMerge, CustomerConflictMerge).
class ConflictMergeDialog : public QDialog {
    Q_OBJECT

public:
    // For tests: run() hands the dialog to the hook (which drives its widgets and returns the result) instead of
    // blocking in exec().
    using Hook = std::function<int(ConflictMergeDialog&)>;
    static Hook setTestHook(Hook hook);
    class ScopedTestHook {
    public:
        explicit ScopedTestHook(Hook hook)
            : m_previous(setTestHook(std::move(hook))) {}
        ~ScopedTestHook() { setTestHook(std::move(m_previous)); }
        ScopedTestHook(const ScopedTestHook&) = delete;
        ScopedTestHook& operator=(const ScopedTestHook&) = delete;

    private:
        Hook m_previous;
    };

    // `recordName`: what the agent was editing, as the screen calls it ("Ticket 20261124-01-000001").
    ConflictMergeDialog(RecordConflict conflict, const QString& recordName, QWidget* parent = nullptr);
    ~ConflictMergeDialog() override;

    // exec(), or the test hook.
    int run();

    // The comparison with the agent's choices.
    const RecordConflict& conflict() const { return m_conflict; }
    // The choice box of a conflicting field (null for the others); also reachable by object name "choice_<field>".
    QComboBox* choiceBox(const QString& field) const;
    QPushButton* saveButton() const { return m_saveButton; }

    void accept() override;

private:
    void fillTable();
    void updatePending();

    std::unique_ptr<Ui::ConflictMergeDialog> m_ui;
    RecordConflict m_conflict;
    QPushButton* m_saveButton = nullptr;
};

} // namespace atende
