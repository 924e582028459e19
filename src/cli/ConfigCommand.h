#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace atende {

// `atendectl config get|set KEY [VALUE]`: the team's e-mail settings (mail.smtp.*, mail.from.*,
// mail.receptionist.address) and templates (mail.template.<protocol|reply|copy>.<subject|body>) in the
// database; `config set mail.smtp.password` reads the password from standard input into the system keyring,
// so it never appears in a process list or a shell history. `config set database.url postgresql://…` points this
// workstation at the team's server (database.password keeps that password in the keyring).
class ConfigCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(ConfigCommand)

public:
    QString name() const override { return QStringLiteral("config"); }
    QString synopsis() const override { return QStringLiteral("config get|set KEY [VALUE]"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    QString description() const override;
    int run(CliContext& context, const QCommandLineParser& parser) override;

private:
    // database.url / database.password: this workstation's, no login to any database needed.
    int runWorkstationSetting(CliContext& context, const QString& key, bool set, const QStringList& values);
};

} // namespace atende
