#include "PostgresBenchmarks.h"

#include "Samples.h"

#include "TicketListModel.h"
#include "auth/UserService.h"
#include "customers/CustomerPageQuery.h"
#include "customers/CustomerService.h"
#include "demo/DemoAccount.h"
#include "demo/DemoOptions.h"
#include "docs/DocumentNumber.h"
#include "search/SearchIndex.h"
#include "search/SearchService.h"
#include "search/ServerTextSearch.h"
#include "storage/Database.h"
#include "storage/ServerLocation.h"
#include "tickets/TicketPageQuery.h"
#include "util/SystemClock.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <chrono>

namespace atende::bench {

namespace {

constexpr double MiB = 1024.0 * 1024.0;

// The list's SELECT as a person would write it for PostgreSQL: the same columns and joins as TicketPageQuery.
constexpr const char* RawTicketColumns =
    "SELECT t.id, t.protocol, t.title, c.name, s.name, sec.name, sub.name, subsub.name, u.name, t.priority, "
    "t.opened_at, t.updated_at "
    "FROM tickets t "
    "LEFT JOIN customers c ON c.id = t.customer_id "
    "LEFT JOIN workflow_statuses s ON s.id = t.status_id "
    "LEFT JOIN sectors sec ON sec.id = t.sector_id "
    "LEFT JOIN subjects sub ON sub.id = t.subject_id "
    "LEFT JOIN subjects subsub ON subsub.id = t.sub_subject_id "
    "LEFT JOIN users u ON u.id = t.responsible_id ";

volatile qint64 g_sink = 0;

double elapsedMs(std::chrono::steady_clock::time_point since) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - since).count();
}

// Runs a prepared query with its bound values and reads every column of every row, as a raw caller holds them;
// returns the number of rows (-1 when the query failed) and the first column of the first row.
int readRows(QSqlQuery& query, qint64* firstId = nullptr) {
    if (!query.exec())
        return -1;
    int rows = 0;
    qint64 sum = 0;
    const int columns = query.record().count();
    while (query.next()) {
        if (rows == 0 && firstId)
            *firstId = query.value(0).toLongLong();
        for (int c = 0; c < columns; ++c)
            sum += query.value(c).toString().size();
        ++rows;
    }
    query.finish();
    g_sink = g_sink + sum;
    return rows;
}

bool prepare(QSqlQuery& query, const QString& sql) {
    query.setForwardOnly(true);
    return query.prepare(sql);
}

} // namespace

PostgresBenchmarks::PostgresBenchmarks(Settings settings, BenchReport& report)
    : m_settings(std::move(settings))
    , m_report(report) {}

PostgresBenchmarks::~PostgresBenchmarks() {
    m_raw = QSqlDatabase();
    if (!m_rawName.isEmpty())
        QSqlDatabase::removeDatabase(m_rawName);
}

