#pragma once

#include "auth/Actor.h"
#include "search/SearchResults.h"
#include "util/Result.h"

#include <QWidget>

#include <memory>

class QTimer;

namespace Ui {
class SearchWindow;
}

namespace atende {

// The one search box of F-41 (Ctrl+B): tickets with their interactions, customers and knowledge-base articles, by any
// word with accents and case ignored, by protocol or by CPF/CNPJ with or without mask. It searches as the person
// types (the last word as a prefix), shows the exact hit first and then one group per kind, ranked, with the
// matched words in bold; customers' documents come masked unless the profile may see them (SearchService decides).
// The search runs on a worker thread with its own connection, so the window never waits on the database.
//
// Keyboard: type, ↓ or Enter goes to the first result (↑ on it comes back), the arrows move through them, Enter opens a
// ticket or a customer (openTicket/openCustomer, shown by the main window) and shows an article's whole text below the
// list; Esc closes.
class SearchWindow : public QWidget {
    Q_OBJECT

public:
    SearchWindow(QString databaseLocation, const Actor& actor, QWidget* parent = nullptr);
    ~SearchWindow() override;

    qint64 actorId() const { return m_actor.userId(); }
    // Puts the cursor in the box with its text selected, ready for a new search.
    void focusSearch();
    // Sets the box's text and searches at once.
    void search(const QString& text);
    bool isSearching() const { return m_searching; }
    // The hits listed (headers left out).
    int hitCount() const;

signals:
    void openTicket(qint64 ticketId);
    void openCustomer(qint64 customerId);
    // A search's results (or its failure) are on screen.
    void resultsShown();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void startSearch();
    void showResults(int generation, const Result<SearchResults>& results);
    void showCurrent();
    void openCurrent();
    void goToResults();
    // Enter or ↓ in the box: to the first result of what is typed, once it is searched.
    void goToResultsOfTyping();
    // No hit above `row` (headers aside).
    bool isFirstHit(int row) const;
    void showStatus(const QString& message, bool failure = false);

    std::unique_ptr<Ui::SearchWindow> m_ui;
    QString m_location;
    Actor m_actor;
    QTimer* m_timer = nullptr;
    int m_generation = 0; // of the newest search started; older answers are dropped
    bool m_searching = false;
    bool m_goToResultsWhenShown = false;
};

} // namespace atende
