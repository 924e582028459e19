#include "search/SearchService.h"

#include "auth/Actor.h"
#include "auth/Permission.h"
#include "customers/CustomerPrivacy.h"
#include "docs/DocumentNumber.h"
#include "search/MatchMarker.h"
#include "search/SearchIndex.h"
#include "search/ServerTextSearch.h"
#include "storage/Database.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

namespace atende {

namespace {

const QString Entity = QStringLiteral("search");

Error queryError(const QSqlQuery& q) {
    return Error::make(Error::Code::Storage, SearchService::tr("The search could not be run. Try again."),
                       q.lastError().text());
}

// The body of a customer's search row holds its document and e-mails: never shown, whoever searches.
bool showsSnippet(SearchHit::Kind kind) {
    return kind != SearchHit::Kind::Customer;
}

QString idList(const QList<SearchHit>& hits) {
    QStringList ids;
    for (const SearchHit& hit : hits)
        ids << QString::number(hit.id);
    return ids.join(QLatin1Char(','));
}

} // namespace

SearchService::SearchService(Database& db, const Clock& clock)
    : m_db(db)
    , m_guard(db, clock) {}

QString SearchService::matchExpression(const QString& text) {
    QStringList words;
    QString word;
    auto flush = [&] {
        if (!word.isEmpty() && words.size() < MaxTerms)
            words << word;
        word.clear();
    };
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            word += c;
        else
            flush();
    }
    flush();
    if (words.isEmpty())
        return {};
    QStringList terms;
    for (const QString& w : std::as_const(words))
        terms << QLatin1Char('"') + w + QLatin1Char('"');
    // While typing, the last word is unfinished: "joao conc" must already find "João Conceição".
    const bool typingLastWord = !text.isEmpty() && text.back().isLetterOrNumber();
    if (typingLastWord)
        terms.last() += QLatin1Char('*');
    return terms.join(QLatin1Char(' '));
}

Result<SearchResults> SearchService::search(const Actor& actor, const QString& text, int limit) {
    if (Status s = m_guard.requireAny(actor, {Permission::TicketView, Permission::CustomerView}, Entity, std::nullopt,
                                      QStringLiteral("search"));
        !s)
        return s.error();
    limit = std::clamp(limit, 1, MaxLimit);
    SearchResults results;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return results;
    if (Status s = exactHits(actor, trimmed, results); !s)
        return s.error();
    results.matchExpression = matchExpression(text);
    if (results.matchExpression.isEmpty())
        return results;
    if (actor.can(Permission::TicketView)) {
        if (Status s = ftsGroup(actor, results.matchExpression, SearchHit::Kind::Ticket, limit, results.tickets); !s)
            return s.error();
        if (Status s = ftsGroup(actor, results.matchExpression, SearchHit::Kind::Article, limit, results.articles); !s)
            return s.error();
    }
    if (actor.can(Permission::CustomerView)) {
        if (Status s = ftsGroup(actor, results.matchExpression, SearchHit::Kind::Customer, limit, results.customers);
            !s)
            return s.error();
    }
    // The exact hit is not repeated in its group.
    for (const SearchHit& exact : std::as_const(results.exact)) {
        QList<SearchHit>& group = exact.kind == SearchHit::Kind::Ticket ? results.tickets : results.customers;
        group.removeIf([&](const SearchHit& hit) { return hit.id == exact.id; });
    }
    return results;
}

Status SearchService::exactHits(const Actor& actor, const QString& text, SearchResults& results) {
    // A protocol: 20261122-01-000123, also typed without the dashes.
    static const QRegularExpression protocol(QStringLiteral("^(\\d{8})-?(\\d{2})-?(\\d{6})$"));
    const auto protocolMatch = protocol.match(text);
    if (protocolMatch.hasMatch() && actor.can(Permission::TicketView)) {
        const QString number =
            QStringLiteral("%1-%2-%3")
                .arg(protocolMatch.captured(1), protocolMatch.captured(2), protocolMatch.captured(3));
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        // A contact without a ticket of its own still has its protocol; when it led to a ticket, that one is found.
        q.prepare(QStringLiteral("SELECT id, protocol, title FROM tickets WHERE protocol = ? UNION ALL "
                                 "SELECT t.id, c.protocol, t.title FROM contact_records c JOIN tickets t ON "
                                 "t.id = c.ticket_id WHERE c.protocol = ? AND t.protocol <> ? LIMIT 1"));
        for (int i = 0; i < 3; ++i)
            q.addBindValue(number);
        if (!q.exec())
            return queryError(q);
        if (q.next()) {
            SearchHit hit;
            hit.kind = SearchHit::Kind::Ticket;
            hit.id = q.value(0).toLongLong();
            hit.title = SearchHit::MarkStart + q.value(1).toString() + SearchHit::MarkEnd + QLatin1Char(' ') +
                        q.value(2).toString();
            hit.exact = true;
            hit.score = -std::numeric_limits<double>::infinity();
            results.exact << hit;
        }
        q.finish();
        return describeTickets(results.exact);
    }
    const DocumentNumber document = DocumentNumber::parse(text);
    if (document.isValid() && actor.can(Permission::CustomerView)) {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id FROM customers WHERE document = ?"));
        q.addBindValue(document.normalized());
        if (!q.exec())
            return queryError(q);
        if (q.next()) {
            SearchHit hit;
            hit.kind = SearchHit::Kind::Customer;
            hit.id = q.value(0).toLongLong();
            hit.exact = true;
            hit.score = -std::numeric_limits<double>::infinity();
            results.exact << hit;
        }
        q.finish();
        return describeCustomers(actor, results.exact);
    }
    return {};
}