Status PostgresBenchmarks::open() {
    // As the app opens it: an older schema is migrated (a team server is migrated in place by its first client).
    auto db = Database::open(m_settings.url);
    if (!db)
        return db.error();
    m_db = std::move(*db);

    auto location = ServerLocation::parse(m_settings.url);
    if (!location)
        return location.error();
    m_rawName = QStringLiteral("atende-bench-raw");
    m_raw = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_rawName);
    m_raw.setHostName(location->host);
    m_raw.setPort(location->port);
    m_raw.setDatabaseName(location->database);
    m_raw.setUserName(location->user);
    QString password = location->password;
    if (password.isEmpty())
        password = qEnvironmentVariable("ATENDE_DB_PASSWORD");
    if (!password.isEmpty())
        m_raw.setPassword(password);
    m_raw.setConnectOptions(location->connectOptions);
    if (!m_raw.open()) {
        return Error::make(
            Error::Code::Storage,
            QStringLiteral("The raw connection to %1 failed.").arg(ServerLocation::withoutPassword(m_settings.url)),
            m_raw.lastError().text());
    }
    QSqlQuery q(m_raw);
    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM tickets), (SELECT count(*) FROM customers), "
                               "pg_database_size(current_database()), current_setting('server_version')")) ||
        !q.next()) {
        return Error::make(Error::Code::Storage, QStringLiteral("Could not count the tickets and customers."),
                           q.lastError().text());
    }
    m_tickets = q.value(0).toLongLong();
    m_customers = q.value(1).toLongLong();
    const qint64 bytes = q.value(2).toLongLong();
    const QString serverVersion = q.value(3).toString();
    if (m_tickets <= 0 || m_customers <= 0) {
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("%1 has no tickets or no customers to measure. Fill it with atendectl "
                                          "migrate-to from a demo database.")
                               .arg(ServerLocation::withoutPassword(m_settings.url)));
    }
    m_report.addHeaderLine(QStringLiteral("database: %1 (PostgreSQL %2, team mode)")
                               .arg(ServerLocation::withoutPassword(m_settings.url), serverVersion));
    m_report.addHeaderLine(QStringLiteral("          %1 tickets, %2 customers, %3 MiB on the server")
                               .arg(BenchReport::number(double(m_tickets), 0),
                                    BenchReport::number(double(m_customers), 0),
                                    BenchReport::number(double(bytes) / MiB, 1)));
    m_report.setContext(QStringLiteral("engine"), QStringLiteral("postgresql"));
    m_report.setContext(QStringLiteral("postgresql"), serverVersion);
    m_report.setContext(QStringLiteral("database"), ServerLocation::withoutPassword(m_settings.url));
    m_report.setContext(QStringLiteral("tickets"), m_tickets);
    m_report.setContext(QStringLiteral("customers"), m_customers);
    m_report.setContext(QStringLiteral("databaseBytes"), bytes);
    return {};
}

void PostgresBenchmarks::reportSkipped() {
    m_report.addHeaderLine(
        QStringLiteral("skipped on PostgreSQL (SQLite only): open the database (sqlite3_open_v2), ticket list first "
                       "screen and its RSS, deep keyset page, queue scroll to the end and badges, dashboard, RSS of "
                       "every view, demo generation, ticket registration and load (scratch SQLite files), file "
                       "size and WAL"));
}

Result<Actor> PostgresBenchmarks::loginDemoAgent() {
    const DemoAccount agent = DemoAccount::all()[2];
    UserService users(*m_db, SystemClock::instance());
    auto actor = users.authenticate(QString::fromLatin1(agent.login), DemoOptions().accountPassword);
    if (!actor) {
        return Error::make(Error::Code::NotFound,
                           QStringLiteral("cannot log in as the demo account %1: %2")
                               .arg(QString::fromLatin1(agent.login), actor.error().userMessage));
    }
    return actor;
}

// Documents spread over the whole table, in a fixed order, so every run looks up the same ones.
std::vector<QString> PostgresBenchmarks::sampleDocuments(int count) {
    std::vector<QString> documents;
    QSqlQuery sample(m_raw);
    prepare(sample, QStringLiteral("SELECT document FROM customers WHERE id % ? = 0 ORDER BY id LIMIT ?"));
    sample.addBindValue(std::max<qint64>(1, m_customers / count));
    sample.addBindValue(count);
    if (sample.exec()) {
        while (sample.next())
            documents.push_back(sample.value(0).toString());
    }
    return documents;
}

