#pragma once

#include "auth/Actor.h"
#include "directory/DirectoryEntry.h"

#include <QDialog>

#include <memory>

namespace Ui {
class DirectoryDialog;
}

namespace atende {

class Database;

// Administration of the directory (issue 4 item 4): finance contacts for PF and PJ, the receptionist, partner
// companies and others, so the call script never hard-codes a name or an address. DirectoryService checks
// settings.admin and audits; entries are deactivated (unticking Active), never deleted, as customers point at
// their partner. A refusal is shown and what was typed stays.
class DirectoryDialog : public QDialog {
    Q_OBJECT

public:
    enum Column { NameColumn, KindColumn, EmailColumn, PhoneColumn, ActiveColumn, ColumnCount };

    DirectoryDialog(Database& db, Actor actor, QWidget* parent = nullptr);
    ~DirectoryDialog() override;

    static QString kindName(DirectoryEntry::Kind kind);

    int entryCount() const;
    bool selectEntry(qint64 id);
    // Clears the form for a new entry of `kind`.
    void newEntry(DirectoryEntry::Kind kind = DirectoryEntry::Kind::Partner);
    bool save();
    qint64 currentId() const { return m_entry.id; }
    QString message() const;

public slots:
    void reject() override;

private:
    void reload(qint64 selectId);
    void entrySelected();
    void showEntry(const DirectoryEntry& entry);
    DirectoryEntry collect() const;
    bool confirmDiscard();
    void showMessage(const QString& text, bool error);

    std::unique_ptr<Ui::DirectoryDialog> m_ui;
    Database& m_db;
    Actor m_actor;
    QList<DirectoryEntry> m_entries;
    DirectoryEntry m_entry; // as loaded: what "unsaved changes" compares against
    bool m_loading = false;
};

} // namespace atende
