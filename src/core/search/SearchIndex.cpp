#include "search/SearchIndex.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace atende {

namespace {

Error indexError(const QSqlQuery& q) {
    return Error::make(Error::Code::Storage,
                       QCoreApplication::translate("SearchIndex", "The search index could not be updated."),
                       q.lastError().text());
}

} // namespace

QString SearchIndex::tableFor(SearchHit::Kind kind) {
    switch (kind) {
    case SearchHit::Kind::Customer:
        return QStringLiteral("customer_search");
    case SearchHit::Kind::Article:
        return QStringLiteral("article_search");
    case SearchHit::Kind::Ticket:
        break;
    }
    return QStringLiteral("ticket_search");
}

Status SearchIndex::write(Database& db, SearchHit::Kind kind, qint64 id, const QString& title, const QString& body) {
    if (Status s = remove(db, kind, id); !s)
        return s;
    QSqlQuery q(db.connection());
    // The key column: FTS5's rowid on SQLite, an ordinary id column on PostgreSQL (migrations/postgresql/0004).
    q.prepare(QStringLiteral("INSERT INTO %1(%2, title, body) VALUES (?, ?, ?)").arg(tableFor(kind), keyColumn(db)));
    q.addBindValue(id);
    // A null QString binds as NULL, which the server's NOT NULL columns refuse (FTS5 took it as empty text).
    q.addBindValue(title.isNull() ? QStringLiteral("") : title);
    q.addBindValue(body.isNull() ? QStringLiteral("") : body);
    if (!q.exec())
        return indexError(q);
    return {};
}

Status SearchIndex::remove(Database& db, SearchHit::Kind kind, qint64 id) {
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(tableFor(kind), keyColumn(db)));
    q.addBindValue(id);
    if (!q.exec())
        return indexError(q);
    return {};
}

QString SearchIndex::keyColumn(const Database& db) {
    return db.isPostgres() ? QStringLiteral("id") : QStringLiteral("rowid");
}

Status SearchIndex::optimize(Database& db, SearchHit::Kind kind) {
    QSqlQuery q(db.connection());
    if (db.isPostgres()) {
        // A deleted row's tsvector leaves the table with the row; VACUUM (outside any transaction, by the server's
        // autovacuum) reclaims the space. Nothing to merge as FTS5's segments need.
        return {};
    }
    if (!q.exec(QStringLiteral("INSERT INTO %1(%1) VALUES('optimize')").arg(tableFor(kind))))
        return indexError(q);
    return {};
}

} // namespace atende