// The call screen's hottest read: the customer with the CPF/CNPJ the agent typed (with its mask), against the raw
// SELECT on the unique index with the stored value.
void PostgresBenchmarks::measureLookup() {
    const QString id = QStringLiteral("lookup_document");
    const std::vector<QString> documents = sampleDocuments(m_settings.lookups);
    if (documents.empty()) {
        m_report.addFailure(id, QStringLiteral("no customer documents to look up"));
        return;
    }
    std::vector<QString> typed;
    for (const QString& document : documents)
        typed.push_back(DocumentNumber::formatNormalized(document));
    CustomerPageQuery query(*m_db);
    QSqlQuery statement(m_raw);
    if (!prepare(statement, QStringLiteral("SELECT id, kind, document, code, name, name_key, city, state, in_debt "
                                           "FROM customers WHERE document = ?"))) {
        m_report.addFailure(id, statement.lastError().text());
        return;
    }
    if (auto found = query.findByDocument(typed.front()); !found) {
        m_report.addFailure(
            id, QStringLiteral("findByDocument did not find a stored document: %1").arg(found.error().userMessage));
        return;
    }
    Samples atende, raw;
    int misses = 0;
    for (int pass = 0; pass < 2; ++pass) {
        for (const QString& document : typed) {
            const auto start = std::chrono::steady_clock::now();
            auto found = query.findByDocument(document);
            atende.add(elapsedMs(start) * 1000.0);
            misses += found ? 0 : 1;
        }
        for (const QString& document : documents) {
            const auto start = std::chrono::steady_clock::now();
            statement.bindValue(0, document);
            const int rows = readRows(statement);
            raw.add(elapsedMs(start) * 1000.0);
            misses += rows == 1 ? 0 : 1;
        }
    }
    if (misses > 0)
        m_report.addFailure(id, QStringLiteral("%1 lookups found no customer").arg(misses));

    BenchReport::Measure m;
    m.id = id;
    m.order = 7;
    m.title = QStringLiteral("Customer lookup by CPF/CNPJ (median)");
    m.unit = QStringLiteral("µs");
    m.value = atende.median();
    m.raw = raw.median();
    m.goal = QStringLiteral("<= 2x raw");
    m.met = m.ratio().value_or(0) <= 2.0;
    m.notes << QStringLiteral("lookup_document: %1 documents, each looked up twice; CustomerPageQuery::findByDocument "
                              "parses the masked text; raw: a prepared QSqlQuery on a QPSQL connection binds the "
                              "stored value. p95 %2 vs %3 µs")
                   .arg(documents.size())
                   .arg(BenchReport::number(atende.p95(), 1), BenchReport::number(raw.p95(), 1));
    m.details.insert(QStringLiteral("p95"), atende.p95());
    m.details.insert(QStringLiteral("rawP95"), raw.p95());
    m_report.add(m);

    BenchReport::Measure tail = m;
    tail.id = QStringLiteral("lookup_document_p95");
    tail.order = 8;
    tail.title = QStringLiteral("Customer lookup by CPF/CNPJ (p95)");
    tail.value = atende.p95();
    tail.raw = raw.p95();
    tail.goal.clear();
    tail.met.reset();
    tail.notes.clear();
    tail.details = {};
    m_report.add(tail);
}

