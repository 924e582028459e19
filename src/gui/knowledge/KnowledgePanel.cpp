#include "knowledge/KnowledgePanel.h"
#include "knowledge/ui_KnowledgePanel.h"

#include "common/SearchHitList.h"
#include "knowledge/KnowledgeBaseService.h"
#include "util/SystemClock.h"

#include <QTimer>

namespace atende {

namespace {
// Typing pauses this long before searching: one query per word, not per key.
constexpr int SearchDelayMs = 250;
} // namespace

KnowledgePanel::KnowledgePanel(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::KnowledgePanel>()) {
    m_ui->setupUi(this);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(SearchDelayMs);
    connect(m_timer, &QTimer::timeout, this, &KnowledgePanel::runSearch);
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, m_timer, qOverload<>(&QTimer::start));
    connect(m_ui->searchLineEdit, &QLineEdit::returnPressed, this, [this] {
        runSearch();
        if (m_ui->resultsListWidget->count() > 0)
            m_ui->resultsListWidget->setFocus();
    });
    connect(m_ui->resultsListWidget, &QListWidget::currentRowChanged, this, &KnowledgePanel::showCurrent);
    connect(m_ui->useAsReplyButton, &QPushButton::clicked, this, [this] {
        if (m_articleId != 0)
            emit useAsReply(m_body);
    });
    m_ui->useAsReplyButton->setEnabled(false);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 2);
}

KnowledgePanel::~KnowledgePanel() = default;

void KnowledgePanel::setDatabase(Database* db, const Actor& actor) {
    m_db = db;
    m_actor = actor;
    runSearch();
}

void KnowledgePanel::search(const QString& text) {
    if (m_ui->searchLineEdit->text() != text)
        m_ui->searchLineEdit->setText(text);
    runSearch();
}

int KnowledgePanel::resultCount() const {
    return m_ui->resultsListWidget->count();
}

void KnowledgePanel::showError(const QString& message) {
    m_ui->statusLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_ui->statusLabel->setText(message);
}

void KnowledgePanel::runSearch() {
    m_timer->stop();
    if (!m_db)
        return;
    KnowledgeBaseService service(*m_db, SystemClock::instance());
    const QString text = m_ui->searchLineEdit->text();
    auto hits = service.search(m_actor, text);
    if (!hits) {
        SearchHitList::fill(m_ui->resultsListWidget, {});
        showError(hits.error().userMessage);
        return;
    }
    SearchHitList::fill(m_ui->resultsListWidget, *hits);
    m_ui->statusLabel->setStyleSheet(QString());
    if (text.trimmed().isEmpty())
        m_ui->statusLabel->setText(tr("The newest articles."));
    else if (hits->isEmpty())
        m_ui->statusLabel->setText(tr("No article found. Try other words."));
    else
        m_ui->statusLabel->setText(tr("%n article(s) found.", nullptr, int(hits->size())));
    // Keep the article on screen when it is still listed; otherwise show the best hit.
    if (!SearchHitList::select(m_ui->resultsListWidget, m_articleId) && !hits->isEmpty())
        m_ui->resultsListWidget->setCurrentRow(0);
    showCurrent();
}

void KnowledgePanel::showCurrent() {
    const qint64 id = SearchHitList::currentId(m_ui->resultsListWidget);
    if (id == 0) {
        if (m_ui->resultsListWidget->count() == 0) {
            m_articleId = 0;
            m_body.clear();
            m_ui->articleTextBrowser->clear();
            m_ui->useAsReplyButton->setEnabled(false);
        }
        return;
    }
    showArticle(id);
}

bool KnowledgePanel::showArticle(qint64 id) {
    if (!m_db)
        return false;
    KnowledgeBaseService service(*m_db, SystemClock::instance());
    auto article = service.get(m_actor, id);
    if (!article) {
        showError(article.error().userMessage);
        return false;
    }
    m_articleId = id;
    m_body = article->body;
    QString html = QStringLiteral("<h3>%1</h3>").arg(article->title.toHtmlEscaped());
    html += QStringLiteral("<p style=\"white-space: pre-wrap;\">%1</p>").arg(article->body.toHtmlEscaped());
    m_ui->articleTextBrowser->setHtml(html);
    m_ui->useAsReplyButton->setEnabled(true);
    return true;
}

} // namespace atende