QString SearchService::groupSql(SearchHit::Kind kind, bool postgres) {
    const QString table = SearchIndex::tableFor(kind);
    if (postgres) {
        // The same bounded window on the tsvector column; the title counts more through its weight (A against the
        // body's B).
        return QStringLiteral("SELECT s.id, s.title, s.body, w.score FROM (SELECT id, score FROM (SELECT id, "
                              "-ts_rank(document, query) AS score FROM %1, to_tsquery('simple', ?) query WHERE "
                              "document @@ query ORDER BY id DESC LIMIT %2) newest ORDER BY score, id DESC LIMIT ?) w "
                              "JOIN %1 s ON s.id = w.id ORDER BY w.score, w.id DESC")
            .arg(table)
            .arg(RankWindow);
    }
    // Ranking every match of a common word on a 1M-ticket base costs a second (bm25 reads each one), so only the
    // RankWindow most recent matches are ranked: FTS5 walks its doclists in rowid order, which is the record's id,
    // so the inner query stops after RankWindow rows. bm25 weights per column (title, body): a word in the title
    // counts ten times one in the body. The texts of the rows kept are read by rowid, without matching again (see
    // MatchMarker for why).
    return QStringLiteral("SELECT w.id, s.title, s.body, w.score FROM (SELECT id, score FROM (SELECT rowid AS id, "
                          "bm25(%1, 10.0, 1.0) AS score FROM %1 WHERE %1 MATCH ? ORDER BY rowid DESC LIMIT %2) "
                          "ORDER BY score, id DESC LIMIT ?) w JOIN %1 s ON s.rowid = w.id ORDER BY w.score, w.id DESC")
        .arg(table)
        .arg(RankWindow);
}

Status SearchService::ftsGroup(const Actor& actor, const QString& match, SearchHit::Kind kind, int limit,
                               QList<SearchHit>& out) {
    const QString engineQuery = m_db.isPostgres() ? ServerTextSearch::tsQuery(match) : match;
    if (engineQuery.isEmpty())
        return {};
    const QList<MatchMarker::Term> terms = MatchMarker::terms(match);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(groupSql(kind, m_db.isPostgres()));
    q.addBindValue(engineQuery);
    q.addBindValue(limit);
    if (!q.exec())
        return queryError(q);
    while (q.next()) {
        SearchHit hit;
        hit.kind = kind;
        hit.id = q.value(0).toLongLong();
        hit.title = MatchMarker::highlight(q.value(1).toString(), terms);
        // Empty when the body has none of the words: a snippet that is only the title again says nothing new.
        if (showsSnippet(kind))
            hit.snippet = MatchMarker::snippet(q.value(2).toString(), terms, 16).simplified();
        hit.score = q.value(3).toDouble();
        out << hit;
    }
    q.finish();
    if (kind == SearchHit::Kind::Ticket)
        return describeTickets(out);
    if (kind == SearchHit::Kind::Customer)
        return describeCustomers(actor, out);
    return {};
}

Status SearchService::describeTickets(QList<SearchHit>& hits) {
    if (hits.isEmpty())
        return {};
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT t.id, s.name, COALESCE(se.name, ''), COALESCE(c.name, '') FROM tickets t "
                               "JOIN workflow_statuses s ON s.id = t.status_id "
                               "LEFT JOIN sectors se ON se.id = t.sector_id "
                               "LEFT JOIN customers c ON c.id = t.customer_id WHERE t.id IN (%1)")
                    .arg(idList(hits))))
        return queryError(q);
    QHash<qint64, QString> details;
    while (q.next()) {
        QStringList parts{q.value(1).toString()};
        for (int column : {2, 3}) {
            if (!q.value(column).toString().isEmpty())
                parts << q.value(column).toString();
        }
        details.insert(q.value(0).toLongLong(), parts.join(QStringLiteral(" · ")));
    }
    // A search row whose ticket is gone (it should not happen: both change in one transaction) is not shown.
    hits.removeIf([&](const SearchHit& hit) { return !details.contains(hit.id); });
    for (SearchHit& hit : hits)
        hit.detail = details.value(hit.id);
    return {};
}

Status SearchService::describeCustomers(const Actor& actor, QList<SearchHit>& hits) {
    if (hits.isEmpty())
        return {};
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, code, document, COALESCE(city, '') FROM customers WHERE id IN (%1)")
                    .arg(idList(hits))))
        return queryError(q);
    struct Row {
        QString name, detail;
    };
    QHash<qint64, Row> rows;
    const bool personal = CustomerPrivacy::seesPersonalData(actor);
    while (q.next()) {
        const QString document = q.value(3).toString();
        QStringList parts{personal ? DocumentNumber::formatNormalized(document)
                                   : CustomerPrivacy::maskDocument(document)};
        if (!q.value(2).toString().isEmpty())
            parts.prepend(q.value(2).toString());
        if (!q.value(4).toString().isEmpty())
            parts << q.value(4).toString();
        rows.insert(q.value(0).toLongLong(), Row{q.value(1).toString(), parts.join(QStringLiteral(" · "))});
    }
    hits.removeIf([&](const SearchHit& hit) { return !rows.contains(hit.id); });
    for (SearchHit& hit : hits) {
        if (hit.title.isEmpty())
            hit.title = rows.value(hit.id).name;
        hit.detail = rows.value(hit.id).detail;
    }
    return {};
}

} // namespace atende
