#pragma once

#include "auth/Actor.h"

#include <QWidget>

#include <memory>

class QTimer;

namespace Ui {
class KnowledgePanel;
}

namespace atende {

class Database;

// The knowledge base as the call screen's side panel (F-33), read only: a search box (accents and case ignored,
// searched as the agent types), the results with the matched words in bold, the chosen article, and "Use as reply",
// which hands the article's text to whoever shows the panel.
class KnowledgePanel : public QWidget {
    Q_OBJECT

public:
    explicit KnowledgePanel(QWidget* parent = nullptr);
    ~KnowledgePanel() override;

    // Where to search and as whom; lists the newest articles. Without it the panel searches nothing.
    void setDatabase(Database* db, const Actor& actor);
    // Searches at once (the box's text is set to `text`).
    void search(const QString& text);
    int resultCount() const;
    // The article shown, 0 when none.
    qint64 articleId() const { return m_articleId; }
    bool showArticle(qint64 id);
    QString articleText() const { return m_body; }

signals:
    // The agent chose to send this article's text as the reply.
    void useAsReply(const QString& text);

private:
    void runSearch();
    void showCurrent();
    void showError(const QString& message);

    std::unique_ptr<Ui::KnowledgePanel> m_ui;
    Database* m_db = nullptr;
    Actor m_actor;
    QTimer* m_timer = nullptr;
    qint64 m_articleId = 0;
    QString m_body;
};

} // namespace atende
