#include "customers/CustomerEditorDialog.h"
#include "customers/ui_CustomerEditorDialog.h"

#include "audit/AuditHistoryDialog.h"
#include "common/ConflictMergeDialog.h"
#include "common/MessageBoxes.h"
#include "customers/CustomerConflictMerge.h"
#include "customers/CustomerPrivacy.h"
#include "customers/CustomerService.h"
#include "customers/CustomerValidator.h"
#include "directory/DirectoryService.h"
#include "docs/DocumentNumber.h"
#include "util/SystemClock.h"

#include <QHeaderView>
#include <QPushButton>
#include <QRegularExpression>

namespace atende {

namespace {

// E-mails and phones are typed in one field each, separated by ';' (or ',' for e-mails).
QStringList splitList(const QString& text, bool commaToo) {
    static const QRegularExpression semicolon(QStringLiteral("\\s*;\\s*"));
    static const QRegularExpression semicolonOrComma(QStringLiteral("\\s*[;,]\\s*"));
    QStringList out;
    for (const QString& part : text.split(commaToo ? semicolonOrComma : semicolon, Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    }
    return out;
}

} // namespace

CustomerEditorDialog::CustomerEditorDialog(Database& db, Actor actor, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CustomerEditorDialog>())
    , m_db(db)
    , m_actor(std::move(actor)) {
    m_ui->setupUi(this);
    setWindowTitle(tr("New customer"));
    m_ui->kindComboBox->addItem(tr("Individual (CPF)"), int(Customer::Kind::PF));
    m_ui->kindComboBox->addItem(tr("Company (CNPJ)"), int(Customer::Kind::PJ));
    m_ui->phonesLineEdit->setPlaceholderText(tr("(11) 98765-4321; (11) 3333-4444"));
    m_ui->emailsLineEdit->setPlaceholderText(tr("name@company.com.br; other@company.com.br"));
    m_ui->documentLineEdit->setPlaceholderText(tr("123.456.789-09 or 12.ABC.345/01DE-35"));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setDefault(true);
    m_ui->historyButton->setVisible(false);
    fillPartners();
    QTableWidget* contacts = m_ui->contactsTableWidget;
    contacts->setColumnCount(ContactColumnCount);
    contacts->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Phone"), tr("E-mail")});
    contacts->verticalHeader()->setVisible(false);
    contacts->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    connect(m_ui->addContactButton, &QPushButton::clicked, this, [this] {
        addContactRow(CustomerContact{});
        m_ui->contactsTableWidget->setCurrentCell(m_ui->contactsTableWidget->rowCount() - 1, ContactNameColumn);
        m_ui->contactsTableWidget->editItem(m_ui->contactsTableWidget->currentItem());
    });
    connect(m_ui->removeContactButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->contactsTableWidget->currentRow();
        if (row >= 0)
            m_ui->contactsTableWidget->removeRow(row);
    });

    for (QLineEdit* edit : {m_ui->documentLineEdit, m_ui->nameLineEdit, m_ui->phonesLineEdit, m_ui->emailsLineEdit})
        connect(edit, &QLineEdit::textChanged, this, &CustomerEditorDialog::validateAsYouType);
    connect(m_ui->kindComboBox, &QComboBox::currentIndexChanged, this, &CustomerEditorDialog::validateAsYouType);
    connect(m_ui->documentLineEdit, &QLineEdit::editingFinished, this, &CustomerEditorDialog::formatDocument);
    connect(m_ui->inDebtCheckBox, &QCheckBox::toggled, m_ui->debtNoteLineEdit, &QWidget::setEnabled);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CustomerEditorDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CustomerEditorDialog::reject);
    connect(m_ui->historyButton, &QPushButton::clicked, this, &CustomerEditorDialog::showHistory);
    m_ui->debtNoteLineEdit->setEnabled(false);
    for (QLabel* label : {m_ui->documentProblemLabel, m_ui->nameProblemLabel, m_ui->phonesProblemLabel,
                          m_ui->emailsProblemLabel, m_ui->problemsLabel})
        label->setVisible(false);
    m_ui->documentLineEdit->setFocus();
}

CustomerEditorDialog::~CustomerEditorDialog() = default;

