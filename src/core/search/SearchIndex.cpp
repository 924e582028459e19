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
    q.prepare(QStringLiteral("INSERT INTO %1(rowid, title, body) VALUES (?, ?, ?)").arg(tableFor(kind)));
    q.addBindValue(id);
    q.addBindValue(title);
    q.addBindValue(body);
    if (!q.exec())
        return indexError(q);
    return {};
}

Status SearchIndex::remove(Database& db, SearchHit::Kind kind, qint64 id) {
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE rowid = ?").arg(tableFor(kind)));
    q.addBindValue(id);
    if (!q.exec())
        return indexError(q);
    return {};
}

Status SearchIndex::optimize(Database& db, SearchHit::Kind kind) {
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("INSERT INTO %1(%1) VALUES('optimize')").arg(tableFor(kind))))
        return indexError(q);
    return {};
}

} // namespace atende
