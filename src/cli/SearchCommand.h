#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace atende {

// `atendectl search TEXT [--limit N]`: the search box from a terminal, acting as a user (CliLogin): the exact hit,
// then tickets, customers and articles, with the matched words in [brackets].
class SearchCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(SearchCommand)

public:
    QString name() const override { return QStringLiteral("search"); }
    QString synopsis() const override { return QStringLiteral("search TEXT [--limit N]"); }
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    int run(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace atende