void CustomerEditorDialog::fillPartners() {
    m_ui->partnerComboBox->addItem(tr("(no partner)"));
    DirectoryService directory(m_db, SystemClock::instance());
    auto partners = directory.list(m_actor, DirectoryEntry::Kind::Partner);
    if (!partners)
        return; // the field stays usable for "no partner"; the save will tell about permissions
    for (const DirectoryEntry& entry : *partners)
        m_ui->partnerComboBox->addItem(entry.name, entry.id);
}

Status CustomerEditorDialog::load(qint64 customerId) {
    CustomerService customers(m_db, SystemClock::instance());
    auto customer = customers.get(m_actor, customerId);
    if (!customer)
        return customer.error();
    m_loaded = std::move(customer).value();
    m_customerId = m_loaded.id;
    const Customer& c = m_loaded;
    setWindowTitle(tr("Customer %1").arg(c.name));
    const QSignalBlocker blockKind(m_ui->kindComboBox);
    m_ui->kindComboBox->setCurrentIndex(m_ui->kindComboBox->findData(int(c.kind)));
    m_ui->documentLineEdit->setText(c.personalDataMasked ? c.document : DocumentNumber::formatNormalized(c.document));
    m_ui->codeLineEdit->setText(c.code);
    m_ui->nameLineEdit->setText(c.name);
    m_ui->phonesLineEdit->setText(c.phones.join(QStringLiteral("; ")));
    m_ui->emailsLineEdit->setText(c.emails.join(QStringLiteral("; ")));
    m_ui->planLineEdit->setText(c.plan);
    if (c.partnerId) {
        int index = m_ui->partnerComboBox->findData(*c.partnerId);
        if (index < 0) {
            m_ui->partnerComboBox->addItem(tr("Partner #%1").arg(*c.partnerId), *c.partnerId);
            index = m_ui->partnerComboBox->count() - 1;
        }
        m_ui->partnerComboBox->setCurrentIndex(index);
    }
    m_ui->observationPlainTextEdit->setPlainText(c.observation);
    m_ui->inDebtCheckBox->setChecked(c.inDebt);
    m_ui->debtNoteLineEdit->setText(c.debtNote);
    m_ui->licenseDaysSpinBox->setValue(c.licenseDaysOverdue);
    m_ui->portalCheckBox->setChecked(c.hasPortalAccess);
    fillContacts(c.contacts);
    m_ui->addressLineEdit->setText(c.address);
    m_ui->cityLineEdit->setText(c.city);
    m_ui->stateLineEdit->setText(c.state);
    if (c.personalDataMasked) {
        // LGPD: masked values cannot be edited by whoever cannot see them; core keeps the stored ones.
        for (QLineEdit* edit : {m_ui->documentLineEdit, m_ui->phonesLineEdit, m_ui->emailsLineEdit}) {
            edit->setReadOnly(true);
            edit->setToolTip(tr("Personal data: your profile may not see or change it."));
        }
        m_ui->kindComboBox->setEnabled(false);
    }
    m_ui->historyButton->setVisible(true);
    validateAsYouType();
    m_ui->nameLineEdit->setFocus();
    return {};
}

Customer CustomerEditorDialog::typedCustomer() const {
    Customer c = m_loaded;
    c.kind = Customer::Kind(m_ui->kindComboBox->currentData().toInt());
    c.document = m_ui->documentLineEdit->text();
    c.code = m_ui->codeLineEdit->text();
    c.name = m_ui->nameLineEdit->text();
    if (!m_loaded.personalDataMasked) {
        c.phones = splitList(m_ui->phonesLineEdit->text(), false);
        c.emails = splitList(m_ui->emailsLineEdit->text(), true);
    }
    c.plan = m_ui->planLineEdit->text();
    const QVariant partner = m_ui->partnerComboBox->currentData();
    c.partnerId = partner.isValid() ? std::optional<qint64>(partner.toLongLong()) : std::nullopt;
    c.observation = m_ui->observationPlainTextEdit->toPlainText();
    c.inDebt = m_ui->inDebtCheckBox->isChecked();
    c.debtNote = m_ui->debtNoteLineEdit->text();
    c.licenseDaysOverdue = m_ui->licenseDaysSpinBox->value();
    c.hasPortalAccess = m_ui->portalCheckBox->isChecked();
    c.contacts = typedContacts();
    c.address = m_ui->addressLineEdit->text();
    c.city = m_ui->cityLineEdit->text();
    c.state = m_ui->stateLineEdit->text();
    return c;
}

