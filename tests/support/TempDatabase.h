#pragma once

#include "storage/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace atende::test {

// A fresh database file in its own temporary folder, removed with the fixture.
class TempDatabase {
public:
    TempDatabase();
    // Path of the database file (may not exist until open() is called).
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }
    // Opens (creating and migrating by default); fails the test when it cannot.
    std::unique_ptr<Database> open(const Database::Options& options = {}) const;

private:
    QTemporaryDir m_dir;
    QString m_path;
};

// SHA-256 of a file's bytes (for "the file was not changed" assertions); empty when it cannot be read.
QByteArray fileSha256(const QString& path);

} // namespace atende::test
