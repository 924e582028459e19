#pragma once

#include "audit/AuditLog.h"
#include "auth/AccessGuard.h"
#include "knowledge/KnowledgeArticle.h"
#include "search/SearchHit.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace atende {

class Actor;
class Clock;
class Database;

// The knowledge base (F-33). Reading and searching need ticket.view; writing needs settings.admin. Every change
// writes the article, its full-text row (article_search: title; body + tags) and the audit rows in one
// transaction.
class KnowledgeBaseService {
    Q_DECLARE_TR_FUNCTIONS(KnowledgeBaseService)

public:
    static constexpr int MaxTitleLength = 200;
    static constexpr int MaxBodyLength = 20000;

    KnowledgeBaseService(Database& db, const Clock& clock);

    // Words accents and case ignored, the last one a prefix (the search box's rules); empty text: the most
    // recently updated articles. Hits carry highlights (SearchHit marks).
    Result<QList<SearchHit>> search(const Actor& actor, const QString& text, int limit = 20);
    Result<KnowledgeArticle> get(const Actor& actor, qint64 id);
    Result<qint64> save(const Actor& actor, const KnowledgeArticle& article);
    Status remove(const Actor& actor, qint64 id);

private:
    Database& m_db;
    const Clock& m_clock;
    AuditLog m_audit;
    AccessGuard m_guard;
};

} // namespace atende