void CustomerEditorDialog::formatDocument() {
    if (m_loaded.personalDataMasked)
        return;
    const DocumentNumber document = DocumentNumber::parse(m_ui->documentLineEdit->text());
    if (!document.isValid())
        return;
    // The kind follows the document: a valid CNPJ is a company.
    const Customer::Kind kind = document.kind() == DocumentNumber::Kind::Cnpj ? Customer::Kind::PJ : Customer::Kind::PF;
    m_ui->kindComboBox->setCurrentIndex(m_ui->kindComboBox->findData(int(kind)));
    if (m_ui->documentLineEdit->text() != document.formatted())
        m_ui->documentLineEdit->setText(document.formatted());
}

void CustomerEditorDialog::validateAsYouType() {
    const Customer c = typedCustomer();
    auto show = [](QLabel* label, const std::optional<CustomerValidator::Issue>& issue) {
        label->setText(issue ? issue->message : QString());
        label->setVisible(issue.has_value());
    };
    QStringList problems;
    auto note = [&problems](const std::optional<CustomerValidator::Issue>& issue) {
        if (issue)
            problems << issue->message;
        return issue;
    };
    // An empty field is not scolded while typing (only the name and document are required, and Save says so).
    if (!m_loaded.personalDataMasked) {
        show(m_ui->documentProblemLabel, c.document.trimmed().isEmpty()
                                             ? std::nullopt
                                             : note(CustomerValidator::checkDocument(c.kind, c.document)));
        std::optional<CustomerValidator::Issue> phone;
        for (const QString& p : c.phones) {
            if (!phone)
                phone = CustomerValidator::checkPhone(p);
        }
        show(m_ui->phonesProblemLabel, note(phone));
        std::optional<CustomerValidator::Issue> email;
        for (const QString& e : c.emails) {
            if (!email)
                email = CustomerValidator::checkEmail(e);
        }
        show(m_ui->emailsProblemLabel, note(email));
    }
    show(m_ui->nameProblemLabel, c.name.isEmpty() ? std::nullopt : note(CustomerValidator::checkName(c.name)));
    m_problems = problems;
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setToolTip(problems.join(QLatin1Char('\n')));
    if (problems.isEmpty())
        m_ui->problemsLabel->setVisible(false);
}

