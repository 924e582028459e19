#pragma once

#include "auth/Actor.h"
#include "queues/QueueFilter.h"
#include "queues/SavedQueueFilter.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

namespace Ui {
class QueuePanel;
}

namespace atende {

class Clock;
class Database;
class QueueCounter;
class TicketListModel;

// The leader's queues (Filas, F-40): built-in and saved queues with their counts on the left, the filter that
// makes a queue (status, sector, responsible, subject, priority, age, next action overdue, deadline breached or
// due) above a lazy ticket list sortable by its indexed columns. Overdue tickets are drawn highlighted.
//
// The panel opens its own connection to the database file: its list and its saved filters never depend on the
// lifetime of another window's connection. Counts run on a worker thread (QueueCounter), capped.
class QueuePanel : public QWidget {
    Q_OBJECT

public:
    explicit QueuePanel(QWidget* parent = nullptr);
    ~QueuePanel() override;

    // Opens `path` (already migrated by the main window). On failure the reason is shown in the count line.
    bool setDatabasePath(const QString& path);
    // Who is looking: "my tickets" and the saved filters are theirs. Without a valid actor there are no saved
    // filters (the buttons are disabled).
    void setActor(const Actor& actor);
    // Tests fix the time the relative filters start from; `clock` must outlive the panel.
    void setClock(const Clock& clock);

    // Shows the tickets of `filter` (a queue or a dashboard bar) and selects its queue when it is one of the list.
    void showFilter(const QueueFilter& filter);
    QueueFilter currentFilter() const;
    // Reads the list, the saved filters and the counts again.
    void refresh();

    // Saves the current filter under `name` for the actor (shared with everyone when `shared`); false with the
    // reason shown in a message box when refused.
    bool saveCurrentFilter(const QString& name, bool shared);
    // Removes the saved filter selected in the list, after asking when `confirm`.
    bool deleteSelectedFilter(bool confirm = true);

    TicketListModel* model() const { return m_model.get(); }
    // Text of queue row `row` as shown ("name (count)").
    int queueCount() const;
    QString queueText(int row) const;
    QString countText() const;
    bool isCounting() const;
    // Narrows the queue to the tickets SearchService finds for `text` (up to its maximum); empty text: no search.
    // False with the reason in the count line when the search is refused.
    bool search(const QString& text);

signals:
    // Fresh counts are on screen.
    void countsShown();
    // The user opened a ticket (Enter or double click).
    void ticketActivated(qint64 ticketId);

private:
    struct Queue {
        QString name;
        QueueFilter filter;
        qint64 savedId = 0; // saved_queue_filters.id; 0: built-in
        bool shared = false;
        QString ownerName;
    };

    void fillChoices();
    void rebuildQueues();
    void applyQueueRow(int row);
    void applyEditedFilter();
    void setControls(const QueueFilter& filter);
    void apply(const QueueFilter& filter);
    void startCounts();
    void showCounts(const QList<qint64>& counts);
    void askToSave();
    void updateButtons();
    QString countLabel(qint64 n) const;
    qint64 nowMs() const;

    std::unique_ptr<Ui::QueuePanel> m_ui;
    // Declared before the model: members die in reverse order, and the model reads through the connection.
    std::unique_ptr<Database> m_db;
    std::unique_ptr<TicketListModel> m_model;
    QueueCounter* m_counter = nullptr;
    const Clock* m_clock = nullptr;
    Actor m_actor;
    std::vector<Queue> m_queues;
    QList<qint64> m_counts;
    bool m_applying = false;
    std::optional<QList<qint64>> m_searchIds; // the tickets found by the search box, while it has text
};

} // namespace atende
