#include "CustomerFixture.h"
#include "SearchRows.h"

#include "auth/Permission.h"
#include "customers/CustomerAnonymizer.h"
#include "customers/CustomerService.h"
#include "customers/CustomerTextScrubber.h"
#include "docs/DocumentNumber.h"
#include "search/SearchIndex.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlQuery>

using namespace atende;
using atende::test::CustomerFixture;

namespace {

// The raw bytes of the database file and of its write-ahead log, as an attacker with the disk would read them.
QByteArray fileBytes(const QString& path) {
    QByteArray bytes;
    for (const QString& name : {path, path + QStringLiteral("-wal")}) {
        QFile file(name);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

// What a reader of the database finds: on SQLite the raw bytes of the file and its -wal (see fileBytes); on a
// PostgreSQL server, whose files belong to its administrator (admin guide, "LGPD on a server"), the text of every
// row of every table as the server gives it.
QByteArray databaseBytes(CustomerFixture& f) {
    if (!f.db().isPostgres())
        return fileBytes(f.temp().path());
    QStringList tables;
    {
        QSqlQuery q(f.db().connection());
        REQUIRE(q.exec(QStringLiteral("SELECT quote_ident(table_name) FROM information_schema.tables WHERE "
                                      "table_schema = current_schema() AND table_type = 'BASE TABLE'")));
        while (q.next())
            tables << q.value(0).toString();
    }
    REQUIRE_FALSE(tables.isEmpty());
    QByteArray bytes;
    for (const QString& table : std::as_const(tables)) {
        bytes += f.scalar(QStringLiteral("SELECT coalesce(string_agg(x::text, E'\\n'), '') FROM %1 x").arg(table))
                     .toString()
                     .toUtf8();
        bytes += '\n';
    }
    return bytes;
}

QStringList foundIn(const QByteArray& bytes, const QStringList& values) {
    QStringList found;
    for (const QString& value : values) {
        if (bytes.contains(value.toUtf8()))
            found.append(value);
    }
    return found;
}

void addSearchRow(CustomerFixture& f, qint64 ticketId) {
    // What the ticket service writes: title, then description and every interaction in the body.
    f.exec(QStringLiteral("INSERT INTO ticket_search(%1, title, body) SELECT t.id, t.title, "
                          "t.description || ' ' || coalesce((SELECT group_concat(text, ' ') FROM interactions WHERE "
                          "ticket_id = t.id), '') FROM tickets t WHERE t.id = ?")
               .arg(SearchIndex::keyColumn(f.db())),
           {ticketId});
}

} // namespace

TEST_CASE("CustomerTextScrubber: identifiers in any punctuation, words only where the customer owns the text",
          "[customers][lgpd]") {
    CustomerTextScrubber scrubber(QStringLiteral("[x]"));
    scrubber.addDocument(QStringLiteral("52998224725"));
    scrubber.addDocument(QStringLiteral("12ABC34501DE35"));
    scrubber.addPhone(QStringLiteral("(21) 99876-5432"));
    scrubber.addEmail(QStringLiteral("Zuleica.Q@Provedor.com.br"));
    scrubber.addText(QStringLiteral("Zuleica Quintanilha"));
    scrubber.addText(QStringLiteral("Ana"));

    const QString text = QStringLiteral("CPF 529.982.247-25 ou 52998224725, CNPJ 12.abc.345/01de-35; tel +55 (21) "
                                        "99876-5432, 21998765432 ou 99876-5432; zuleica.q@provedor.COM.br; "
                                        "ZULEICA QUINTANILHA falou com Ana sobre a banana.");
    const QString identifiers = scrubber.scrub(text, CustomerTextScrubber::Scope::Identifiers);
    CHECK_FALSE(identifiers.contains(QLatin1String("982")));
    CHECK_FALSE(identifiers.contains(QLatin1String("345/01")));
    CHECK_FALSE(identifiers.contains(QLatin1String("provedor")));
    CHECK_FALSE(identifiers.contains(QLatin1String("21998765432")));
    CHECK(identifiers.contains(QLatin1String("99876-5432"))); // without DDD: only in the customer's own records
    CHECK(identifiers.contains(QLatin1String("ZULEICA QUINTANILHA")));

    const QString everything = scrubber.scrub(text, CustomerTextScrubber::Scope::Everything);
    CHECK_FALSE(everything.contains(QLatin1String("5432")));
    CHECK_FALSE(everything.contains(QLatin1String("ZULEICA")));
    CHECK_FALSE(everything.contains(QLatin1String(" Ana ")));
    CHECK(everything.contains(QLatin1String("banana"))); // whole words only
    CHECK(everything.contains(QLatin1String("[x] falou com [x]")));

    const QString untouched = QStringLiteral("Nada a ver, Anabela.");
    CHECK(scrubber.scrub(untouched, CustomerTextScrubber::Scope::Everything) == untouched);
    CHECK(scrubber.scrub(QStringLiteral("zúlêica quintanilha"), CustomerTextScrubber::Scope::Everything) ==
          QLatin1String("[x]"));
}

TEST_CASE("CustomerAnonymizer: no former personal value is left in the database file or its -wal",
          "[customers][lgpd][anonymize]") {
    CustomerFixture f;
    // On a large base the index keeps many segments for a long time; here, without automatic merging, every old
    // segment with the former words stays unless the anonymiser merges them away. (FTS5 only: PostgreSQL's tsvector
    // lives in the row itself.)
    if (!f.db().isPostgres()) {
        for (const char* table : {"ticket_search", "customer_search", "article_search"})
            f.exec(QStringLiteral("INSERT INTO %1(%1, rank) VALUES('automerge', 0)").arg(QLatin1String(table)));
    }
    CustomerService service(f.db(), f.clock());
    const Actor admin = f.admin();

    Customer z;
    z.kind = Customer::Kind::PF;
    z.document = CustomerFixture::cpf(11);
    z.code = QStringLiteral("ZQB-0099");
    z.name = QStringLiteral("Zuleica Quintanilha Bernardes");
    z.emails = {QStringLiteral("zuleica.quintanilha@provedor.com.br")};
    z.phones = {QStringLiteral("(21) 99876-5432")};
    z.address = QStringLiteral("Rua Jacarandá Florido, 771");
    z.city = QStringLiteral("Niterói");
    z.state = QStringLiteral("RJ");
    z.plan = QStringLiteral("Ouro");
    z.observation = QStringLiteral("Portão azul; falar com o zelador Anésio Tavares");
    z.inDebt = true;
    z.debtNote = QStringLiteral("Parcela de março em aberto desde o acordo");
    z.licenseDaysOverdue = 9;
    z.contacts = {CustomerContact{0, QStringLiteral("Heitor Vasconcelos Brandão"), QStringLiteral("Cônjuge"),
                                  QStringLiteral("(21) 3456-7890"), QStringLiteral("heitor.brandao@empresa.com.br")}};
    auto id = service.create(admin, z);
    REQUIRE(id.ok());

    // Values that only the history still knows: an e-mail replaced, and a second record merged in.
    auto stored = service.get(admin, *id);
    REQUIRE(stored.ok());
    Customer changed = *stored;
    changed.emails = {QStringLiteral("zq.nova@provedor.com.br")};
    changed.phones.append(QStringLiteral("(21) 98111-2233"));
    REQUIRE(service.update(admin, changed).ok());
    Customer older = CustomerFixture::person(12, QStringLiteral("Zuleica Q. Bernardes"));
    older.emails = {QStringLiteral("zuleica.antigo@caixa.com.br")};
    older.phones = {QStringLiteral("(21) 2700-1188")};
    auto olderId = service.create(admin, older, true);
    REQUIRE(olderId.ok());
    const qint64 olderTicket = f.addTicket(*olderId, QStringLiteral("Cadastro antigo da Zuleica Q. Bernardes"));
    addSearchRow(f, olderTicket);
    REQUIRE(service.merge(admin, *id, *olderId).ok());

    const QString cpfFormatted = DocumentNumber::formatNormalized(z.document);
    const qint64 ticket = f.addTicket(
        *id, QStringLiteral("Boleto da Zuleica Quintanilha Bernardes"),
        QStringLiteral("Cliente zuleica quintanilha bernardes, CPF %1, tel 21 99876 5432, e-mail "
                       "ZULEICA.QUINTANILHA@provedor.com.br, mora na Rua Jacarandá Florido, 771. Ligar no Financeiro.")
            .arg(cpfFormatted));
    f.addInteraction(ticket, QStringLiteral("Liguei para (21) 99876-5432 e falei com Heitor Vasconcelos Brandão."));
    f.addInteraction(ticket, QStringLiteral("Segunda via enviada para zq.nova@provedor.com.br e "
                                            "heitor.brandao@empresa.com.br."));
    addSearchRow(f, ticket);
    f.exec(
        QStringLiteral("INSERT INTO outbox(message_id, to_address, subject, body_text, ticket_id, created_at) "
                       "VALUES ('m1', 'zq.nova@provedor.com.br', 'Protocolo', 'Olá, Zuleica Quintanilha Bernardes.', "
                       "?, 0)"),
        {ticket});
    f.exec(QStringLiteral("INSERT INTO contact_records(protocol, channel, customer_id, ticket_id, started_at, summary) "
                          "VALUES ('CR-9', 'phone', ?, ?, 0, 'Zuleica Quintanilha Bernardes ligou do 21998765432')"),
           {*id, ticket});
    // Somebody else's ticket that quotes her CPF by mistake, and somebody else's data that must survive.
    auto osvaldo = service.create(admin, CustomerFixture::person(13, QStringLiteral("Osvaldo Pereira Lima")));
    REQUIRE(osvaldo.ok());
    const qint64 otherTicket = f.addTicket(
        *osvaldo, QStringLiteral("Cadastro do Osvaldo Pereira Lima"),
        QStringLiteral("O CPF %1 foi digitado no cadastro errado; falar com o Financeiro.").arg(z.document));
    addSearchRow(f, otherTicket);

    const QStringList former{
        z.name,
        QStringLiteral("Quintanilha"),
        QStringLiteral("quintanilha"),
        QStringLiteral("jacaranda"), // the full-text index's token of the address: no other word starts with j
        QStringLiteral("zuleica quintanilha bernardes"),
        z.document,
        cpfFormatted,
        CustomerFixture::cpf(12),
        DocumentNumber::formatNormalized(CustomerFixture::cpf(12)),
        z.code,
        QStringLiteral("zuleica.quintanilha@provedor.com.br"),
        QStringLiteral("ZULEICA.QUINTANILHA@provedor.com.br"),
        QStringLiteral("zq.nova@provedor.com.br"),
        QStringLiteral("zuleica.antigo@caixa.com.br"),
        QStringLiteral("(21) 99876-5432"),
        QStringLiteral("21998765432"),
        QStringLiteral("21 99876 5432"),
        QStringLiteral("(21) 98111-2233"),
        QStringLiteral("21981112233"),
        QStringLiteral("(21) 2700-1188"),
        QStringLiteral("2127001188"),
        QStringLiteral("Zuleica Q. Bernardes"),
        z.address,
        z.observation,
        z.debtNote,
        QStringLiteral("Heitor Vasconcelos Brandão"),
        QStringLiteral("(21) 3456-7890"),
        QStringLiteral("2134567890"),
        QStringLiteral("heitor.brandao@empresa.com.br"),
    };
    // Sanity: before, the values are in the bytes (file or -wal), so the scan below can see them.
    const QStringList before = foundIn(databaseBytes(f), former);
    CHECK(before.contains(z.name));
    CHECK(before.contains(QStringLiteral("jacaranda")));
    CHECK(before.contains(z.document));
    CHECK(before.contains(QStringLiteral("zuleica.quintanilha@provedor.com.br")));
    const qint64 ticketsBefore = f.count(QStringLiteral("SELECT count(*) FROM tickets"));
    const qint64 interactionsBefore = f.count(QStringLiteral("SELECT count(*) FROM interactions"));

    CustomerAnonymizer anonymizer(f.db(), f.clock());
    auto report = anonymizer.anonymize(admin, *id);
    INFO((report ? QString() : report.error().userMessage + QStringLiteral(" / ") + report.error().detail)
             .toStdString());
    REQUIRE(report.ok());
    CHECK(report->fileScrubbed);
    CHECK(report->contacts == 1);
    CHECK(report->auditRows > 10);
    CHECK(report->tickets >= 3); // hers (two, one merged in) and Osvaldo's that quoted her CPF
    CHECK(report->interactions == 2);
    CHECK(report->searchRows >= 3);

    const QByteArray after = databaseBytes(f);
    INFO("left in the file: " + foundIn(after, former).join(QStringLiteral(" | ")).toStdString());
    CHECK(foundIn(after, former).isEmpty());
    if (!f.db().isPostgres())
        CHECK(QFile(f.temp().path() + QStringLiteral("-wal")).size() == 0);
    // Everyone else is untouched.
    CHECK(after.contains(QByteArrayLiteral("Osvaldo Pereira Lima")));
    CHECK(after.contains(QByteArrayLiteral("Financeiro")));
    CHECK(after.contains(CustomerFixture::cpf(13).toUtf8()));

    // The record stays, with its tickets and figures, under a placeholder.
    CHECK(f.scalar(QStringLiteral("SELECT document FROM customers WHERE id = ?"), {*id}).toString() ==
          QStringLiteral("ANON%1").arg(*id));
    CHECK_FALSE(f.scalar(QStringLiteral("SELECT anonymized_at FROM customers WHERE id = ?"), {*id}).isNull());
    CHECK(f.count(QStringLiteral("SELECT license_days_overdue FROM customers WHERE id = ?"), {*id}) == 9);
    CHECK(f.count(QStringLiteral("SELECT in_debt FROM customers WHERE id = ?"), {*id}) == 1);
    CHECK(f.scalar(QStringLiteral("SELECT city FROM customers WHERE id = ?"), {*id}).toString() ==
          QStringLiteral("Niterói"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM customer_channels WHERE customer_id = ?"), {*id}) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM tickets")) == ticketsBefore);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM interactions")) == interactionsBefore);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM tickets WHERE customer_id = ?"), {*id}) == 2);
    CHECK(f.scalar(QStringLiteral("SELECT state FROM outbox WHERE message_id = 'm1'")).toString() ==
          QLatin1String("cancelled"));
    CHECK(test::searchRowsFor(f.db(), SearchHit::Kind::Customer, *id) == 1);
    CHECK(test::searchRowsMatching(f.db(), SearchHit::Kind::Customer, QStringLiteral("osvaldo")) +
              test::searchRowsMatching(f.db(), SearchHit::Kind::Ticket, QStringLiteral("osvaldo")) >=
          1);

    // The act is on record, without the values it removed.
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'customer' AND entity_id = ? AND "
                                 "action = 'anonymize' AND user_id = ?"),
                  {*id, admin.userId()}) >= 1);

    // And it stays anonymous: no edit can fill it again, and doing it twice is refused.
    auto anonymous = service.get(admin, *id);
    REQUIRE(anonymous.ok());
    CHECK(anonymous->anonymizedAt.has_value());
    Customer refill = *anonymous;
    refill.name = z.name;
    CHECK(service.update(admin, refill).error().code == Error::Code::Conflict);
    CHECK(anonymizer.anonymize(admin, *id).error().code == Error::Code::Conflict);
    // The file is sound and no reference dangles; PostgreSQL checks both on every statement.
    if (!f.db().isPostgres()) {
        CHECK(f.count(QStringLiteral("PRAGMA foreign_key_check")) == 0);
        CHECK(f.scalar(QStringLiteral("PRAGMA integrity_check")).toString() == QLatin1String("ok"));
    }
}

