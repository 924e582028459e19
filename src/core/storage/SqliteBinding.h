#pragma once

#include <QString>

struct sqlite3_stmt;

namespace atende::sqlite {

// Small helpers for the read paths that use prepared statements on the raw handle (keyset page queries):
// named parameters bound from Qt values, and text columns read back as QString.
QString columnText(sqlite3_stmt* statement, int column);
void bindText(sqlite3_stmt* statement, const char* name, const QString& value);
void bindInt(sqlite3_stmt* statement, const char* name, qint64 value);

} // namespace atende::sqlite
