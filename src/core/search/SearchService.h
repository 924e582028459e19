#pragma once

#include "auth/AccessGuard.h"
#include "search/SearchResults.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace atende {

class Actor;
class Clock;
class Database;

// The one search box (F-41): tickets (with the text of their interactions), customers and knowledge-base articles
// by any word, accents and case ignored ("joao conceicao" finds "João Conceição"), the last word as a prefix so
// results follow the typing; a protocol or a CPF/CNPJ (with or without mask) typed in full comes first as the
// exact hit. Groups are ranked by FTS5's bm25 with the title weighing ten times the body, among the RankWindow most
// recent matches of each group (older records are reached by more specific words, or their protocol).
//
// Needs ticket.view or customer.view; a group the actor may not see is left out, and customers come back with the
// document masked unless the actor has personal_data.view (their search body, which holds the document and
// e-mails, is never shown as a snippet).
class SearchService {
    Q_DECLARE_TR_FUNCTIONS(SearchService)

public:
    static constexpr int DefaultLimit = 20;
    static constexpr int MaxLimit = 200;
    static constexpr int MaxTerms = 12;
    // How many of the most recent matches of a group are ranked (see ftsGroup).
    static constexpr int RankWindow = 2000;

    SearchService(Database& db, const Clock& clock);

    // `limit` results per group at most.
    Result<SearchResults> search(const Actor& actor, const QString& text, int limit = DefaultLimit);

    // The FTS5 MATCH expression for what a person typed: each word quoted (so no word is read as an FTS5 operator),
    // the last one as a prefix unless the text ends with a space. Empty when there is no word.
    static QString matchExpression(const QString& text);

    // The SQL of one ranked group: binds the engine's query (the match expression on SQLite, its tsquery on
    // PostgreSQL) and the limit; gives id, title, body and score (lower ranks first). Public so the benchmark's raw
    // baseline runs exactly this on a bare connection.
    static QString groupSql(SearchHit::Kind kind, bool postgres);

private:
    Status exactHits(const Actor& actor, const QString& text, SearchResults& results);
    Status ftsGroup(const Actor& actor, const QString& match, SearchHit::Kind kind, int limit, QList<SearchHit>& out);
    Status describeTickets(QList<SearchHit>& hits);
    Status describeCustomers(const Actor& actor, QList<SearchHit>& hits);

    Database& m_db;
    AccessGuard m_guard;
};

} // namespace atende