// Everything the customer card shows once the agent typed a CPF/CNPJ (CustomerService as the demo agent, as on
// SQLite), against the customer, channels, contacts and the last 20 tickets read by raw prepared queries.
void PostgresBenchmarks::measureCardLookup() {
    const QString id = QStringLiteral("card_lookup");
    auto actor = loginDemoAgent();
    if (!actor) {
        m_report.addFailure(id, actor.error().userMessage);
        return;
    }
    std::vector<QString> documents = sampleDocuments(std::min(500, m_settings.lookups));
    if (documents.empty()) {
        m_report.addFailure(id, QStringLiteral("no customer documents to look up"));
        return;
    }
    QSqlQuery customer(m_raw), channels(m_raw), contacts(m_raw), tickets(m_raw);
    const bool prepared =
        prepare(customer, QStringLiteral("SELECT id, kind, document, code, name, plan, partner_id, observation, "
                                         "in_debt, debt_note, license_days_overdue, has_portal_access, address, "
                                         "city, state, created_at, updated_at, anonymized_at, row_version FROM "
                                         "customers WHERE document = ?")) &&
        prepare(channels, QStringLiteral("SELECT kind, value FROM customer_channels WHERE customer_id = ? ORDER BY "
                                         "id")) &&
        prepare(contacts, QStringLiteral(
                              "SELECT id, name, role, phone, email FROM contacts WHERE customer_id = ? ORDER BY id")) &&
        prepare(tickets, QStringLiteral("SELECT t.id, t.protocol, t.title, t.status_id, s.code, s.name, s.is_closed, "
                                        "t.sector_id, COALESCE(se.name, ''), COALESCE(sub.name, ''), "
                                        "COALESCE(u.name, ''), t.opened_at, t.updated_at FROM tickets t JOIN "
                                        "workflow_statuses s ON s.id = t.status_id LEFT JOIN sectors se ON se.id = "
                                        "t.sector_id LEFT JOIN subjects sub ON sub.id = t.subject_id LEFT JOIN users "
                                        "u ON u.id = t.responsible_id WHERE t.customer_id = ? ORDER BY t.opened_at "
                                        "DESC, t.id DESC LIMIT 20"));
    if (!prepared) {
        m_report.addFailure(id, QStringLiteral("the raw card queries did not prepare: %1")
                                    .arg(customer.lastError().text() + channels.lastError().text() +
                                         contacts.lastError().text() + tickets.lastError().text()));
        return;
    }
    std::vector<QString> typed;
    for (const QString& document : documents)
        typed.push_back(DocumentNumber::formatNormalized(document));

    CustomerService service(*m_db, SystemClock::instance());
    Samples atende, raw;
    int misses = 0;
    qint64 ticketRows = 0, rawTicketRows = 0;
    for (int pass = 0; pass < 2; ++pass) {
        for (const QString& document : typed) {
            const auto start = std::chrono::steady_clock::now();
            auto found = service.findByDocument(*actor, document);
            if (found) {
                auto history = service.ticketsOf(*actor, found->id, 20);
                ticketRows += history ? history->size() : 0;
                misses += history ? 0 : 1;
            } else {
                ++misses;
            }
            atende.add(elapsedMs(start) * 1000.0);
        }
        for (const QString& document : documents) {
            const auto start = std::chrono::steady_clock::now();
            customer.bindValue(0, document);
            qint64 customerId = 0;
            if (readRows(customer, &customerId) != 1) {
                ++misses;
                continue;
            }
            for (QSqlQuery* statement : {&channels, &contacts, &tickets}) {
                statement->bindValue(0, customerId);
                const int rows = readRows(*statement);
                if (statement == &tickets)
                    rawTicketRows += rows;
            }
            raw.add(elapsedMs(start) * 1000.0);
        }
    }
    if (misses > 0)
        m_report.addFailure(id, QStringLiteral("%1 card lookups failed").arg(misses));
    if (ticketRows != rawTicketRows) {
        m_report.addFailure(
            id,
            QStringLiteral("the service read %1 ticket rows, the raw queries %2").arg(ticketRows).arg(rawTicketRows));
    }
    BenchReport::Measure m;
    m.id = id;
    m.order = 9;
    m.title = QStringLiteral("Customer card: lookup by CPF/CNPJ to filled card data (median)");
    m.unit = QStringLiteral("µs");
    m.value = atende.median();
    m.raw = raw.median();
    m.goal = QStringLiteral("< 50 ms");
    m.met = m.value < 50000.0;
    m.notes << QStringLiteral("card_lookup: %1 documents twice, as the demo agent (permission checks, masking rule, "
                              "%2 ticket rows read); raw: 4 prepared queries, no checks. p95 %3 vs %4 µs")
                   .arg(documents.size())
                   .arg(ticketRows)
                   .arg(BenchReport::number(atende.p95(), 1), BenchReport::number(raw.p95(), 1));
    m.details.insert(QStringLiteral("p95"), atende.p95());
    m.details.insert(QStringLiteral("rawP95"), raw.p95());
    m_report.add(m);
}

