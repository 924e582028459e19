#include "knowledge/KnowledgeBaseService.h"

#include "auth/Actor.h"
#include "auth/Permission.h"
#include "search/MatchMarker.h"
#include "search/SearchIndex.h"
#include "search/SearchService.h"
#include "search/ServerTextSearch.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QSqlError>
#include <QSqlQuery>

namespace atende {

namespace {

const QString Entity = QStringLiteral("article");

Error queryError(const QSqlQuery& q) {
    return Error::make(Error::Code::Storage,
                       KnowledgeBaseService::tr("The knowledge base could not be read or saved. Try again."),
                       q.lastError().text());
}

Error notFound() {
    return Error::make(Error::Code::NotFound, KnowledgeBaseService::tr("This article no longer exists."));
}

QString searchBody(const KnowledgeArticle& article) {
    return article.body + QLatin1Char('\n') + article.tags;
}

} // namespace

KnowledgeBaseService::KnowledgeBaseService(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
    , m_audit(db, clock)
    , m_guard(db, clock) {}

Result<QList<SearchHit>> KnowledgeBaseService::search(const Actor& actor, const QString& text, int limit) {
    if (Status s = m_guard.require(actor, Permission::TicketView, Entity, std::nullopt, QStringLiteral("search")); !s)
        return s.error();
    limit = std::clamp(limit, 1, 200);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const QString match = SearchService::matchExpression(text);
    if (match.isEmpty()) {
        q.prepare(QStringLiteral("SELECT id, title, '' FROM knowledge_articles ORDER BY updated_at DESC, id DESC "
                                 "LIMIT ?"));
        q.addBindValue(limit);
    } else if (m_db.isPostgres()) {
        q.prepare(QStringLiteral("SELECT id, title, body FROM article_search, to_tsquery('simple', ?) query WHERE "
                                 "document @@ query ORDER BY ts_rank(document, query) DESC, id DESC LIMIT ?"));
        q.addBindValue(ServerTextSearch::tsQuery(match));
        q.addBindValue(limit);
    } else {
        q.prepare(QStringLiteral("SELECT rowid, title, body FROM article_search WHERE article_search MATCH ? "
                                 "ORDER BY bm25(article_search, 10.0, 1.0) LIMIT ?"));
        q.addBindValue(match);
        q.addBindValue(limit);
    }
    if (!q.exec())
        return queryError(q);
    QList<SearchHit> hits;
    // Both engines return the plain texts; the words are marked here, the same for both (MatchMarker). Without
    // words, nothing is marked and no snippet is cut.
    const QList<MatchMarker::Term> terms = MatchMarker::terms(match);
    while (q.next()) {
        SearchHit hit;
        hit.kind = SearchHit::Kind::Article;
        hit.id = q.value(0).toLongLong();
        hit.title = MatchMarker::highlight(q.value(1).toString(), terms);
        const QString body = q.value(2).toString();
        hit.snippet = MatchMarker::snippet(body, terms, 20).simplified();
        // Found by its title or tags alone: the start of its text says what it is about.
        if (hit.snippet.isEmpty() && !body.isEmpty()) {
            const QStringList words = body.simplified().split(QLatin1Char(' '));
            hit.snippet = QStringList(words.mid(0, 20)).join(QLatin1Char(' '));
            if (words.size() > 20)
                hit.snippet += QStringLiteral("…");
        }
        hits << hit;
    }
    return hits;
}

Result<KnowledgeArticle> KnowledgeBaseService::get(const Actor& actor, qint64 id) {
    if (Status s = m_guard.require(actor, Permission::TicketView, Entity, id, QStringLiteral("get")); !s)
        return s.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, title, body, tags, updated_at FROM knowledge_articles WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return queryError(q);
    if (!q.next())
        return notFound();
    return KnowledgeArticle{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString(), q.value(4).toLongLong()};
}

Result<qint64> KnowledgeBaseService::save(const Actor& actor, const KnowledgeArticle& article) {
    if (Status s = m_guard.require(actor, Permission::SettingsAdmin, Entity,
                                   article.id ? std::optional(article.id) : std::nullopt, QStringLiteral("save"));
        !s)
        return s.error();
    KnowledgeArticle clean = article;
    clean.title = clean.title.simplified();
    clean.body = clean.body.trimmed();
    clean.tags = clean.tags.simplified();
    if (clean.title.isEmpty() || clean.body.isEmpty())
        return Error::make(Error::Code::InvalidInput, tr("An article needs a title and a text."));
    if (clean.title.size() > MaxTitleLength || clean.body.size() > MaxBodyLength) {
        return Error::make(
            Error::Code::InvalidInput,
            tr("The title may have at most %1 characters and the text %2.").arg(MaxTitleLength).arg(MaxBodyLength));
    }
    clean.updatedAt = m_clock.nowMs();
    std::optional<KnowledgeArticle> before;
    if (clean.id) {
        auto found = get(actor, clean.id);
        if (!found)
            return found.error();
        before = *found;
    }
    qint64 id = clean.id;
    const Status done = m_db.inTransaction(
        [&]() -> Status {
            QSqlQuery q(m_db.connection());
            q.prepare(clean.id ? QStringLiteral("UPDATE knowledge_articles SET title = ?, body = ?, tags = ?, "
                                                "updated_at = ? WHERE id = ?")
                               : QStringLiteral("INSERT INTO knowledge_articles(title, body, tags, updated_at) "
                                                "VALUES (?, ?, ?, ?) RETURNING id"));
            q.addBindValue(clean.title);
            q.addBindValue(clean.body);
            q.addBindValue(clean.tags.isNull() ? QString(QLatin1String("")) : clean.tags);
            q.addBindValue(clean.updatedAt);
            if (clean.id)
                q.addBindValue(clean.id);
            if (!q.exec())
                return queryError(q);
            if (!clean.id)
                id = Database::returnedId(q);
            if (Status s = SearchIndex::write(m_db, SearchHit::Kind::Article, id, clean.title, searchBody(clean)); !s)
                return s;
            QList<FieldChange> changes;
            for (const auto& [field, old, now] :
                 {std::tuple{"title", before ? QVariant(before->title) : QVariant(), QVariant(clean.title)},
                  std::tuple{"body", before ? QVariant(before->body) : QVariant(), QVariant(clean.body)},
                  std::tuple{"tags", before ? QVariant(before->tags) : QVariant(), QVariant(clean.tags)}}) {
                if (!before || old != now)
                    changes << FieldChange{QString::fromLatin1(field), old, now};
            }
            return m_audit.record(actor, Entity, id, clean.id ? QStringLiteral("update") : QStringLiteral("create"),
                                  changes);
        },
        tr("The article could not be saved. Try again."));
    if (!done)
        return done.error();
    return id;
}

Status KnowledgeBaseService::remove(const Actor& actor, qint64 id) {
    if (Status s = m_guard.require(actor, Permission::SettingsAdmin, Entity, id, QStringLiteral("remove")); !s)
        return s;
    auto found = get(actor, id);
    if (!found)
        return found.error();
    return m_db.inTransaction(
        [&]() -> Status {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("DELETE FROM knowledge_articles WHERE id = ?"));
            q.addBindValue(id);
            if (!q.exec())
                return queryError(q);
            if (Status s = SearchIndex::remove(m_db, SearchHit::Kind::Article, id); !s)
                return s;
            return m_audit.record(actor, Entity, id, QStringLiteral("delete"),
                                  {FieldChange{QStringLiteral("title"), found->title, QVariant()}});
        },
        tr("The article could not be removed. Try again."));
}

} // namespace atende
