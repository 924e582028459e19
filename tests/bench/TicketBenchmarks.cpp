#include "TicketBenchmarks.h"

#include "RawConnection.h"
#include "RawStatement.h"
#include "Samples.h"

#include "auth/PasswordHasher.h"
#include "auth/UserService.h"
#include "storage/Database.h"
#include "tickets/TicketService.h"
#include "util/SystemClock.h"

#include <QDir>
#include <QSqlQuery>

#include <chrono>

namespace atende::bench {

namespace {

constexpr int LoadInteractions = 200;

double elapsed(std::chrono::steady_clock::time_point since) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - since).count();
}

NewTicket sampleTicket(int n) {
    NewTicket t;
    t.channel = QStringLiteral("phone");
    t.ticket.subjectId = 2;     // Erro
    t.ticket.subSubjectId = 13; // Erro no sistema
    t.ticket.title = QStringLiteral("Erro ao emitir nota fiscal %1").arg(n);
    t.ticket.description = QStringLiteral("Ao clicar em Emitir, o sistema mostra a mensagem de erro 500 e fecha.");
    return t;
}

QList<NewInteraction> sampleInteractions() {
    QList<NewInteraction> list;
    NewInteraction record;
    record.kind = QStringLiteral("record");
    record.channel = QStringLiteral("phone");
    record.text = QStringLiteral("Cliente ligou relatando o erro; pedi o print da tela.");
    list << record;
    NewInteraction reply;
    reply.text = QStringLiteral("Recebemos sua solicitação e já estamos analisando.");
    reply.visibleToCustomer = true;
    list << reply;
    NewInteraction internal;
    internal.text = QStringLiteral("Erro reproduzido no banco de testes, versão 5.1.");
    list << internal;
    return list;
}

