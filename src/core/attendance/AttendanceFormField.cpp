#include "attendance/AttendanceFormField.h"

#include <array>
#include <utility>

namespace atende {

namespace {

constexpr std::array<std::pair<AttendanceFormField::Kind, const char*>, 8> Codes{{
    {AttendanceFormField::Kind::Text, "text"},
    {AttendanceFormField::Kind::LongText, "long_text"},
    {AttendanceFormField::Kind::Number, "number"},
    {AttendanceFormField::Kind::Date, "date"},
    {AttendanceFormField::Kind::Choice, "choice"},
    {AttendanceFormField::Kind::YesNo, "yes_no"},
    {AttendanceFormField::Kind::Customer, "customer"},
    {AttendanceFormField::Kind::Property, "property"},
}};

} // namespace

QString AttendanceFormField::kindCode(Kind kind) {
    for (const auto& [k, code] : Codes) {
        if (k == kind)
            return QString::fromLatin1(code);
    }
    return QStringLiteral("text");
}

bool AttendanceFormField::kindFromCode(const QString& code, Kind& kind) {
    for (const auto& [k, name] : Codes) {
        if (code == QLatin1String(name)) {
            kind = k;
            return true;
        }
    }
    return false;
}

} // namespace atende
