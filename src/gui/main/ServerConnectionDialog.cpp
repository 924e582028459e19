#include "main/ServerConnectionDialog.h"
#include "main/ui_ServerConnectionDialog.h"

#include "common/BackgroundTask.h"
#include "storage/Database.h"
#include "storage/DatabasePasswordStore.h"
#include "storage/ServerLocation.h"
#include "util/Logging.h"

#include <QPushButton>
#include <QUrl>
#include <QUrlQuery>

namespace atende {

ServerConnectionDialog::ServerConnectionDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ServerConnectionDialog>()) {
    m_ui->setupUi(this);
    // libpq's sslmode values, from "never" to "only a server whose certificate this machine trusts".
    m_ui->tlsCombo->addItem(tr("Use if the server offers it"), QStringLiteral("prefer"));
    m_ui->tlsCombo->addItem(tr("Required"), QStringLiteral("require"));
    m_ui->tlsCombo->addItem(tr("Required, with the server's certificate verified"), QStringLiteral("verify-full"));
    m_ui->tlsCombo->addItem(tr("Off (local network only)"), QStringLiteral("disable"));
    m_ui->tlsCombo->setCurrentIndex(1);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ServerConnectionDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ServerConnectionDialog::~ServerConnectionDialog() = default;

void ServerConnectionDialog::setUrl(const QString& url) {
    auto location = ServerLocation::parse(url);
    if (!location)
        return;
    m_ui->hostEdit->setText(location->host);
    m_ui->portSpin->setValue(location->port);
    m_ui->databaseEdit->setText(location->database);
    m_ui->userEdit->setText(location->user);
    const QString mode = QUrlQuery(QUrl(url)).queryItemValue(QStringLiteral("sslmode"));
    const int index = m_ui->tlsCombo->findData(mode);
    if (index >= 0)
        m_ui->tlsCombo->setCurrentIndex(index);
}

QString ServerConnectionDialog::url() const {
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_ui->hostEdit->text().trimmed());
    url.setPort(m_ui->portSpin->value());
    url.setUserName(m_ui->userEdit->text().trimmed());
    url.setPath(QLatin1Char('/') + m_ui->databaseEdit->text().trimmed());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sslmode"), m_ui->tlsCombo->currentData().toString());
    url.setQuery(query);
    return url.toString();
}

void ServerConnectionDialog::accept() {
    if (m_ui->hostEdit->text().trimmed().isEmpty() || m_ui->databaseEdit->text().trimmed().isEmpty() ||
        m_ui->userEdit->text().trimmed().isEmpty()) {
        m_ui->messageLabel->setText(tr("Fill in the server, the database and the database user."));
        return;
    }
    tryConnection();
}

void ServerConnectionDialog::tryConnection() {
    const QString target = url();
    DatabasePasswordStore::rememberForSession(target, m_ui->passwordEdit->text());
    m_ui->messageLabel->setText(tr("Connecting to %1…").arg(ServerLocation::withoutPassword(target)));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
    // A probe on a worker thread: a Database belongs to the thread that opens it, and this one is closed there.
    runInBackground<QString>(
        this,
        [target]() -> QString {
            Database::Options probe;
            probe.createIfMissing = false;
            probe.migrate = false;
            auto db = Database::open(target, probe);
            return db ? QString() : db.error().userMessage;
        },
        [this](const QString& errorMessage) { connectionTried(errorMessage); });
}

void ServerConnectionDialog::connectionTried(const QString& errorMessage) {
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(true);
    if (!errorMessage.isEmpty()) {
        m_ui->messageLabel->setText(errorMessage);
        return;
    }
    if (m_ui->rememberCheck->isChecked() && !m_ui->passwordEdit->text().isEmpty()) {
        if (Status s = DatabasePasswordStore::write(url(), m_ui->passwordEdit->text()); !s) {
            // Connecting works this session; the agent is told the password will be asked again next time.
            log::warn("database password not kept: {}", s.error().detail.toStdString());
            m_ui->messageLabel->setText(s.error().userMessage);
        }
    }
    QDialog::accept();
}

} // namespace atende
