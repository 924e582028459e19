#pragma once

#include "customers/CustomerCard.h"
#include "util/Result.h"

#include <QWidget>

#include <memory>

namespace Ui {
class CustomerCardWidget;
}

namespace atende {

class Actor;
class Database;

// The customer card (F-03), self-contained so the call screen can embed it: access notes first and prominent,
// name and document, finance block with its reason (in debt / licence days overdue / blocked), partner (F-05
// reminder), plan, portal access, phones, e-mails and contacts, and the last tickets of every sector with status
// and sector. Shows what it is given: the values come from core already masked for the actor (LGPD).
class CustomerCardWidget : public QWidget {
    Q_OBJECT

public:
    enum TicketColumn { ProtocolColumn, TitleColumn, StatusColumn, SectorColumn, OpenedColumn, TicketColumnCount };

    explicit CustomerCardWidget(QWidget* parent = nullptr);
    ~CustomerCardWidget() override;

    // Shows a card read by CustomerCardLoader.
    void setCustomer(const CustomerCard& card);
    // Reads and shows customer `customerId` as `actor` may see it; on failure the card is cleared and the error
    // returned for the caller to show.
    Status loadCustomer(Database& db, const Actor& actor, qint64 customerId);
    // Nothing shown (no customer identified yet).
    void clear();

    bool hasCustomer() const { return m_customerId != 0; }
    qint64 customerId() const { return m_customerId; }

signals:
    // Enter or a double click on one of the last tickets.
    void ticketActivated(qint64 ticketId);

private:
    std::unique_ptr<Ui::CustomerCardWidget> m_ui;
    qint64 m_customerId = 0;
};

} // namespace atende
