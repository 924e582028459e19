#pragma once

#include "attendance/AttendanceType.h"
#include "auth/Actor.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AttendanceTypesDialog;
}

namespace atende {

class AttendanceFormWidget;
class Database;

// Administration of the attendance types (F-07) and their forms (F-08): the types of a set, what each starts and
// whether it needs an active contract, and the form's fields (add, remove, reorder; key, label, kind, required,
// help, options) with a live preview of the form as the agent will fill it. Saving goes through
// AttendanceTypeService (settings.admin, validated and audited in core); a refusal is shown and nothing typed is
// lost.
class AttendanceTypesDialog : public QDialog {
    Q_OBJECT

public:
    AttendanceTypesDialog(Database& db, Actor actor, QWidget* parent = nullptr);
    ~AttendanceTypesDialog() override;

    // Selects a listed type; false when it is not in the list.
    bool selectType(qint64 id);
    qint64 currentTypeId() const { return m_current.id; }
    // Saves what is on screen; false (with the reason shown) when core refuses.
    bool save();
    AttendanceFormWidget* preview() const { return m_preview; }
    QString message() const;

    static QString typeSetName(const QString& code);
    static QString createsName(const QString& code);
    static QString kindName(AttendanceFormField::Kind kind);

public slots:
    void reject() override;

private:
    bool reload(qint64 selectId);
    void typeSelected();
    void showType(const AttendanceType& type);
    AttendanceType collect() const;
    void newType();
    void addField();
    void removeField();
    void moveField(int delta);
    void fieldSelected();
    void fieldEdited();
    void refreshFieldList(int select);
    void updatePreview();
    void markDirty();
    bool confirmDiscard();
    void showMessage(const QString& text, bool error);

    std::unique_ptr<Ui::AttendanceTypesDialog> m_ui;
    Database& m_db;
    Actor m_actor;
    AttendanceFormWidget* m_preview = nullptr;
    QList<AttendanceType> m_types;
    AttendanceType m_current;
    QList<AttendanceFormField> m_fields;
    bool m_dirty = false;
    bool m_loading = false;
};

} // namespace atende