// The search box: SearchService (three ranked groups, marks, ticket/customer context lines) against the same
// tsquery windows (the newest RankWindow matches ranked by ts_rank, 20 kept) on the raw connection.
void PostgresBenchmarks::measureSearch() {
    auto actor = loginDemoAgent();
    if (!actor) {
        m_report.addFailure(QStringLiteral("search"), actor.error().userMessage);
        return;
    }
    std::vector<std::unique_ptr<QSqlQuery>> groups;
    for (const SearchHit::Kind kind : {SearchHit::Kind::Ticket, SearchHit::Kind::Customer, SearchHit::Kind::Article}) {
        auto group = std::make_unique<QSqlQuery>(m_raw);
        const QString sql = SearchService::groupSql(kind, true);
        if (!prepare(*group, sql)) {
            m_report.addFailure(QStringLiteral("search"), group->lastError().text());
            return;
        }
        groups.push_back(std::move(group));
    }
    SearchService search(*m_db, SystemClock::instance());
    struct Case {
        QString measureId;
        QString title;
        QStringList queries;
        int order;
    };
    // The same words as the SQLite run.
    const QList<Case> cases{
        {QStringLiteral("search_words"),
         QStringLiteral("Search, whole words (median)"),
         {QStringLiteral("impressora fiscal"), QStringLiteral("maria silva"), QStringLiteral("boleto"),
          QStringLiteral("joao conceicao"), QStringLiteral("vazamento banheiro")},
         10},
        {QStringLiteral("search_prefix"),
         QStringLiteral("Search as you type, prefix (median)"),
         {QStringLiteral("impr"), QStringLiteral("maria sil"), QStringLiteral("vaz"), QStringLiteral("conc"),
          QStringLiteral("bol")},
         11},
    };
    for (const Case& c : cases) {
        Samples atende, raw;
        qint64 hits = 0;
        for (int repetition = 0; repetition < m_settings.repetitions; ++repetition) {
            for (const QString& query : c.queries) {
                const auto start = std::chrono::steady_clock::now();
                auto results = search.search(*actor, query, 20);
                atende.add(elapsedMs(start));
                if (!results) {
                    m_report.addFailure(c.measureId,
                                        results.error().userMessage + QLatin1Char(' ') + results.error().detail);
                    return;
                }
                hits += results->count();
                const QString tsQuery = ServerTextSearch::tsQuery(SearchService::matchExpression(query));
                const auto rawStart = std::chrono::steady_clock::now();
                for (const auto& group : groups) {
                    group->bindValue(0, tsQuery);
                    group->bindValue(1, 20);
                    if (readRows(*group) < 0) {
                        m_report.addFailure(c.measureId, group->lastError().text());
                        return;
                    }
                }
                raw.add(elapsedMs(rawStart));
            }
        }
        if (hits == 0)
            m_report.addFailure(c.measureId, QStringLiteral("no query found anything"));
        BenchReport::Measure m;
        m.id = c.measureId;
        m.order = c.order;
        m.title = c.title;
        m.unit = QStringLiteral("ms");
        m.value = atende.median();
        m.raw = raw.median();
        m.goal = QStringLiteral("< 50 ms and <= 1.5x raw");
        m.met = m.value < 50.0 && m.ratio().value_or(0) <= 1.5;
        m.notes << QStringLiteral("%1: %2; 20 per group, %3 runs each; raw: the 3 tsquery windows (newest %4 "
                                  "matches ranked by ts_rank) as prepared QSqlQuery; p95 %5 vs %6 ms")
                       .arg(c.measureId, c.queries.join(QStringLiteral(", ")))
                       .arg(m_settings.repetitions)
                       .arg(SearchService::RankWindow)
                       .arg(BenchReport::number(atende.p95(), 2), BenchReport::number(raw.p95(), 2));
        m.details.insert(QStringLiteral("p95"), atende.p95());
        m.details.insert(QStringLiteral("rawP95"), raw.p95());
        m_report.add(m);
    }
}

