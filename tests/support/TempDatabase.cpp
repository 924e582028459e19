#include "TempDatabase.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>

namespace atende::test {

TempDatabase::TempDatabase()
    : m_path(m_dir.filePath(QStringLiteral("atende.sqlite"))) {
    REQUIRE(m_dir.isValid());
}

std::unique_ptr<Database> TempDatabase::open(const Database::Options& options) const {
    auto db = Database::open(m_path, options);
    INFO((db ? QString() : db.error().userMessage + QStringLiteral(" / ") + db.error().detail).toStdString());
    REQUIRE(db.ok());
    return std::move(db).value();
}

QByteArray fileSha256(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result().toHex();
}

} // namespace atende::test
