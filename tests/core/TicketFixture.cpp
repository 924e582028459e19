#include "TicketFixture.h"

#include <catch2/catch.hpp>

namespace atende::test {

TicketFixture::TicketFixture()
    : m_tickets(db(), clock(), QStringLiteral("01")) {
    clock().set(QDateTime(QDate(2026, 11, 24), QTime(10, 0), QTimeZone("America/Sao_Paulo")));
    agent = addUser(QStringLiteral("agente"), AgenteProfile);
    leader = addUser(QStringLiteral("lider"), LiderProfile);
    captador = addUser(QStringLiteral("captador"), CaptadorProfile);
    scalar(QStringLiteral("INSERT INTO customers (kind, document, name, name_key, created_at, updated_at) VALUES "
                          "('PF', '52998224725', 'Maria Souza', 'maria souza', 0, 0)"));
    customerId = count(QStringLiteral("SELECT id FROM customers WHERE document = '52998224725'"));
    scalar(QStringLiteral("INSERT INTO customer_channels (customer_id, kind, value, value_key) VALUES (?, 'email', "
                          "'maria@exemplo.com.br', 'maria@exemplo.com.br')"),
           {customerId});
    scalar(QStringLiteral("INSERT INTO customers (kind, document, name, name_key, created_at, updated_at) VALUES "
                          "('PF', '11144477735', 'José Lima', 'jose lima', 0, 0)"));
    customerNoEmailId = count(QStringLiteral("SELECT id FROM customers WHERE document = '11144477735'"));
}

qint64 TicketFixture::statusId(const QString& code) {
    return count(QStringLiteral("SELECT id FROM workflow_statuses WHERE code = ?"), {code});
}

NewTicket TicketFixture::question(qint64 customerId, const QString& title) {
    NewTicket n;
    n.ticket.customerId = customerId;
    n.ticket.subjectId = 1;     // Dúvida
    n.ticket.subSubjectId = 11; // Relatórios
    n.ticket.title = title;
    n.ticket.description = QStringLiteral("Cliente não encontra o relatório de vendas.");
    n.channel = QStringLiteral("email");
    return n;
}

Ticket TicketFixture::createTicket(const QString& title, const QString& channel) {
    NewTicket n = question(customerId, title);
    n.channel = channel;
    auto t = m_tickets.create(agent, n);
    INFO((t ? QString() : t.error().userMessage + QStringLiteral(" / ") + t.error().detail).toStdString());
    REQUIRE(t.ok());
    return *t;
}

} // namespace atende::test
