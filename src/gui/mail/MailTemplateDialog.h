#pragma once

#include "mail/MailTemplate.h"

#include "auth/Actor.h"

#include <QDialog>

#include <memory>

namespace Ui {
class MailTemplateDialog;
}

namespace atende {

class Database;

// The administrator edits the protocol, reply and copy-to templates with a live preview filled with sample
// values; an unknown variable shows in the preview at once and cannot be saved.
class MailTemplateDialog : public QDialog {
    Q_OBJECT

public:
    // `actor` saves the templates through MailAdministration (mail.admin, audited).
    MailTemplateDialog(Database& db, const Actor& actor, QWidget* parent = nullptr);
    ~MailTemplateDialog() override;

    QString previewSubject() const;
    QString previewBody() const;
    bool save();

private:
    void loadKind();
    void updatePreview();
    MailTemplate::Kind currentKind() const;

    std::unique_ptr<Ui::MailTemplateDialog> m_ui;
    Database& m_db;
    Actor m_actor;
};

} // namespace atende
