#pragma once

#include "storage/Database.h"

#include <QByteArray>
#include <QString>

#include <sqlite3.h>

#include <utility>

namespace atende::bench {

// The baseline's side: a bare sqlite3 connection and statements, no Atende code in between. Failures are
// reported as text because a baseline that cannot run makes the whole measure meaningless anyway.
class RawConnection {
public:
    RawConnection() = default;
    ~RawConnection() { close(); }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    bool open(const QString& path, int flags) {
        close();
        const QByteArray utf8 = path.toUtf8();
        // With the schema's SQL functions: the same orders as Atende (atende_fold), and writes to the rows its
        // indexes cover.
        if (sqlite3_open_v2(utf8.constData(), &m_handle, flags, nullptr) != SQLITE_OK ||
            Database::addSqliteFunctions(m_handle) != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
            close();
            return false;
        }
        return true;
    }
    void close() {
        if (m_handle)
            sqlite3_close_v2(m_handle);
        m_handle = nullptr;
    }
    bool exec(const char* sql) {
        char* message = nullptr;
        if (sqlite3_exec(m_handle, sql, nullptr, nullptr, &message) != SQLITE_OK) {
            m_error = QString::fromUtf8(message ? message : sqlite3_errmsg(m_handle));
            sqlite3_free(message);
            return false;
        }
        return true;
    }
    sqlite3* handle() const { return m_handle; }
    const QString& error() const { return m_error; }

private:
    sqlite3* m_handle = nullptr;
    QString m_error;
};

} // namespace atende::bench
