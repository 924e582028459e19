#include "attendance/AttendanceForm.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace atende {

namespace {

// "1.234,50" (how a Brazilian types it), "1234.50" and "1234" all read as 1234.5 / 1234.
std::optional<double> parseNumber(const QString& typed) {
    const QString text = typed.trimmed();
    bool ok = false;
    double value = QLocale(QLocale::Portuguese, QLocale::Brazil).toDouble(text, &ok);
    if (ok)
        return value;
    value = QLocale::c().toDouble(text, &ok);
    if (ok)
        return value;
    return std::nullopt;
}

std::optional<QDate> parseDate(const QString& typed) {
    const QString text = typed.trimmed();
    for (const char* format : {"yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"}) {
        const QDate date = QDate::fromString(text, QLatin1String(format));
        if (date.isValid())
            return date;
    }
    return std::nullopt;
}

bool isBlank(const QJsonValue& value) {
    return value.isUndefined() || value.isNull() || (value.isString() && value.toString().trimmed().isEmpty());
}

} // namespace

Result<AttendanceForm> AttendanceForm::fromJson(const QString& json) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (!document.isArray()) {
        return Error::make(Error::Code::InvalidInput, tr("The form definition is not a JSON list of fields."),
                           error.errorString());
    }
    const QJsonArray array = document.array();
    if (array.size() > MaxFields)
        return Error::make(Error::Code::InvalidInput, tr("A form has at most %1 fields.").arg(MaxFields));
    QList<AttendanceFormField> fields;
    QSet<QString> keys;
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
    for (const QJsonValue& value : array) {
        const QJsonObject object = value.toObject();
        AttendanceFormField field;
        field.key = object.value(QStringLiteral("key")).toString();
        field.label = object.value(QStringLiteral("label")).toString().trimmed();
        field.required = object.value(QStringLiteral("required")).toBool();
        field.help = object.value(QStringLiteral("help")).toString();
        for (const QJsonValue& option : object.value(QStringLiteral("options")).toArray())
            field.options << option.toString();
        if (!keyPattern.match(field.key).hasMatch()) {
            return Error::make(Error::Code::InvalidInput,
                               tr("The field key \"%1\" must start with a letter and use only lower-case letters, "
                                  "digits and _.")
                                   .arg(field.key));
        }
        if (keys.contains(field.key))
            return Error::make(Error::Code::InvalidInput, tr("The field key \"%1\" is used twice.").arg(field.key));
        keys.insert(field.key);
        if (field.label.isEmpty())
            return Error::make(Error::Code::InvalidInput, tr("The field \"%1\" needs a label.").arg(field.key));
        const QString kind = object.value(QStringLiteral("kind")).toString();
        if (!AttendanceFormField::kindFromCode(kind, field.kind)) {
            return Error::make(Error::Code::InvalidInput,
                               tr("The field \"%1\" has an unknown kind \"%2\".").arg(field.label, kind));
        }
        fields << field;
    }
    return AttendanceForm(fields);
}

QString AttendanceForm::toJson() const {
    QJsonArray array;
    for (const AttendanceFormField& field : m_fields) {
        QJsonObject object{{QStringLiteral("key"), field.key},
                           {QStringLiteral("label"), field.label},
                           {QStringLiteral("kind"), AttendanceFormField::kindCode(field.kind)},
                           {QStringLiteral("required"), field.required},
                           {QStringLiteral("help"), field.help}};
        if (field.kind == AttendanceFormField::Kind::Choice)
            object.insert(QStringLiteral("options"), QJsonArray::fromStringList(field.options));
        array.append(object);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

Result<QJsonObject> AttendanceForm::validate(const QJsonObject& answers) const {
    QJsonObject normalized;
    QStringList missingLabels, missingKeys, invalidLabels, invalidKeys;
    for (const AttendanceFormField& field : m_fields) {
        const QJsonValue value = answers.value(field.key);
        if (isBlank(value) || (field.kind == AttendanceFormField::Kind::YesNo && !value.isBool())) {
            if (field.required) {
                missingLabels << field.label;
                missingKeys << field.key;
            }
            continue;
        }
        auto invalid = [&] {
            invalidLabels << field.label;
            invalidKeys << field.key;
        };
        switch (field.kind) {
        case AttendanceFormField::Kind::Text:
        case AttendanceFormField::Kind::LongText:
            normalized.insert(field.key, value.isString() ? value.toString().trimmed() : value.toVariant().toString());
            break;
        case AttendanceFormField::Kind::Number: {
            const auto number =
                value.isDouble() ? std::optional<double>(value.toDouble()) : parseNumber(value.toString());
            if (number)
                normalized.insert(field.key, *number);
            else
                invalid();
            break;
        }
        case AttendanceFormField::Kind::Date: {
            const auto date = parseDate(value.toString());
            if (date)
                normalized.insert(field.key, date->toString(Qt::ISODate));
            else
                invalid();
            break;
        }
        case AttendanceFormField::Kind::Choice:
            if (!field.options.isEmpty() && !field.options.contains(value.toString()))
                invalid();
            else
                normalized.insert(field.key, value.toString());
            break;
        case AttendanceFormField::Kind::YesNo:
            normalized.insert(field.key, value.toBool());
            break;
        case AttendanceFormField::Kind::Customer:
        case AttendanceFormField::Kind::Property: {
            const qint64 id = value.isDouble() ? value.toInteger() : value.toString().toLongLong();
            if (id > 0)
                normalized.insert(field.key, id);
            else
                invalid();
            break;
        }
        }
    }
    if (missingLabels.isEmpty() && invalidLabels.isEmpty())
        return normalized;
    QStringList parts;
    if (!missingLabels.isEmpty())
        parts << tr("Fill in: %1.").arg(missingLabels.join(QStringLiteral(", ")));
    if (!invalidLabels.isEmpty())
        parts << tr("Check: %1.").arg(invalidLabels.join(QStringLiteral(", ")));
    return Error::make(Error::Code::InvalidInput, parts.join(QLatin1Char(' ')),
                       QStringLiteral("missing: %1; invalid: %2")
                           .arg(missingKeys.join(QLatin1Char(',')), invalidKeys.join(QLatin1Char(','))));
}

} // namespace atende
