#include "knowledge/KnowledgeAdminDialog.h"
#include "knowledge/ui_KnowledgeAdminDialog.h"

#include "common/MessageBoxes.h"
#include "common/SearchHitList.h"
#include "knowledge/KnowledgeBaseService.h"
#include "util/SystemClock.h"

#include <QPushButton>
#include <QTimer>

namespace atende {

namespace {
constexpr int SearchDelayMs = 250;
} // namespace

KnowledgeAdminDialog::KnowledgeAdminDialog(Database& db, Actor actor, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::KnowledgeAdminDialog>())
    , m_db(db)
    , m_actor(std::move(actor)) {
    m_ui->setupUi(this);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(SearchDelayMs);
    connect(m_timer, &QTimer::timeout, this, &KnowledgeAdminDialog::runSearch);
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, m_timer, qOverload<>(&QTimer::start));
    connect(m_ui->searchLineEdit, &QLineEdit::returnPressed, this, [this] {
        runSearch();
        if (m_ui->resultsListWidget->count() > 0)
            m_ui->resultsListWidget->setFocus();
    });
    connect(m_ui->resultsListWidget, &QListWidget::currentRowChanged, this, &KnowledgeAdminDialog::articleChosen);
    connect(m_ui->newButton, &QPushButton::clicked, this, &KnowledgeAdminDialog::newArticle);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &KnowledgeAdminDialog::save);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &KnowledgeAdminDialog::removeArticle);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &KnowledgeAdminDialog::reject);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setAutoDefault(false);

    showArticle(KnowledgeArticle());
    runSearch();
    m_ui->searchLineEdit->setFocus();
}

KnowledgeAdminDialog::~KnowledgeAdminDialog() = default;

QString KnowledgeAdminDialog::message() const {
    return m_ui->messageLabel->text();
}

void KnowledgeAdminDialog::showMessage(const QString& text, bool error) {
    m_ui->messageLabel->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_ui->messageLabel->setText(text);
}

void KnowledgeAdminDialog::search(const QString& text) {
    if (m_ui->searchLineEdit->text() != text)
        m_ui->searchLineEdit->setText(text);
    runSearch();
}

int KnowledgeAdminDialog::resultCount() const {
    return m_ui->resultsListWidget->count();
}

void KnowledgeAdminDialog::runSearch() {
    m_timer->stop();
    KnowledgeBaseService service(m_db, SystemClock::instance());
    auto hits = service.search(m_actor, m_ui->searchLineEdit->text(), 100);
    if (!hits) {
        showMessage(hits.error().userMessage, true);
        return;
    }
    m_choosing = true;
    SearchHitList::fill(m_ui->resultsListWidget, *hits);
    SearchHitList::select(m_ui->resultsListWidget, m_article.id);
    m_choosing = false;
}

bool KnowledgeAdminDialog::isDirty() const {
    return m_ui->titleLineEdit->text() != m_article.title || m_ui->bodyPlainTextEdit->toPlainText() != m_article.body ||
           m_ui->tagsLineEdit->text() != m_article.tags;
}

bool KnowledgeAdminDialog::confirmDiscard() {
    if (!isDirty())
        return true;
    const QString title = m_ui->titleLineEdit->text().trimmed();
    return MessageBoxes::question(this, tr("Knowledge base"),
                                  title.isEmpty()
                                      ? tr("The new article was not saved. Discard it?")
                                      : tr("The changes to \"%1\" were not saved. Discard them?").arg(title)) ==
           QMessageBox::Yes;
}

void KnowledgeAdminDialog::articleChosen() {
    if (m_choosing)
        return;
    const qint64 id = SearchHitList::currentId(m_ui->resultsListWidget);
    if (id == 0 || id == m_article.id)
        return;
    if (!confirmDiscard()) {
        m_choosing = true;
        if (!SearchHitList::select(m_ui->resultsListWidget, m_article.id))
            m_ui->resultsListWidget->setCurrentRow(-1);
        m_choosing = false;
        return;
    }
    openArticle(id);
}

bool KnowledgeAdminDialog::openArticle(qint64 id) {
    KnowledgeBaseService service(m_db, SystemClock::instance());
    auto article = service.get(m_actor, id);
    if (!article) {
        showMessage(article.error().userMessage, true);
        return false;
    }
    showArticle(*article);
    m_choosing = true;
    SearchHitList::select(m_ui->resultsListWidget, id);
    m_choosing = false;
    showMessage(QString(), false);
    return true;
}

void KnowledgeAdminDialog::showArticle(const KnowledgeArticle& article) {
    m_article = article;
    m_ui->titleLineEdit->setText(article.title);
    m_ui->tagsLineEdit->setText(article.tags);
    m_ui->bodyPlainTextEdit->setPlainText(article.body);
    m_ui->deleteButton->setEnabled(article.id != 0);
}

void KnowledgeAdminDialog::newArticle() {
    if (!confirmDiscard())
        return;
    showArticle(KnowledgeArticle());
    m_choosing = true;
    m_ui->resultsListWidget->setCurrentRow(-1);
    m_choosing = false;
    showMessage(QString(), false);
    m_ui->titleLineEdit->setFocus();
}

bool KnowledgeAdminDialog::save() {
    KnowledgeArticle article = m_article;
    article.title = m_ui->titleLineEdit->text();
    article.body = m_ui->bodyPlainTextEdit->toPlainText();
    article.tags = m_ui->tagsLineEdit->text();
    KnowledgeBaseService service(m_db, SystemClock::instance());
    auto id = service.save(m_actor, article);
    if (!id) {
        showMessage(id.error().userMessage, true); // the text stays to be fixed
        return false;
    }
    openArticle(*id);
    runSearch();
    showMessage(tr("\"%1\" saved.").arg(m_article.title), false);
    return true;
}

bool KnowledgeAdminDialog::removeArticle() {
    if (m_article.id == 0)
        return false;
    const auto answer =
        MessageBoxes::question(this, tr("Delete article"),
                               tr("Delete the article \"%1\"? Agents will no longer find it.").arg(m_article.title));
    if (answer != QMessageBox::Yes)
        return false;
    KnowledgeBaseService service(m_db, SystemClock::instance());
    if (Status s = service.remove(m_actor, m_article.id); !s) {
        showMessage(s.error().userMessage, true);
        return false;
    }
    const QString title = m_article.title;
    showArticle(KnowledgeArticle());
    runSearch();
    showMessage(tr("\"%1\" deleted.").arg(title), false);
    return true;
}

void KnowledgeAdminDialog::reject() {
    if (!confirmDiscard())
        return;
    QDialog::reject();
}

} // namespace atende
