#include "storage/SqliteBinding.h"

#include <sqlite3.h>

namespace atende::sqlite {

QString columnText(sqlite3_stmt* statement, int column) {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(statement, column)) : QString();
}

void bindText(sqlite3_stmt* statement, const char* name, const QString& value) {
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(statement, sqlite3_bind_parameter_index(statement, name), utf8.constData(), int(utf8.size()),
                      SQLITE_TRANSIENT);
}

void bindInt(sqlite3_stmt* statement, const char* name, qint64 value) {
    sqlite3_bind_int64(statement, sqlite3_bind_parameter_index(statement, name), value);
}

} // namespace atende::sqlite
