#pragma once

#include "AuthFixture.h"

#include "tickets/TicketService.h"

namespace atende::test {

// A database with an agent, a leader, a captador (no ticket rights), a customer with an e-mail, one without, and
// the ticket service at workstation "01". The clock starts on a Tuesday at 10:00 in São Paulo.
class TicketFixture : public AuthFixture {
public:
    TicketFixture();

    TicketService& tickets() { return m_tickets; }
    Actor agent;
    Actor leader;
    Actor captador;
    qint64 customerId = 0;        // Maria Souza, maria@exemplo.com.br
    qint64 customerNoEmailId = 0; // José Lima
    qint64 statusId(const QString& code);

    // A valid "Dúvida / Uso do sistema" ticket by the agent, opened by phone.
    Ticket createTicket(const QString& title = QStringLiteral("Não consigo emitir relatório"),
                        const QString& channel = QStringLiteral("email"));
    static NewTicket question(qint64 customerId, const QString& title);

private:
    TicketService m_tickets;
};

} // namespace atende::test
