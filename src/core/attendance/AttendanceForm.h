#pragma once

#include "attendance/AttendanceFormField.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace atende {

// The form of an attendance type (F-08): its fields, read from and written to the JSON kept in
// attendance_types.form_definition, and the check of a set of answers — one message naming every required field
// left empty and every answer of the wrong shape, so the agent fixes them all at once.
//
// Answers are a JSON object keyed by field key: text kinds are strings, numbers are JSON numbers (or a string in
// Brazilian notation, "1.234,50", which the check normalises), dates "yyyy-MM-dd" (or "dd/MM/yyyy"), yes/no a
// bool, customer and property the id of the record.
class AttendanceForm {
    Q_DECLARE_TR_FUNCTIONS(AttendanceForm)

public:
    static constexpr int MaxFields = 40;

    AttendanceForm() = default;
    explicit AttendanceForm(QList<AttendanceFormField> fields)
        : m_fields(std::move(fields)) {}

    // InvalidInput (naming the problem) for JSON that is not a list of fields with unique keys, known kinds and
    // labels: what the admin editor shows before saving.
    static Result<AttendanceForm> fromJson(const QString& json);
    QString toJson() const;

    const QList<AttendanceFormField>& fields() const { return m_fields; }
    bool isEmpty() const { return m_fields.isEmpty(); }

    // The answers normalised (numbers as numbers, dates ISO, text trimmed, unknown keys dropped), or InvalidInput
    // whose message lists every problem and whose detail is "missing: key1,key2; invalid: key3".
    Result<QJsonObject> validate(const QJsonObject& answers) const;

private:
    QList<AttendanceFormField> m_fields;
};

} // namespace atende
