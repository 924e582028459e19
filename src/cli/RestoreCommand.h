#pragma once

#include "CliCommand.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace atende {

// `atendectl restore IN`: replaces the database with a backup, after core checked the backup is a healthy
// Atende database that is not newer; an older backup is brought to the current schema afterwards.
class RestoreCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)

public:
    QString name() const override { return QStringLiteral("restore"); }
    QString synopsis() const override { return QStringLiteral("restore IN"); }
    QString summary() const override;
    QString description() const override;
    int run(CliContext& context, const QCommandLineParser& parser) override;

private:
    // The file to copy pages from: `inPath` itself, or for a backup of an older schema a migrated copy of it in
    // `workDir`, so the database is replaced only by something this program can use. Sets `sourceVersion`.
    static Result<QString> prepareSource(const QString& inPath, const QString& workDir, int& sourceVersion);
};

} // namespace atende
