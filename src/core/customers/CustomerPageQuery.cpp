#include "customers/CustomerPageQuery.h"

#include "docs/DocumentNumber.h"
#include "storage/Database.h"
#include "storage/PageStatement.h"
#include "util/TextFolding.h"

namespace atende {

namespace {

// Identifiers never come from input: the sort column is picked from this fixed list.
QString sortColumn(CustomerSortKey key) {
    switch (key) {
    case CustomerSortKey::Name:
        return QStringLiteral("name_key");
    case CustomerSortKey::Document:
        return QStringLiteral("document");
    case CustomerSortKey::Code:
        return QStringLiteral("code");
    }
    return QStringLiteral("name_key");
}

const QString SelectFrom =
    QStringLiteral("SELECT id, kind, document, code, name, name_key, city, state, in_debt FROM customers");

QString foldedNamePrefix(const CustomerListFilter& filter) {
    return TextFolding::fold(filter.namePrefix);
}

// Documents are stored as upper-case letters and digits: drop the mask, whatever the user typed it with.
QString normalizedDocumentPrefix(const CustomerListFilter& filter) {
    QString out;
    for (const QChar c : filter.documentPrefix) {
        if ((c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z'))
            out.append(c);
        else if (c >= u'a' && c <= u'z')
            out.append(c.toUpper());
    }
    return out;
}

// Every text starting with `prefix` sorts below prefix + U+10FFFF (the largest code point, whose UTF-8 form is
// the largest byte sequence), so a prefix becomes an index range [prefix, prefix + U+10FFFF).
QString prefixEnd(const QString& prefix) {
    return prefix + QString::fromUcs4(U"\U0010FFFF");
}

// The cursor row's value of the sort column (never NULL here: NULL codes have their own steps).
void bindSortValue(PageStatement& statement, const CustomerListRow& row, CustomerSortKey key) {
    switch (key) {
    case CustomerSortKey::Name:
        statement.bindText(":key", row.nameKey);
        return;
    case CustomerSortKey::Document:
        statement.bindText(":key", row.document);
        return;
    case CustomerSortKey::Code:
        statement.bindText(":key", row.code.value_or(QString()));
        return;
    }
}

bool sortValueIsNull(const CustomerListRow& row, CustomerSortKey key) {
    return key == CustomerSortKey::Code && !row.code.has_value();
}

void bindFilter(PageStatement& statement, const CustomerListFilter& filter) {
    if (const QString prefix = foldedNamePrefix(filter); !prefix.isEmpty()) {
        statement.bindText(":nameLow", prefix);
        statement.bindText(":nameHigh", prefixEnd(prefix));
    }
    if (const QString prefix = normalizedDocumentPrefix(filter); !prefix.isEmpty()) {
        statement.bindText(":docLow", prefix);
        statement.bindText(":docHigh", prefixEnd(prefix));
    }
}

CustomerListRow readRow(const PageStatement& statement) {
    CustomerListRow row;
    row.id = statement.int64(0);
    row.kind = statement.text(1);
    row.document = statement.text(2);
    if (!statement.isNull(3))
        row.code = statement.text(3);
    row.name = statement.text(4);
    row.nameKey = statement.text(5);
    row.city = statement.text(6);
    row.state = statement.text(7);
    row.inDebt = statement.int64(8) != 0;
    return row;
}

} // namespace

Error CustomerPageQuery::readError() const {
    return Error::make(Error::Code::Storage,
                       tr("Could not read the customer list. Try again; if it keeps failing, check the database "
                          "(atendectl check)."),
                       m_db.lastErrorDetail());
}

CustomerPageQuery::CustomerPageQuery(Database& db)
    : m_db(db) {}

CustomerPageQuery::~CustomerPageQuery() = default;

bool CustomerPageQuery::filtersOtherColumn(const CustomerPageRequest& request) {
    return (!foldedNamePrefix(request.filter).isEmpty() && request.sortKey != CustomerSortKey::Name) ||
           (!normalizedDocumentPrefix(request.filter).isEmpty() && request.sortKey != CustomerSortKey::Document);
}

QString CustomerPageQuery::selectSql(const CustomerPageRequest& request, Step step, bool sortFilteredRows) {
    const QString column = sortColumn(request.sortKey);
    // The unary + takes a column away from the planner's choice of index. Sorting the filtered rows: the order
    // column and id get it, so the prefix's index is read. Walking the order's index: the other column's prefix
    // gets it, so the planner does not read that prefix's index and sort every match.
    const QString key = sortFilteredRows ? QStringLiteral("+") + column : column;
    const QString id = sortFilteredRows ? QStringLiteral("+id") : QStringLiteral("id");
    const bool ascending = request.order == Qt::AscendingOrder;
    QStringList where;
    if (!foldedNamePrefix(request.filter).isEmpty()) {
        const bool indexed = sortFilteredRows || request.sortKey == CustomerSortKey::Name;
        const QString name = indexed ? QStringLiteral("name_key") : QStringLiteral("+name_key");
        where << name + QStringLiteral(" >= :nameLow") << name + QStringLiteral(" < :nameHigh");
    }
    if (!normalizedDocumentPrefix(request.filter).isEmpty()) {
        const bool indexed = sortFilteredRows || request.sortKey == CustomerSortKey::Document;
        const QString document = indexed ? QStringLiteral("document") : QStringLiteral("+document");
        where << document + QStringLiteral(" >= :docLow") << document + QStringLiteral(" < :docHigh");
    }
    // Keyset steps are separate seeks; see TicketPageQuery::selectSql for why not a row-value comparison.
    const QString laterId = id + (ascending ? QStringLiteral(" > :id") : QStringLiteral(" < :id"));
    switch (step) {
    case Step::First:
        break;
    case Step::SameKey:
        where << key + QStringLiteral(" = :key") << laterId;
        break;
    case Step::SameNull:
        where << key + QStringLiteral(" IS NULL") << laterId;
        break;
    case Step::AfterKey:
        where << key + (ascending ? QStringLiteral(" > :key") : QStringLiteral(" < :key"));
        break;
    case Step::AfterNull:
        where << key + QStringLiteral(" IS NOT NULL");
        break;
    case Step::NullsAtEnd:
        where << key + QStringLiteral(" IS NULL");
        break;
    }
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString sql = SelectFrom;
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY ") + key + direction + QStringLiteral(", id") + direction +
           QStringLiteral(" LIMIT :limit");
    return sql;
}

QStringList CustomerPageQuery::statements(const CustomerPageRequest& request) {
    QStringList list;
    for (const bool sortFilteredRows : {false, true}) {
        if (sortFilteredRows && !filtersOtherColumn(request))
            break;
        list << selectSql(request, Step::First, sortFilteredRows) << selectSql(request, Step::SameKey, sortFilteredRows)
             << selectSql(request, Step::AfterKey, sortFilteredRows);
        if (request.sortKey == CustomerSortKey::Code) {
            list << selectSql(request, Step::SameNull, sortFilteredRows)
                 << selectSql(request, request.order == Qt::AscendingOrder ? Step::AfterNull : Step::NullsAtEnd,
                              sortFilteredRows);
        }
    }
    return list;
}

Result<bool> CustomerPageQuery::sortsFilteredRows(const CustomerPageRequest& request, bool recount) {
    if (!filtersOtherColumn(request))
        return false;
    if (!recount && m_smallFilter && m_smallFilter->first == request.filter)
        return m_smallFilter->second;
    // Counting a prefix walks its range of the prefix's index.
    auto n = count(request.filter);
    if (!n)
        return n.error();
    m_smallFilter = std::make_pair(request.filter, *n <= m_smallFilterRows);
    return m_smallFilter->second;
}

PageStatement* CustomerPageQuery::prepared(const QString& sql, Error& error) {
    auto it = m_statements.find(sql);
    if (it != m_statements.end())
        return it->second.get();
    QString detail;
    auto statement = PageStatement::prepare(m_db, sql, detail);
    if (!statement) {
        error = readError();
        error.detail = detail;
        return nullptr;
    }
    return m_statements.emplace(sql, std::move(statement)).first->second.get();
}

Status CustomerPageQuery::runStep(const CustomerPageRequest& request, Step step, bool sortFilteredRows,
                                  const CustomerListRow* after, int limit, std::vector<CustomerListRow>& rows) {
    Error error;
    PageStatement* statement = prepared(selectSql(request, step, sortFilteredRows), error);
    if (!statement)
        return error;
    bindFilter(*statement, request.filter);
    if (step == Step::SameKey || step == Step::AfterKey)
        bindSortValue(*statement, *after, request.sortKey);
    if (step == Step::SameKey || step == Step::SameNull)
        statement->bindInt(":id", after->id);
    statement->bindInt(":limit", limit);
    while (statement->next())
        rows.push_back(readRow(*statement));
    return statement->finish(readError());
}

Result<std::vector<CustomerListRow>> CustomerPageQuery::firstPage(const CustomerPageRequest& request) {
    std::vector<CustomerListRow> rows;
    if (request.limit <= 0)
        return rows;
    rows.reserve(std::size_t(request.limit));
    const Result<bool> sortFiltered = sortsFilteredRows(request, true);
    if (!sortFiltered)
        return sortFiltered.error();
    if (Status s = runStep(request, Step::First, *sortFiltered, nullptr, request.limit, rows); !s)
        return s.error();
    return rows;
}

Result<std::vector<CustomerListRow>> CustomerPageQuery::nextPage(const CustomerPageRequest& request,
                                                                 const CustomerListRow& after) {
    std::vector<CustomerListRow> rows;
    if (request.limit <= 0)
        return rows;
    rows.reserve(std::size_t(request.limit));
    const bool ascending = request.order == Qt::AscendingOrder;
    const bool cursorIsNull = sortValueIsNull(after, request.sortKey);
    const Result<bool> sortFiltered = sortsFilteredRows(request, false);
    if (!sortFiltered)
        return sortFiltered.error();
    // NULLs sort first: ascending walks NULLs then values, descending values then NULLs.
    std::vector<Step> steps;
    if (cursorIsNull) {
        steps = {Step::SameNull};
        if (ascending)
            steps.push_back(Step::AfterNull);
    } else {
        steps = {Step::SameKey, Step::AfterKey};
        if (!ascending && request.sortKey == CustomerSortKey::Code)
            steps.push_back(Step::NullsAtEnd);
    }
    for (const Step step : steps) {
        const int missing = request.limit - int(rows.size());
        if (missing <= 0)
            break;
        if (Status s = runStep(request, step, *sortFiltered, &after, missing, rows); !s)
            return s.error();
    }
    return rows;
}

Result<qint64> CustomerPageQuery::count(const CustomerListFilter& filter) {
    QStringList where;
    if (!foldedNamePrefix(filter).isEmpty())
        where << QStringLiteral("name_key >= :nameLow AND name_key < :nameHigh");
    if (!normalizedDocumentPrefix(filter).isEmpty())
        where << QStringLiteral("document >= :docLow AND document < :docHigh");
    QString sql = QStringLiteral("SELECT count(*) FROM customers");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    Error error;
    PageStatement* statement = prepared(sql, error);
    if (!statement)
        return error;
    bindFilter(*statement, filter);
    const qint64 n = statement->next() ? statement->int64(0) : 0;
    if (Status s = statement->finish(readError()); !s)
        return s.error();
    return n;
}

Result<CustomerListRow> CustomerPageQuery::findByDocument(const QString& typed) {
    const DocumentNumber document = DocumentNumber::parse(typed);
    if (document.kind() == DocumentNumber::Kind::Unknown)
        return Error::make(Error::Code::InvalidInput, document.errorReason());
    if (!m_findByDocument) {
        Error error;
        m_findByDocument = prepared(SelectFrom + QStringLiteral(" WHERE document = :document"), error);
        if (!m_findByDocument)
            return error;
    }
    PageStatement& statement = *m_findByDocument;
    statement.bindText(":document", document.normalized());
    std::optional<CustomerListRow> row;
    if (statement.next())
        row = readRow(statement);
    if (Status s = statement.finish(readError()); !s)
        return s.error();
    if (row)
        return std::move(*row);
    // A stored document is looked up even when its check digits are wrong (old imports keep what they had); only
    // when nothing matches does a typing mistake get its reason.
    if (!document.isValid())
        return Error::make(Error::Code::InvalidInput, document.errorReason());
    return Error::make(Error::Code::NotFound,
                       tr("No customer has the %1 %2. Check the number or register the customer.")
                           .arg(document.kindName(), document.formatted()));
}

} // namespace atende
