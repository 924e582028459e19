#include "storage/Migrator.h"

#include "storage/Database.h"
#include "util/Logging.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace atende {

namespace {

QList<Migration> readSteps(const QString& folder) {
    QList<Migration> list;
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(.+)\\.sql$"));
    const QDir dir(folder);
    for (const QString& file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        list.append(Migration{match.captured(1).toInt(), match.captured(2), QString::fromUtf8(f.readAll())});
    }
    std::sort(list.begin(), list.end(), [](const Migration& a, const Migration& b) { return a.version < b.version; });
    return list;
}

} // namespace

const QList<Migration>& Migrator::embedded(Database::Engine engine) {
    // Each engine has its own files with the same numbers: the SQL of a step differs (FTS5 or tsvector, identity
    // columns, types), the schema it leaves does not.
    static const QList<Migration> sqliteSteps = readSteps(QStringLiteral(":/migrations"));
    static const QList<Migration> serverSteps = readSteps(QStringLiteral(":/migrations/postgresql"));
    return engine == Database::Engine::PostgreSQL ? serverSteps : sqliteSteps;
}

int Migrator::latestVersion() {
    const auto& steps = embedded();
    return steps.isEmpty() ? 0 : steps.last().version;
}

Migrator::Migrator(Database& db)
    : Migrator(db, embedded(db.engine())) {}

Migrator::Migrator(Database& db, QList<Migration> steps)
    : m_db(db)
    , m_steps(std::move(steps)) {}

Status Migrator::migrate(const std::function<void(const Migration&)>& afterStep) {
    const int current = m_db.schemaVersion();
    for (const Migration& step : std::as_const(m_steps)) {
        if (step.version <= current)
            continue;
        if (Status s = m_db.begin(); !s)
            return s;
        Status applied = m_db.execRaw(step.sql);
        if (applied)
            applied = m_db.setSchemaVersion(step.version);
        if (applied)
            applied = m_db.commit();
        if (!applied) {
            m_db.rollback();
            log::error("migration {} ({}) failed: {}", step.version, step.name.toStdString(),
                       applied.error().detail.toStdString());
            return Error::make(Error::Code::Storage,
                               tr("Could not update the database to schema %1 (%2). The database was left at "
                                  "schema %3, unchanged.")
                                   .arg(step.version)
                                   .arg(step.name)
                                   .arg(m_db.schemaVersion()),
                               applied.error().detail);
        }
        log::info("database migrated to schema {} ({})", step.version, step.name.toStdString());
        if (afterStep)
            afterStep(step);
    }
    return {};
}

} // namespace atende
