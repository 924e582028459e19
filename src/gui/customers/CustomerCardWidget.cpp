#include "customers/CustomerCardWidget.h"
#include "customers/ui_CustomerCardWidget.h"

#include "customers/CustomerCardLoader.h"
#include "docs/DocumentNumber.h"
#include "util/SystemClock.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>

namespace atende {

namespace {

QString escaped(const QString& text) {
    return text.toHtmlEscaped();
}

} // namespace

CustomerCardWidget::CustomerCardWidget(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CustomerCardWidget>()) {
    m_ui->setupUi(this);
    QTableWidget* table = m_ui->ticketsTableWidget;
    table->setColumnCount(TicketColumnCount);
    table->setHorizontalHeaderLabels({tr("Protocol"), tr("Title"), tr("Status"), tr("Sector"), tr("Opened")});
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    // One line per ticket: the title is elided, the whole text is in its tooltip.
    table->setWordWrap(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    connect(table, &QTableWidget::itemActivated, this, [this](QTableWidgetItem* item) {
        const QVariant id = m_ui->ticketsTableWidget->item(item->row(), ProtocolColumn)->data(Qt::UserRole);
        if (id.isValid())
            emit ticketActivated(id.toLongLong());
    });
    clear();
}

CustomerCardWidget::~CustomerCardWidget() = default;

void CustomerCardWidget::clear() {
    m_customerId = 0;
    m_ui->contentWidget->setVisible(false);
    m_ui->emptyLabel->setVisible(true);
    m_ui->ticketsTableWidget->setRowCount(0);
}

Status CustomerCardWidget::loadCustomer(Database& db, const Actor& actor, qint64 customerId) {
    CustomerCardLoader loader(db, SystemClock::instance());
    auto card = loader.load(actor, customerId);
    if (!card) {
        clear();
        return card.error();
    }
    setCustomer(*card);
    return {};
}

void CustomerCardWidget::setCustomer(const CustomerCard& card) {
    const Customer& c = card.customer;
    m_customerId = c.id;
    m_ui->emptyLabel->setVisible(false);
    m_ui->contentWidget->setVisible(true);

    // Access notes first: the agent reads them before asking anything.
    const bool hasNotes = !c.observation.trimmed().isEmpty();
    m_ui->accessNotesFrame->setVisible(hasNotes);
    m_ui->accessNotesLabel->setText(c.observation.trimmed());

    m_ui->nameLabel->setText(c.name);
    const QString kind = c.kind == Customer::Kind::PJ ? tr("CNPJ") : tr("CPF");
    // A masked document is shown as core masked it; a full one with its punctuation.
    const QString document = c.personalDataMasked ? c.document : DocumentNumber::formatNormalized(c.document);
    QStringList identity{QStringLiteral("%1 %2").arg(kind, document)};
    if (!c.code.isEmpty())
        identity << tr("Code %1").arg(c.code);
    if (!c.city.isEmpty())
        identity << (c.state.isEmpty() ? c.city : QStringLiteral("%1/%2").arg(c.city, c.state));
    m_ui->identityLabel->setText(identity.join(QStringLiteral("  ·  ")));

    const QString finance = CustomerCardLoader::financeText(card);
    switch (card.finance) {
    case CustomerCard::Finance::Ok:
        m_ui->financeLabel->setText(tr("Finance: up to date."));
        m_ui->financeLabel->setStyleSheet(QStringLiteral("color: #1b5e20;"));
        break;
    case CustomerCard::Finance::Blocked:
        m_ui->financeLabel->setText(tr("Finance: %1").arg(finance));
        m_ui->financeLabel->setStyleSheet(
            QStringLiteral("background: #b00020; color: white; font-weight: bold; padding: 4px;"));
        break;
    case CustomerCard::Finance::InDebt:
    case CustomerCard::Finance::Overdue:
        m_ui->financeLabel->setText(tr("Finance: %1").arg(finance));
        m_ui->financeLabel->setStyleSheet(
            QStringLiteral("background: #ffe0b2; color: #7a2e00; font-weight: bold; padding: 4px;"));
        break;
    }

    m_ui->partnerLabel->setVisible(!card.partnerName.isEmpty());
    m_ui->partnerLabel->setText(tr("Partner: %1 - remember to inform the partner.").arg(card.partnerName));

    m_ui->planLabel->setText(c.plan.isEmpty() ? tr("(none)") : c.plan);
    m_ui->portalLabel->setText(c.hasPortalAccess ? tr("Has portal access")
                                                 : tr("No portal access: forward the protocol to the receptionist"));
    QStringList channels = c.phones;
    channels += c.emails;
    m_ui->channelsLabel->setText(channels.isEmpty() ? tr("(none)") : channels.join(QStringLiteral("; ")));
    QStringList contacts;
    for (const CustomerContact& contact : c.contacts) {
        QStringList parts{QStringLiteral("<b>%1</b>").arg(escaped(contact.name))};
        for (const QString& part : {contact.role, contact.phone, contact.email}) {
            if (!part.isEmpty())
                parts << escaped(part);
        }
        contacts << parts.join(QStringLiteral(" · "));
    }
    m_ui->contactsLabel->setTextFormat(Qt::RichText);
    m_ui->contactsLabel->setText(contacts.isEmpty() ? tr("(none)") : contacts.join(QStringLiteral("<br>")));

    QTableWidget* table = m_ui->ticketsTableWidget;
    table->setRowCount(int(card.tickets.size()));
    const QLocale locale;
    for (int row = 0; row < card.tickets.size(); ++row) {
        const CustomerTicket& t = card.tickets.at(row);
        auto* protocol = new QTableWidgetItem(t.protocol);
        protocol->setData(Qt::UserRole, t.id);
        table->setItem(row, ProtocolColumn, protocol);
        auto* title = new QTableWidgetItem(t.title);
        title->setToolTip(t.title);
        table->setItem(row, TitleColumn, title);
        table->setItem(row, StatusColumn, new QTableWidgetItem(t.statusName));
        table->setItem(row, SectorColumn,
                       new QTableWidgetItem(t.sectorName.isEmpty() ? tr("(no sector)") : t.sectorName));
        table->setItem(row, OpenedColumn,
                       new QTableWidgetItem(locale.toString(QDateTime::fromMSecsSinceEpoch(t.openedAt).toLocalTime(),
                                                            QLocale::ShortFormat)));
    }
    m_ui->ticketsTitleLabel->setText(card.tickets.isEmpty() ? tr("No tickets yet.")
                                                            : tr("Last tickets (every sector and status):"));
    table->resizeColumnToContents(ProtocolColumn);
    table->resizeColumnToContents(StatusColumn);
    table->resizeColumnToContents(SectorColumn);
    table->resizeColumnToContents(OpenedColumn);
}

} // namespace atende
