#pragma once

#include "auth/AccessProfile.h"
#include "auth/Actor.h"

#include <QDialog>
#include <QList>

#include <memory>

class QCheckBox;

namespace Ui {
class AccessProfileEditorDialog;
}

namespace atende {

class Database;

// Access profiles (Perfis de acesso): the list on the left; the chosen profile's name, description and its
// permissions as checkboxes labelled with PermissionCatalog's words. Create, rename and save go through
// AccessProfileService, whose refusals (the last administrator profile, a name in use...) are shown as they come.
class AccessProfileEditorDialog : public QDialog {
    Q_OBJECT

public:
    AccessProfileEditorDialog(Database& db, Actor actor, QWidget* parent = nullptr);
    ~AccessProfileEditorDialog() override;

    // Selects the profile with this name; false when there is none.
    bool selectProfile(const QString& name);
    // The checkbox of one permission name (Permission.h).
    QCheckBox* permissionCheckBox(const QString& permission) const;
    // Saves the form (creating the profile when "New profile" was chosen). True when saved.
    bool save();
    QString message() const;

private:
    void reload(qint64 selectId);
    void showProfile(int row);
    void startNewProfile();
    void showMessage(const QString& text, bool problem);
    QStringList checkedPermissions() const;

    std::unique_ptr<Ui::AccessProfileEditorDialog> m_ui;
    Database& m_db;
    Actor m_actor;
    QList<AccessProfile> m_profiles;
    QList<QCheckBox*> m_checkBoxes; // in Permission::all() order
    qint64 m_currentId = 0;         // 0: a new profile being typed
};

} // namespace atende
