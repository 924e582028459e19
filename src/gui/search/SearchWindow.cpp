#include "search/SearchWindow.h"
#include "search/ui_SearchWindow.h"

#include "common/BackgroundTask.h"
#include "common/SearchHitList.h"
#include "knowledge/KnowledgeBaseService.h"
#include "search/SearchService.h"
#include "storage/Database.h"
#include "util/SystemClock.h"

#include <QKeyEvent>
#include <QShortcut>
#include <QTimer>

namespace atende {

namespace {

// Typing pauses this long before searching: one query per word, not per key.
constexpr int SearchDelayMs = 200;

// An article's whole text for the preview, read on the worker.
struct ArticleText {
    QString title;
    QString body;
    QString error;
};

} // namespace

SearchWindow::SearchWindow(QString databaseLocation, const Actor& actor, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SearchWindow>())
    , m_location(std::move(databaseLocation))
    , m_actor(actor) {
    m_ui->setupUi(this);
    setWindowFlag(Qt::Window);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(SearchDelayMs);
    connect(m_timer, &QTimer::timeout, this, &SearchWindow::startSearch);
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, this, [this] {
        // Typing again cancels an earlier Enter's "go to the results": the keys go on into the box.
        m_goToResultsWhenShown = false;
        m_timer->start();
    });
    // Enter searches now (if the pause has not run out yet) and then hands the keyboard to the results.
    connect(m_ui->searchLineEdit, &QLineEdit::returnPressed, this, &SearchWindow::goToResultsOfTyping);
    m_ui->searchLineEdit->installEventFilter(this);
    m_ui->resultsListWidget->installEventFilter(this);
    connect(m_ui->resultsListWidget, &QListWidget::currentRowChanged, this, &SearchWindow::showCurrent);
    connect(m_ui->resultsListWidget, &QListWidget::itemActivated, this, &SearchWindow::openCurrent);
    connect(m_ui->openButton, &QPushButton::clicked, this, &SearchWindow::openCurrent);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QWidget::close);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &QWidget::close);
    m_ui->openButton->setEnabled(false);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    showStatus(tr("Type what you are looking for: the results follow the typing."));
}

SearchWindow::~SearchWindow() = default;

void SearchWindow::focusSearch() {
    m_ui->searchLineEdit->setFocus();
    m_ui->searchLineEdit->selectAll();
}

void SearchWindow::search(const QString& text) {
    if (m_ui->searchLineEdit->text() != text)
        m_ui->searchLineEdit->setText(text);
    startSearch();
}

int SearchWindow::hitCount() const {
    int hits = 0;
    for (int row = 0; row < m_ui->resultsListWidget->count(); ++row) {
        if (m_ui->resultsListWidget->item(row)->flags() & Qt::ItemIsSelectable)
            ++hits;
    }
    return hits;
}

