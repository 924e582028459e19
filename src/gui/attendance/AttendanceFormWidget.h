#pragma once

#include "attendance/AttendanceForm.h"
#include "util/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace atende {

// An attendance type's form (F-08) as the agent fills it: one input per field, in the form's order — a line edit
// for text, a plain text box for long text, a line edit taking Brazilian numbers ("1.234,50"), a date edit that
// may stay empty, a combo box for a choice (editable when the options are filled at run time), a yes/no combo that
// may stay unanswered, and a line edit for the id of a customer or a property. Required fields are marked with *,
// help is shown under the input.
//
// Self-contained: the admin editor's preview and the call screen both use it. The answers go in and out as the
// JSON object AttendanceForm::validate reads; validate() runs that check and highlights what it names.
class AttendanceFormWidget : public QWidget {
    Q_OBJECT

public:
    explicit AttendanceFormWidget(QWidget* parent = nullptr);
    ~AttendanceFormWidget() override;

    // Builds the inputs of `form`. Answers already typed for keys the new form still has (same kind) are kept, so
    // a live preview does not lose them at every edit of the definition.
    void setForm(const AttendanceForm& form);
    const AttendanceForm& form() const { return m_form; }

    // The answers as typed: blank fields are left out; numbers are JSON numbers when they read as one (otherwise
    // the text, which validate() reports), dates "yyyy-MM-dd", yes/no bools, customer/property ids numbers.
    QJsonObject answers() const;
    // Fills the inputs (keys of other fields are ignored; fields without a key in `answers` are emptied).
    void setAnswers(const QJsonObject& answers);

    // Marks the inputs of `keys` (red frame, label in red) and clears the marks of the others. Empty: clears.
    void highlightInvalid(const QStringList& keys);
    QStringList highlightedKeys() const { return m_highlighted; }

    // AttendanceForm::validate on answers(): on failure its message is shown above the fields and the fields it
    // names are highlighted; on success the marks go and the normalised answers come back.
    Result<QJsonObject> validate();
    QString messageText() const;

    // Shows the answers without letting them change (a concluded call's form).
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // The input of one field (for the call screen's focus handling and tests), nullptr for an unknown key.
    QWidget* editorFor(const QString& key) const { return m_editors.value(key); }

protected:
    // Delete or Backspace on an empty-able date clears it: the keyboard way back to "no date".
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    // Any answer was changed by the user (or setAnswers).
    void changed();

private:
    QWidget* createEditor(const AttendanceFormField& field);
    QJsonValue valueOf(const AttendanceFormField& field, QWidget* editor) const;
    void setValue(const AttendanceFormField& field, QWidget* editor, const QJsonValue& value);
    void setMarked(const QString& key, bool marked);
    void fieldEdited(const QString& key);

    AttendanceForm m_form;
    QFormLayout* m_layout = nullptr;
    QLabel* m_messageLabel = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QHash<QString, QWidget*> m_editors;
    QHash<QString, QLabel*> m_labels;
    QStringList m_highlighted;
    bool m_filling = false;
    bool m_readOnly = false;
};

} // namespace atende
