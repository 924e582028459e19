#include "SearchRows.h"

#include "search/SearchIndex.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace atende::test {

namespace {

// The condition "the row holds every word", with one bound value.
QString matchCondition(Database& db, const QString& table) {
    if (db.isPostgres())
        return QStringLiteral("document @@ plainto_tsquery('simple', atende_search_words(?))");
    return QStringLiteral("%1 MATCH ?").arg(table);
}

// The bound value for matchCondition: FTS5 takes each word quoted (so digits, hyphens and words like AND or NOT are
// plain words), separated by spaces (all must match); plainto_tsquery takes the text as typed.
QString matchValue(Database& db, const QString& words) {
    if (db.isPostgres())
        return words;
    QStringList quoted;
    for (const QString& word : words.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        quoted.append(QLatin1Char('"') + QString(word).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                      QLatin1Char('"'));
    return quoted.join(QLatin1Char(' '));
}

void run(QSqlQuery& q, const QString& sql, const QVariantList& values) {
    INFO(sql.toStdString());
    REQUIRE(q.prepare(sql));
    for (const QVariant& value : values)
        q.addBindValue(value);
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec());
}

} // namespace

QList<qint64> searchRowIds(Database& db, SearchHit::Kind kind, const QString& words) {
    const QString table = SearchIndex::tableFor(kind);
    const QString key = SearchIndex::keyColumn(db);
    QSqlQuery q(db.connection());
    run(q, QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %1").arg(key, table, matchCondition(db, table)),
        {matchValue(db, words)});
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

qint64 searchRowsMatching(Database& db, SearchHit::Kind kind, const QString& words, std::optional<qint64> id) {
    const QString table = SearchIndex::tableFor(kind);
    QString sql = QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(table, matchCondition(db, table));
    QVariantList values{matchValue(db, words)};
    if (id) {
        sql += QStringLiteral(" AND %1 = ?").arg(SearchIndex::keyColumn(db));
        values.append(*id);
    }
    QSqlQuery q(db.connection());
    run(q, sql, values);
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

qint64 searchRowsFor(Database& db, SearchHit::Kind kind, qint64 id) {
    QSqlQuery q(db.connection());
    run(q,
        QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?")
            .arg(SearchIndex::tableFor(kind), SearchIndex::keyColumn(db)),
        {id});
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace atende::test