void CustomerEditorDialog::showProblems(const QStringList& problems) {
    m_problems = problems;
    m_ui->problemsLabel->setText(problems.join(QLatin1Char('\n')));
    m_ui->problemsLabel->setVisible(!problems.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setToolTip(problems.join(QLatin1Char('\n')));
}

void CustomerEditorDialog::accept() {
    Customer customer = typedCustomer();
    if (!m_loaded.personalDataMasked) {
        // The same rules core applies, on a copy: what is shown stays exactly as typed.
        Customer check = customer;
        const QList<CustomerValidator::Issue> issues = CustomerValidator::normalize(check);
        if (!issues.isEmpty()) {
            QStringList messages;
            for (const CustomerValidator::Issue& issue : issues)
                messages << issue.message;
            showProblems(messages);
            return;
        }
    }

    CustomerService customers(m_db, SystemClock::instance());
    if (m_loaded.id == 0) {
        bool allowDuplicate = false;
        auto duplicates = customers.possibleDuplicates(m_actor, customer);
        if (duplicates && !duplicates->isEmpty()) {
            QStringList names;
            for (const Customer& d : *duplicates)
                names << (d.code.isEmpty() ? d.name : tr("%1 (code %2)").arg(d.name, d.code));
            MessageBoxes::Request request;
            request.icon = QMessageBox::Question;
            request.title = tr("Possible duplicate");
            request.text = tr("This looks like a customer already registered:\n%1\n\nOpen the existing customer "
                              "(Open), save a new one anyway (Save), or go back to the form (Cancel)?")
                               .arg(names.join(QLatin1Char('\n')));
            request.buttons = QMessageBox::Open | QMessageBox::Save | QMessageBox::Cancel;
            request.defaultButton = QMessageBox::Open;
            const auto answer = MessageBoxes::show(this, request);
            if (answer == QMessageBox::Open) {
                m_customerId = duplicates->first().id;
                done(OpenExisting);
                return;
            }
            if (answer != QMessageBox::Save)
                return;
            allowDuplicate = true;
        }
        auto id = customers.create(m_actor, customer, allowDuplicate);
        if (!id) {
            showProblems({id.error().userMessage});
            return;
        }
        m_customerId = *id;
    } else {
        auto version = customers.update(m_actor, customer);
        if (!version) {
            // Conflict also covers a document taken or a contact in use: only a newer stored version is merged.
            auto stored = customers.get(m_actor, m_loaded.id);
            if (version.error().code == Error::Code::Conflict && stored && stored->rowVersion != m_loaded.rowVersion) {
                if (mergeWithCurrent(customer))
                    QDialog::accept();
                return;
            }
            showProblems({version.error().userMessage});
            return;
        }
    }
    QDialog::accept();
}

bool CustomerEditorDialog::mergeWithCurrent(const Customer& typed) {
    CustomerConflictMerge merge(m_db, SystemClock::instance());
    auto conflict = merge.compare(m_actor, m_loaded, typed);
    for (;;) {
        if (!conflict) {
            showProblems({conflict.error().userMessage});
            return false;
        }
        ConflictMergeDialog dialog(conflict->record, tr("Customer %1").arg(m_loaded.name), this);
        if (dialog.run() != QDialog::Accepted)
            return false; // back to the form, every typed value still there
        conflict->record = dialog.conflict();
        auto version = merge.save(m_actor, *conflict);
        if (version)
            return true;
        auto fresh = version.error().code == Error::Code::Conflict ? merge.compare(m_actor, m_loaded, typed)
                                                                   : Result<CustomerConflict>(version.error());
        if (!fresh || fresh->record.currentRowVersion == conflict->record.currentRowVersion) {
            // Refused for its own reason (a document taken, a contact in use), not because of a newer version.
            showProblems({version.error().userMessage});
            return false;
        }
        MessageBoxes::information(this, tr("Changed again"),
                                  tr("The customer was saved again by someone else while you merged. Compare with "
                                     "the newest version."));
        conflict = std::move(fresh);
    }
}

void CustomerEditorDialog::fillContacts(const QList<CustomerContact>& contacts) {
    m_ui->contactsTableWidget->setRowCount(0);
    for (const CustomerContact& contact : contacts)
        addContactRow(contact);
}

void CustomerEditorDialog::addContactRow(const CustomerContact& contact) {
    QTableWidget* table = m_ui->contactsTableWidget;
    const int row = table->rowCount();
    table->insertRow(row);
    const QStringList values{contact.name, contact.role, contact.phone, contact.email};
    for (int column = 0; column < ContactColumnCount; ++column) {
        auto* item = new QTableWidgetItem(values.at(column));
        // A masked phone or e-mail cannot be edited by whoever cannot see it; core keeps the stored value.
        if (m_loaded.personalDataMasked && (column == ContactPhoneColumn || column == ContactEmailColumn) &&
            contact.id != 0)
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
        table->setItem(row, column, item);
    }
    table->item(row, ContactNameColumn)->setData(Qt::UserRole, contact.id);
}

QList<CustomerContact> CustomerEditorDialog::typedContacts() const {
    QList<CustomerContact> out;
    const QTableWidget* table = m_ui->contactsTableWidget;
    for (int row = 0; row < table->rowCount(); ++row) {
        auto text = [table, row](int column) {
            const QTableWidgetItem* item = table->item(row, column);
            return item ? item->text() : QString();
        };
        CustomerContact contact;
        contact.id = table->item(row, ContactNameColumn)->data(Qt::UserRole).toLongLong();
        contact.name = text(ContactNameColumn);
        contact.role = text(ContactRoleColumn);
        contact.phone = text(ContactPhoneColumn);
        contact.email = text(ContactEmailColumn);
        // A row added and left empty is not a contact.
        if (contact.id == 0 && contact.name.trimmed().isEmpty() && contact.role.trimmed().isEmpty() &&
            contact.phone.trimmed().isEmpty() && contact.email.trimmed().isEmpty())
            continue;
        out.append(contact);
    }
    return out;
}

void CustomerEditorDialog::showHistory() {
    AuditHistoryFilter filter;
    filter.entity = QStringLiteral("customer");
    filter.entityId = m_loaded.id;
    AuditHistoryDialog dialog(m_db, m_actor, filter, this);
    dialog.exec();
}

} // namespace atende