bool SearchWindow::eventFilter(QObject* watched, QEvent* event) {
    // ↓ from the box goes straight to the first result, as in a browser's address bar.
    if (watched == m_ui->searchLineEdit && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down) {
        goToResultsOfTyping();
        return true;
    }
    // ↑ on the first result goes back to the box.
    if (watched == m_ui->resultsListWidget && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Up && isFirstHit(m_ui->resultsListWidget->currentRow())) {
        focusSearch();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void SearchWindow::startSearch() {
    m_timer->stop();
    const QString text = m_ui->searchLineEdit->text();
    const int generation = ++m_generation;
    if (text.trimmed().isEmpty()) {
        m_searching = false;
        m_goToResultsWhenShown = false;
        SearchHitList::clear(m_ui->resultsListWidget);
        m_ui->previewTextBrowser->clear();
        m_ui->openButton->setEnabled(false);
        showStatus(tr("Type what you are looking for: the results follow the typing."));
        emit resultsShown();
        return;
    }
    m_searching = true;
    showStatus(tr("Searching…"));
    runInBackground<Result<SearchResults>>(
        this,
        [location = m_location, actor = m_actor, text]() -> Result<SearchResults> {
            auto db = Database::openExisting(location);
            if (!db)
                return db.error();
            return SearchService(**db, SystemClock::instance()).search(actor, text, SearchService::DefaultLimit);
        },
        [this, generation](const Result<SearchResults>& results) { showResults(generation, results); });
}

void SearchWindow::showResults(int generation, const Result<SearchResults>& results) {
    if (generation != m_generation)
        return; // the person typed on; a newer search is under way
    m_searching = false;
    QListWidget* list = m_ui->resultsListWidget;
    SearchHitList::clear(list);
    m_ui->previewTextBrowser->clear();
    m_ui->openButton->setEnabled(false);
    if (!results) {
        showStatus(results.error().userMessage, true);
        m_goToResultsWhenShown = false;
        emit resultsShown();
        return;
    }
    if (!results->exact.isEmpty())
        SearchHitList::appendGroup(list, tr("Exact match"), results->exact);
    if (!results->tickets.isEmpty())
        SearchHitList::appendGroup(list, tr("Tickets (%1)").arg(results->tickets.size()), results->tickets);
    if (!results->customers.isEmpty())
        SearchHitList::appendGroup(list, tr("Customers (%1)").arg(results->customers.size()), results->customers);
    if (!results->articles.isEmpty())
        SearchHitList::appendGroup(list, tr("Knowledge base (%1)").arg(results->articles.size()), results->articles);
    SearchHitList::fitRows(list);
    const QString text = m_ui->searchLineEdit->text().trimmed();
    if (results->isEmpty())
        showStatus(tr("Nothing found for “%1”. Try fewer words, or other ones.").arg(text));
    else
        showStatus(tr("%n result(s) for “%1”; the words found are in bold.", nullptr, int(results->count())).arg(text));
    if (m_goToResultsWhenShown) {
        m_goToResultsWhenShown = false;
        goToResults();
    }
    emit resultsShown();
}

void SearchWindow::goToResultsOfTyping() {
    // The text typed so far is searched now if the pause has not run out; while its search runs, the keyboard goes
    // to the first of its results when they come (not into the old ones about to be replaced).
    if (m_timer->isActive())
        startSearch();
    if (m_searching)
        m_goToResultsWhenShown = true;
    else
        goToResults();
}

bool SearchWindow::isFirstHit(int row) const {
    for (int before = 0; before < row; ++before) {
        if (m_ui->resultsListWidget->item(before)->flags() & Qt::ItemIsSelectable)
            return false;
    }
    return row >= 0;
}

void SearchWindow::goToResults() {
    if (SearchHitList::selectFirstHit(m_ui->resultsListWidget))
        m_ui->resultsListWidget->setFocus();
}

void SearchWindow::showCurrent() {
    const QListWidgetItem* item = m_ui->resultsListWidget->currentItem();
    const bool hit = item && (item->flags() & Qt::ItemIsSelectable);
    m_ui->openButton->setEnabled(hit);
    m_ui->previewTextBrowser->clear();
    if (!hit)
        return;
    const auto kind = SearchHit::Kind(item->data(SearchHitList::KindRole).toInt());
    if (kind == SearchHit::Kind::Ticket) {
        m_ui->openButton->setText(tr("&Open ticket"));
        m_ui->previewTextBrowser->setPlainText(tr("Enter opens the ticket."));
        return;
    }
    if (kind == SearchHit::Kind::Customer) {
        m_ui->openButton->setText(tr("&Open customer"));
        m_ui->previewTextBrowser->setPlainText(tr("Enter opens the customer's card."));
        return;
    }
    // An article is read here, in full.
    m_ui->openButton->setText(tr("&Open"));
    m_ui->openButton->setEnabled(false);
    const qint64 id = item->data(SearchHitList::IdRole).toLongLong();
    runInBackground<ArticleText>(
        this,
        [location = m_location, actor = m_actor, id]() {
            ArticleText out;
            auto db = Database::openExisting(location);
            if (!db) {
                out.error = db.error().userMessage;
                return out;
            }
            auto article = KnowledgeBaseService(**db, SystemClock::instance()).get(actor, id);
            if (!article) {
                out.error = article.error().userMessage;
                return out;
            }
            out.title = article->title;
            out.body = article->body;
            return out;
        },
        [this, id](const ArticleText& article) {
            // Still the chosen row?
            const QListWidgetItem* current = m_ui->resultsListWidget->currentItem();
            if (!current || current->data(SearchHitList::IdRole).toLongLong() != id ||
                SearchHit::Kind(current->data(SearchHitList::KindRole).toInt()) != SearchHit::Kind::Article)
                return;
            if (!article.error.isEmpty()) {
                m_ui->previewTextBrowser->setPlainText(article.error);
                return;
            }
            m_ui->previewTextBrowser->setHtml(QStringLiteral("<h3>%1</h3><p style=\"white-space: pre-wrap;\">%2</p>")
                                                  .arg(article.title.toHtmlEscaped(), article.body.toHtmlEscaped()));
        });
}

void SearchWindow::openCurrent() {
    const QListWidgetItem* item = m_ui->resultsListWidget->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsSelectable))
        return;
    const qint64 id = item->data(SearchHitList::IdRole).toLongLong();
    switch (SearchHit::Kind(item->data(SearchHitList::KindRole).toInt())) {
    case SearchHit::Kind::Ticket:
        emit openTicket(id);
        break;
    case SearchHit::Kind::Customer:
        emit openCustomer(id);
        break;
    case SearchHit::Kind::Article:
        // Its text is already below the list; Enter takes the keyboard there to read or copy it.
        m_ui->previewTextBrowser->setFocus();
        break;
    }
}

void SearchWindow::showStatus(const QString& message, bool failure) {
    m_ui->statusLabel->setStyleSheet(failure ? QStringLiteral("color: #b00020;") : QString());
    m_ui->statusLabel->setText(message);
}

} // namespace atende
