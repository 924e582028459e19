#include "SearchCommand.h"

#include "CliContext.h"
#include "CliLogin.h"
#include "search/SearchService.h"
#include "util/SystemClock.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

namespace atende {

QString SearchCommand::summary() const {
    return tr("Search tickets, customers and articles by any word (acting as --user).");
}

QString SearchCommand::description() const {
    return tr("Finds tickets (with the text of their interactions), customers and knowledge-base articles by any "
              "word, accents and case ignored; the last word is a prefix. A protocol or a CPF/CNPJ typed in full "
              "comes first. --limit N results per group (default 20). Runs as the user given by --user or "
              "ATENDE_USER, with the password in ATENDE_PASSWORD.");
}

QList<QCommandLineOption> SearchCommand::options() const {
    return {CliLogin::userOption(),
            QCommandLineOption(QStringLiteral("limit"), tr("At most N results per group (default 20)."), tr("N"))};
}

int SearchCommand::run(CliContext& context, const QCommandLineParser& parser) {
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return context.usageError(tr("Say what to search for."));
    const QString text = args.join(QLatin1Char(' '));
    int limit = SearchService::DefaultLimit;
    if (parser.isSet(QStringLiteral("limit"))) {
        const auto parsed = parseNumber(parser.value(QStringLiteral("limit")), 1, SearchService::MaxLimit);
        if (!parsed)
            return context.usageError(tr("--limit takes a number from 1 to %1.").arg(SearchService::MaxLimit));
        limit = int(*parsed);
    }
    Database::Options options;
    options.createIfMissing = false;
    auto db = context.openDatabase(options);
    if (!db)
        return context.fail(db.error());
    auto actor = CliLogin::login(**db, parser);
    if (!actor)
        return context.fail(actor.error());

    SearchService search(**db, SystemClock::instance());
    QElapsedTimer timer;
    timer.start();
    auto results = search.search(*actor, text, limit);
    if (!results)
        return context.fail(results.error());
    const qint64 elapsedUs = timer.nsecsElapsed() / 1000;

    QJsonObject document;
    auto group = [&](const QString& key, const QString& heading, const QList<SearchHit>& hits) {
        QJsonArray array;
        if (!hits.isEmpty())
            context.print(heading);
        for (const SearchHit& hit : hits) {
            context.print(QStringLiteral("  %1  %2").arg(hit.id).arg(SearchHit::toPlain(hit.title)));
            if (!hit.detail.isEmpty())
                context.print(QStringLiteral("      %1").arg(hit.detail));
            if (!hit.snippet.isEmpty())
                context.print(QStringLiteral("      %1").arg(SearchHit::toPlain(hit.snippet)));
            array.append(QJsonObject{{QStringLiteral("kind"), SearchHit::kindName(hit.kind)},
                                     {QStringLiteral("id"), hit.id},
                                     {QStringLiteral("title"), SearchHit::toPlain(hit.title)},
                                     {QStringLiteral("detail"), hit.detail},
                                     {QStringLiteral("snippet"), SearchHit::toPlain(hit.snippet)}});
        }
        document.insert(key, array);
    };
    group(QStringLiteral("exact"), tr("Exact match:"), results->exact);
    group(QStringLiteral("tickets"), tr("Tickets:"), results->tickets);
    group(QStringLiteral("customers"), tr("Customers:"), results->customers);
    group(QStringLiteral("articles"), tr("Articles:"), results->articles);
    if (results->isEmpty())
        context.printError(tr("Nothing found for \"%1\".").arg(text));
    document.insert(QStringLiteral("count"), qint64(results->count()));
    document.insert(QStringLiteral("elapsedUs"), elapsedUs);
    return context.finish(document, ExitOk);
}

} // namespace atende
