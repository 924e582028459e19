#include "mail/MailTemplateDialog.h"

#include "common/MessageBoxes.h"
#include "mail/MailAdministration.h"
#include "mail/MailTemplateRenderer.h"
#include "mail/MailTemplateStore.h"
#include "mail/ui_MailTemplateDialog.h"
#include "util/SystemClock.h"

#include <QPushButton>

namespace atende {

namespace {
// What the preview shows: a customer with accents, an O.S., a reply, so every variable is visible.
MailTemplateRenderer::Values sampleValues() {
    return {{QStringLiteral("cliente"), QStringLiteral("João Conceição D'Ávila")},
            {QStringLiteral("protocolo"), QStringLiteral("20261122-01-000123")},
            {QStringLiteral("atendente"), QStringLiteral("Carla Souza")},
            {QStringLiteral("data"), QStringLiteral("22/11/2026")},
            {QStringLiteral("hora"), QStringLiteral("14:30")},
            {QStringLiteral("empresa"), QStringLiteral("Imobiliária Horizonte")},
            {QStringLiteral("os"), QStringLiteral("OS-4471")},
            {QStringLiteral("assunto"), QStringLiteral("Boleto em atraso")},
            {QStringLiteral("resposta"), QStringLiteral("Segue a segunda via do boleto.")}};
}
} // namespace

MailTemplateDialog::MailTemplateDialog(Database& db, const Actor& actor, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MailTemplateDialog>())
    , m_db(db)
    , m_actor(actor) {
    m_ui->setupUi(this);
    m_ui->kindComboBox->addItem(tr("Protocol e-mail (end of call)"), int(MailTemplate::Kind::Protocol));
    m_ui->kindComboBox->addItem(tr("Reply to the customer"), int(MailTemplate::Kind::Reply));
    m_ui->kindComboBox->addItem(tr("Copy to a third party"), int(MailTemplate::Kind::Copy));
    QStringList names;
    for (const QString& name : MailTemplateRenderer::variables())
        names << QLatin1Char('{') + name + QLatin1Char('}');
    m_ui->variablesLabel->setText(
        tr("Variables: %1. A part between {#os} and {/os} appears only when there is an O.S. number.")
            .arg(names.join(QStringLiteral(" "))));
    connect(m_ui->kindComboBox, &QComboBox::currentIndexChanged, this, &MailTemplateDialog::loadKind);
    connect(m_ui->subjectLineEdit, &QLineEdit::textChanged, this, &MailTemplateDialog::updatePreview);
    connect(m_ui->bodyPlainTextEdit, &QPlainTextEdit::textChanged, this, &MailTemplateDialog::updatePreview);
    connect(m_ui->buttonBox->button(QDialogButtonBox::Save), &QPushButton::clicked, this, &MailTemplateDialog::save);
    connect(m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        const MailTemplate defaults = MailTemplateStore::defaultTemplate(currentKind());
        m_ui->subjectLineEdit->setText(defaults.subject);
        m_ui->bodyPlainTextEdit->setPlainText(defaults.body);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &MailTemplateDialog::reject);
    loadKind();
}

MailTemplateDialog::~MailTemplateDialog() = default;

MailTemplate::Kind MailTemplateDialog::currentKind() const {
    return MailTemplate::Kind(m_ui->kindComboBox->currentData().toInt());
}

void MailTemplateDialog::loadKind() {
    auto loaded = MailTemplateStore(m_db).load(currentKind());
    if (!loaded) {
        MessageBoxes::warning(this, windowTitle(), loaded.error().userMessage);
        return;
    }
    m_ui->subjectLineEdit->setText(loaded->subject);
    m_ui->bodyPlainTextEdit->setPlainText(loaded->body);
    updatePreview();
}

void MailTemplateDialog::updatePreview() {
    const MailTemplate edited{currentKind(), m_ui->subjectLineEdit->text(), m_ui->bodyPlainTextEdit->toPlainText()};
    auto rendered = MailTemplateRenderer::render(edited, sampleValues());
    if (!rendered) {
        m_ui->previewSubjectLabel->setText(
            QStringLiteral("<b>%1</b>").arg(rendered.error().userMessage.toHtmlEscaped()));
        m_ui->previewPlainTextEdit->clear();
        m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(false);
        return;
    }
    m_ui->previewSubjectLabel->setText(rendered->subject.toHtmlEscaped());
    m_ui->previewPlainTextEdit->setPlainText(rendered->body);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(true);
}

QString MailTemplateDialog::previewSubject() const {
    return m_ui->previewSubjectLabel->text();
}

QString MailTemplateDialog::previewBody() const {
    return m_ui->previewPlainTextEdit->toPlainText();
}

bool MailTemplateDialog::save() {
    const MailTemplate edited{currentKind(), m_ui->subjectLineEdit->text(), m_ui->bodyPlainTextEdit->toPlainText()};
    if (Status s = MailAdministration(m_db, SystemClock::instance()).saveTemplate(m_actor, edited); !s) {
        MessageBoxes::warning(this, windowTitle(), s.error().userMessage);
        return false;
    }
    return true;
}

} // namespace atende