// The same rows createWithInteractions writes, through bare sqlite3 in one transaction: contact record, ticket,
// three interactions, the attachment, the search row and the contact's link.
bool rawRegister(sqlite3* h, int n, qint64 now, const QByteArray& blob, QString& error) {
    auto fail = [&]() {
        error = QString::fromUtf8(sqlite3_errmsg(h));
        sqlite3_exec(h, "ROLLBACK", nullptr, nullptr, nullptr);
        return false;
    };
    if (sqlite3_exec(h, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail();
    const QByteArray protocol = QStringLiteral("RAW-%1").arg(n, 6, 10, QLatin1Char('0')).toUtf8();
    RawStatement contact(h, "INSERT INTO contact_records (protocol, channel, started_at) VALUES (?1, 'phone', ?2)");
    sqlite3_bind_text(contact, 1, protocol.constData(), int(protocol.size()), SQLITE_STATIC);
    sqlite3_bind_int64(contact, 2, now);
    if (sqlite3_step(contact) != SQLITE_DONE)
        return fail();
    const qint64 contactId = sqlite3_last_insert_rowid(h);
    RawStatement ticket(h, "INSERT INTO tickets (protocol, subject_id, sub_subject_id, sector_id, status_id, "
                           "opened_by, opened_at, updated_at, deadline_at, title, description) VALUES (?1, 2, 13, 1, "
                           "1, 1, ?2, ?2, ?2, 'Erro ao emitir nota fiscal', 'Ao clicar em Emitir, o sistema mostra "
                           "a mensagem de erro 500 e fecha.')");
    sqlite3_bind_text(ticket, 1, protocol.constData(), int(protocol.size()), SQLITE_STATIC);
    sqlite3_bind_int64(ticket, 2, now);
    if (sqlite3_step(ticket) != SQLITE_DONE)
        return fail();
    const qint64 ticketId = sqlite3_last_insert_rowid(h);
    RawStatement interaction(h, "INSERT INTO interactions (ticket_id, author_id, at, kind, channel, text, "
                                "visible_to_customer) VALUES (?1, 1, ?2, 'manual', 'phone', ?3, 0)");
    for (const NewInteraction& i : sampleInteractions()) {
        const QByteArray text = i.text.toUtf8();
        sqlite3_reset(interaction);
        sqlite3_bind_int64(interaction, 1, ticketId);
        sqlite3_bind_int64(interaction, 2, now);
        sqlite3_bind_text(interaction, 3, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        if (sqlite3_step(interaction) != SQLITE_DONE)
            return fail();
    }
    RawStatement attachment(h, "INSERT INTO attachments (ticket_id, file_name, mime_type, size, sha256, data, "
                               "created_at) VALUES (?1, 'print.png', 'image/png', ?2, 'x', ?3, ?4)");
    sqlite3_bind_int64(attachment, 1, ticketId);
    sqlite3_bind_int64(attachment, 2, blob.size());
    sqlite3_bind_blob(attachment, 3, blob.constData(), int(blob.size()), SQLITE_STATIC);
    sqlite3_bind_int64(attachment, 4, now);
    if (sqlite3_step(attachment) != SQLITE_DONE)
        return fail();
    RawStatement search(h, "INSERT INTO ticket_search (rowid, title, body) VALUES (?1, ?2, "
                           "'Ao clicar em Emitir, o sistema mostra a mensagem de erro 500 e fecha.')");
    sqlite3_bind_int64(search, 1, ticketId);
    sqlite3_bind_text(search, 2, protocol.constData(), int(protocol.size()), SQLITE_STATIC);
    if (sqlite3_step(search) != SQLITE_DONE)
        return fail();
    RawStatement link(h, "UPDATE contact_records SET ticket_id = ?1 WHERE id = ?2");
    sqlite3_bind_int64(link, 1, ticketId);
    sqlite3_bind_int64(link, 2, contactId);
    if (sqlite3_step(link) != SQLITE_DONE)
        return fail();
    if (sqlite3_exec(h, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail();
    return true;
}

} // namespace

void measureTickets(const QString& scratchDir, int repetitions, BenchReport& report) {
    const QString registerId = QStringLiteral("ticket_register");
    const QString loadId = QStringLiteral("ticket_load_200");
    const QString path = QDir(scratchDir).filePath(QStringLiteral("tickets.sqlite"));
    auto opened = Database::open(path);
    if (!opened) {
        report.addFailure(registerId, opened.error().userMessage);
        return;
    }
    Database& db = **opened;
    const Clock& clock = SystemClock::instance();
    UserService users(db, clock, PasswordHasher(PasswordHasher::Strength::TestOnlyFast));
    auto admin = users.createFirstAdministrator(QStringLiteral("bench"), QStringLiteral("Bench"),
                                                QStringLiteral("Bench!-Senha-2026"));
    if (!admin) {
        report.addFailure(registerId, admin.error().userMessage);
        return;
    }
    TicketService tickets(db, clock, QStringLiteral("01"));
    const QByteArray blob(48 * 1024, '\x5a'); // a small screenshot
    const QList<NewInteraction> interactions = sampleInteractions();
    const QList<TicketService::NewAttachment> attachments{
        TicketService::NewAttachment{QStringLiteral("print.png"), QStringLiteral("image/png"), blob, 0}};

    RawConnection raw;
    if (!raw.open(path, SQLITE_OPEN_READWRITE) || !raw.exec("PRAGMA synchronous = FULL") ||
        !raw.exec("PRAGMA busy_timeout = 5000")) {
        report.addFailure(registerId, raw.error());
        return;
    }
    QSqlQuery sync(db.connection());
    sync.exec(QStringLiteral("PRAGMA synchronous"));
    const int synchronous = sync.next() ? sync.value(0).toInt() : -1;

    // Register: alternate Atende and raw so both see the same file growth and cache state.
    const int runs = std::max(repetitions, 1) * 5;
    Samples atende, baseline;
    QString error;
    for (int i = 0; i < runs + 1; ++i) { // the first of each is warm-up
        const auto start = std::chrono::steady_clock::now();
        auto t = tickets.createWithInteractions(*admin, sampleTicket(i), interactions, attachments);
        const double took = elapsed(start);
        if (!t) {
            report.addFailure(registerId, t.error().userMessage + QLatin1Char(' ') + t.error().detail);
            return;
        }
        const auto rawStart = std::chrono::steady_clock::now();
        if (!rawRegister(raw.handle(), i, clock.nowMs(), blob, error)) {
            report.addFailure(registerId, error);
            return;
        }
        const double rawTook = elapsed(rawStart);
        if (i > 0) {
            atende.add(took);
            baseline.add(rawTook);
        }
    }
    BenchReport::Measure m;
    m.id = registerId;
    m.order = 50;
    m.title = QStringLiteral("Register ticket + 3 interactions + attachment, one transaction");
    m.unit = QStringLiteral("ms");
    m.value = atende.median();
    m.raw = baseline.median();
    m.goal = QStringLiteral("< 10 ms");
    m.met = m.value < 10.0;
    m.notes << QStringLiteral("synchronous=%1 (2 = FULL), WAL, %2 runs; p95 %3 ms (raw p95 %4 ms)")
                   .arg(synchronous)
                   .arg(runs)
                   .arg(BenchReport::number(atende.p95(), 2), BenchReport::number(baseline.p95(), 2));
    m.details.insert(QStringLiteral("p95"), atende.p95());
    m.details.insert(QStringLiteral("rawP95"), baseline.p95());
    m.details.insert(QStringLiteral("synchronous"), synchronous);
    report.add(m);

    // Load: one ticket with 200 interactions, read the way the ticket screen reads it.
    auto big = tickets.createWithInteractions(*admin, sampleTicket(-1), {}, {});
    if (!big) {
        report.addFailure(loadId, big.error().userMessage);
        return;
    }
    {
        if (!raw.exec("BEGIN IMMEDIATE")) {
            report.addFailure(loadId, raw.error());
            return;
        }
        RawStatement add(raw.handle(), "INSERT INTO interactions (ticket_id, author_id, at, kind, channel, text, "
                                       "visible_to_customer) VALUES (?1, 1, ?2, 'manual', 'email', ?3, 1)");
        for (int i = 0; i < LoadInteractions; ++i) {
            const QByteArray text =
                QStringLiteral("Interação %1: retorno ao cliente com o andamento da análise e os próximos passos.")
                    .arg(i)
                    .toUtf8();
            sqlite3_reset(add);
            sqlite3_bind_int64(add, 1, big->id);
            sqlite3_bind_int64(add, 2, clock.nowMs() + i);
            sqlite3_bind_text(add, 3, text.constData(), int(text.size()), SQLITE_TRANSIENT);
            sqlite3_step(add);
        }
        if (!raw.exec("COMMIT")) {
            report.addFailure(loadId, raw.error());
            return;
        }
    }
    RawStatement rawTicket(raw.handle(), "SELECT * FROM tickets WHERE id = ?1");
    RawStatement rawInteractions(raw.handle(),
                                 "SELECT i.*, u.name FROM interactions i LEFT JOIN users u ON u.id = i.author_id "
                                 "WHERE i.ticket_id = ?1 ORDER BY i.at, i.id");
    Samples load, loadRaw;
    int seen = 0;
    for (int i = 0; i < std::max(repetitions, 1) * 3 + 1; ++i) {
        const auto start = std::chrono::steady_clock::now();
        auto d = tickets.get(*admin, big->id);
        const double took = elapsed(start);
        if (!d) {
            report.addFailure(loadId, d.error().userMessage);
            return;
        }
        seen = int(d->interactions.size());
        const auto rawStart = std::chrono::steady_clock::now();
        sqlite3_reset(rawTicket);
        sqlite3_bind_int64(rawTicket, 1, big->id);
        while (sqlite3_step(rawTicket) == SQLITE_ROW) {
        }
        sqlite3_reset(rawInteractions);
        sqlite3_bind_int64(rawInteractions, 1, big->id);
        int rows = 0;
        while (sqlite3_step(rawInteractions) == SQLITE_ROW) {
            ++rows;
            (void)sqlite3_column_text(rawInteractions, 6);
        }
        const double rawTook = elapsed(rawStart);
        if (i > 0) {
            load.add(took);
            loadRaw.add(rawTook);
        }
    }
    BenchReport::Measure l;
    l.id = loadId;
    l.order = 51;
    l.title = QStringLiteral("Load a ticket with %1 interactions (TicketService::get)").arg(LoadInteractions);
    l.unit = QStringLiteral("ms");
    l.value = load.median();
    l.raw = loadRaw.median();
    l.goal = QStringLiteral("< 100 ms");
    l.met = l.value < 100.0 && seen == LoadInteractions;
    l.notes << QStringLiteral("%1 interactions read; p95 %2 ms").arg(seen).arg(BenchReport::number(load.p95(), 2));
    report.add(l);
}

} // namespace atende::bench