TEST_CASE("CustomerAnonymizer: needs customer.anonymize - a refusal changes nothing and is audited",
          "[customers][lgpd][anonymize][access]") {
    CustomerFixture f;
    CustomerService service(f.db(), f.clock());
    const Actor leader = f.actor(QStringLiteral("lider"), {Permission::CustomerView, Permission::CustomerEdit,
                                                           Permission::CustomerMerge, Permission::PersonalDataView});
    auto id = service.create(leader, CustomerFixture::person(1, QStringLiteral("Rosa Amarela")));
    REQUIRE(id.ok());

    CustomerAnonymizer anonymizer(f.db(), f.clock());
    auto refused = anonymizer.anonymize(leader, *id);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::PermissionDenied);
    CHECK_FALSE(refused.error().userMessage.isEmpty());
    CHECK(f.deniedRows(leader, QStringLiteral("anonymize")) == 1);
    CHECK(f.scalar(QStringLiteral("SELECT name FROM customers WHERE id = ?"), {*id}).toString() ==
          QStringLiteral("Rosa Amarela"));
    CHECK(f.scalar(QStringLiteral("SELECT anonymized_at FROM customers WHERE id = ?"), {*id}).isNull());

    const Actor admin = f.admin();
    CHECK(anonymizer.anonymize(admin, 9999).error().code == Error::Code::NotFound);

    // With compaction the whole file (on a server: the tables that held the data) is rebuilt, which also clears space
    // freed long before.
    CustomerAnonymizer::Options options;
    options.compactDatabase = true;
    auto report = anonymizer.anonymize(admin, *id, options);
    REQUIRE(report.ok());
    CHECK(report->compacted);
    CHECK(report->fileScrubbed);
    CHECK(f.scalar(QStringLiteral("SELECT name FROM customers WHERE id = ?"), {*id}).toString() !=
          QStringLiteral("Rosa Amarela"));
    if (!f.db().isPostgres()) {
        // The file's bytes and the connection's pragma exist only with SQLite.
        CHECK_FALSE(fileBytes(f.temp().path()).contains(QByteArrayLiteral("Rosa Amarela")));
        CHECK(f.scalar(QStringLiteral("PRAGMA secure_delete")).toInt() == 1); // the connection's setting is back
    }
}
