#pragma once

#include "auth/Actor.h"
#include "knowledge/KnowledgeArticle.h"

#include <QDialog>

#include <memory>

class QTimer;

namespace Ui {
class KnowledgeAdminDialog;
}

namespace atende {

class Database;

// Administration of the knowledge base (F-33): search the articles (matched words in bold), write and change
// title, text and tags, delete with a confirmation. KnowledgeBaseService checks settings.admin and audits; its
// refusals are shown and what was typed stays.
class KnowledgeAdminDialog : public QDialog {
    Q_OBJECT

public:
    KnowledgeAdminDialog(Database& db, Actor actor, QWidget* parent = nullptr);
    ~KnowledgeAdminDialog() override;

    void search(const QString& text);
    int resultCount() const;
    bool openArticle(qint64 id);
    qint64 articleId() const { return m_article.id; }
    // What Save and Delete do; false (reason shown) when core refuses or the user says no.
    bool save();
    bool removeArticle();
    QString message() const;

public slots:
    void reject() override;

private:
    void runSearch();
    void articleChosen();
    void newArticle();
    void showArticle(const KnowledgeArticle& article);
    bool isDirty() const;
    bool confirmDiscard();
    void showMessage(const QString& text, bool error);

    std::unique_ptr<Ui::KnowledgeAdminDialog> m_ui;
    Database& m_db;
    Actor m_actor;
    QTimer* m_timer = nullptr;
    KnowledgeArticle m_article; // as loaded (or empty for a new one): what "unsaved changes" compares against
    bool m_choosing = false;
};

} // namespace atende