// A queue's first screen with two filters and a sort, on a new TicketPageQuery (statements prepared, the
// small-or-big decision counted) against the SELECT a person would write with the same WHERE, ORDER BY and LIMIT.
void PostgresBenchmarks::measureQueues() {
    struct Case {
        QString measureId;
        QString title;
        TicketPageRequest request;
        QString rawWhere; // binds two values
        qint64 a, b;
        QString rawOrder;
        int order;
    };
    TicketPageRequest sectorPriority;
    sectorPriority.filter.sectorId = 1;
    sectorPriority.filter.priority = 2;
    sectorPriority.sortKey = TicketSortKey::OpenedAt;
    sectorPriority.order = Qt::DescendingOrder;
    TicketPageRequest supervision;
    supervision.filter.statusId = 5; // Análise de Supervisão: a small queue
    supervision.filter.sectorId = 1;
    supervision.sortKey = TicketSortKey::Priority;
    supervision.order = Qt::AscendingOrder;
    const QList<Case> cases{
        {QStringLiteral("queue_first_screen"), QStringLiteral("Queue first screen: sector + priority, by opening"),
         sectorPriority, QStringLiteral("t.sector_id = ? AND t.priority = ?"), 1, 2, QStringLiteral("t.opened_at"), 20},
        {QStringLiteral("queue_first_screen_small"), QStringLiteral("Queue first screen: status + sector, by priority"),
         supervision, QStringLiteral("t.status_id = ? AND t.sector_id = ?"), 5, 1, QStringLiteral("t.priority"), 21},
    };
    for (const Case& c : cases) {
        TicketPageRequest request = c.request;
        request.limit = TicketListModel::DefaultPageSize;
        const QString dir = request.order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
        const QString orderBy = c.rawOrder + dir + QStringLiteral(", t.id") + dir;
        QSqlQuery first(m_raw);
        if (!prepare(first, QString::fromLatin1(RawTicketColumns) + QStringLiteral("WHERE ") + c.rawWhere +
                                QStringLiteral(" ORDER BY ") + orderBy + QStringLiteral(" LIMIT ?"))) {
            m_report.addFailure(c.measureId, first.lastError().text());
            return;
        }
        auto rawFirst = [&](qint64* firstId) {
            first.bindValue(0, c.a);
            first.bindValue(1, c.b);
            first.bindValue(2, request.limit);
            return readRows(first, firstId);
        };
        Samples atende, raw;
        qint64 atendeFirstId = 0, rawFirstId = 0;
        int atendeRows = 0, rawRows = 0;
        for (int i = 0; i < m_settings.repetitions; ++i) {
            atende.time([&] {
                TicketPageQuery query(*m_db); // a new queue: statements and the small-or-big count included
                auto page = query.firstPage(request);
                atendeRows = page ? int(page->size()) : -1;
                if (page && !page->empty())
                    atendeFirstId = page->front().id;
            });
            raw.time([&] { rawRows = rawFirst(&rawFirstId); });
        }
        if (atendeRows <= 0 || atendeRows != rawRows || atendeFirstId != rawFirstId) {
            m_report.addFailure(c.measureId, QStringLiteral("TicketPageQuery and the raw SELECT disagree (%1 rows from "
                                                            "%2 vs %3 rows from %4) %5")
                                                 .arg(atendeRows)
                                                 .arg(atendeFirstId)
                                                 .arg(rawRows)
                                                 .arg(rawFirstId)
                                                 .arg(first.lastError().text()));
            return;
        }
        BenchReport::Measure m;
        m.id = c.measureId;
        m.order = c.order;
        m.title = c.title;
        m.unit = QStringLiteral("ms");
        m.value = atende.median();
        m.raw = raw.median();
        m.goal = QStringLiteral("< 100 ms");
        m.met = m.value < 100.0;
        m.notes << QStringLiteral("%1: a new TicketPageQuery's first page of %2 rows vs WHERE %3 ORDER BY %4 LIMIT %2 "
                                  "(prepared QSqlQuery); p95 %5 vs %6 ms")
                       .arg(c.measureId)
                       .arg(request.limit)
                       .arg(c.rawWhere, orderBy)
                       .arg(BenchReport::number(atende.p95(), 2), BenchReport::number(raw.p95(), 2));
        m.details.insert(QStringLiteral("p95"), atende.p95());
        m.details.insert(QStringLiteral("rawP95"), raw.p95());
        m_report.add(m);
    }
}

} // namespace atende::bench
