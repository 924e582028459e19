#include "DemoCommand.h"

#include "CliContext.h"
#include "ProgressBar.h"
#include "demo/DemoDataGenerator.h"
#include "util/SystemClock.h"

#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <limits>

namespace atende {

namespace {

constexpr qint64 MaxCustomers = 10'000'000;
constexpr qint64 MaxTickets = 100'000'000;

// Ctrl+C during a long generation stops it at the next batch and the generator rolls its one transaction back,
// so the database is left exactly as it was instead of a process killed in the middle of a write.
std::atomic<bool> g_interrupted{false};

extern "C" void onInterrupt(int) {
    g_interrupted.store(true);
}

class InterruptGuard {
public:
    InterruptGuard() {
        g_interrupted.store(false);
        m_previous = std::signal(SIGINT, onInterrupt);
    }
    ~InterruptGuard() { std::signal(SIGINT, m_previous); }
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;

private:
    void (*m_previous)(int) = SIG_DFL;
};

qint64 databaseBytes(const QString& path) {
    qint64 bytes = QFileInfo(path).size();
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (wal.exists())
        bytes += wal.size();
    return bytes;
}

} // namespace

QString DemoCommand::summary() const {
    return tr("Fill the database with generated, realistic Brazilian data.");
}

QString DemoCommand::description() const {
    return tr("Adds N customers (people and companies with valid CPF/CNPJ, contacts, properties and rental "
              "contracts) and M tickets with their interactions, across every status, sector and subject. The "
              "same seed always gives the same data. Creates the database when it does not exist. A progress bar "
              "is shown when standard error is a terminal; Ctrl+C stops it and leaves the database as it was.");
}

QList<QCommandLineOption> DemoCommand::options() const {
    return {
        QCommandLineOption(QStringLiteral("customers"), tr("Number of customers to add."), QStringLiteral("N")),
        QCommandLineOption(QStringLiteral("tickets"), tr("Number of tickets to add."), QStringLiteral("M")),
        QCommandLineOption(QStringLiteral("seed"), tr("Seed of the generator (default 1)."), QStringLiteral("S")),
    };
}

int DemoCommand::run(CliContext& context, const QCommandLineParser& parser) {
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(tr("\"demo\" takes only options."));
    if (!parser.isSet(QStringLiteral("customers")) || !parser.isSet(QStringLiteral("tickets")))
        return context.usageError(tr("Say how much to generate with --customers and --tickets."));
    const auto customers = parseNumber(parser.value(QStringLiteral("customers")), 0, MaxCustomers);
    if (!customers) {
        return context.usageError(
            tr("--customers needs a whole number from 0 to %1.").arg(context.number(MaxCustomers)));
    }
    const auto tickets = parseNumber(parser.value(QStringLiteral("tickets")), 0, MaxTickets);
    if (!tickets)
        return context.usageError(tr("--tickets needs a whole number from 0 to %1.").arg(context.number(MaxTickets)));
    if (*tickets > 0 && *customers == 0)
        return context.usageError(tr("Tickets belong to customers: ask for at least one customer."));
    std::optional<qint64> seed = 1;
    if (parser.isSet(QStringLiteral("seed"))) {
        seed = parseNumber(parser.value(QStringLiteral("seed")), 0, std::numeric_limits<qint64>::max());
        if (!seed)
            return context.usageError(tr("--seed needs a whole number from 0 up."));
    }

    const QString path = context.databaseLocationForPeople();
    const QJsonObject where{{QStringLiteral("path"), path}, {QStringLiteral("seed"), *seed}};
    auto db = context.openDatabase(Database::Options{});
    if (!db)
        return context.fail(db.error(), where);

    DemoOptions options;
    options.customers = *customers;
    options.tickets = *tickets;
    options.seed = quint64(*seed);
    DemoDataGenerator generator(**db, SystemClock::instance());
    ProgressBar progress(context, tr("tickets"));
    const InterruptGuard interruptGuard;
    const Result<DemoSummary> result = generator.generate(options, [&](qint64 done, qint64 total) {
        progress.update(done, total);
        return !g_interrupted.load();
    });
    if (!result)
        return context.fail(result.error(), where);
    progress.finish();

    const DemoSummary& summary = *result;
    db->reset(); // closing checkpoints the WAL into the file, so the size below is the real one
    const qint64 bytes = databaseBytes(path);
    const qint64 elapsedMs = std::max<qint64>(summary.elapsedMs, 1);
    const qint64 rate = qint64(double(summary.tickets) * 1000.0 / double(elapsedMs));

    context.print(
        tr("Generated with seed %1 in %2 s:").arg(*seed).arg(context.locale().toString(elapsedMs / 1000.0, 'f', 2)));
    context.print(
        tr("  %1 customers, %2 contacts, %3 users")
            .arg(context.number(summary.customers), context.number(summary.contacts), context.number(summary.users)));
    context.print(
        tr("  %1 tickets, %2 interactions (%3 tickets/s)")
            .arg(context.number(summary.tickets), context.number(summary.interactions), context.number(rate)));
    context.print(tr("  %1 properties, %2 rental contracts")
                      .arg(context.number(summary.properties), context.number(summary.rentalContracts)));
    context.print(tr("Database: %1 (%2)").arg(path, context.dataSize(bytes)));
    if (!summary.accounts.isEmpty()) {
        context.print(tr("Log in with one of these demo accounts (password \"%1\"): %2")
                          .arg(options.accountPassword, summary.accounts.join(QStringLiteral(", "))));
    }

    QJsonObject document = where;
    document.insert(QStringLiteral("customers"), qint64(summary.customers));
    document.insert(QStringLiteral("contacts"), qint64(summary.contacts));
    document.insert(QStringLiteral("users"), qint64(summary.users));
    document.insert(QStringLiteral("tickets"), qint64(summary.tickets));
    document.insert(QStringLiteral("interactions"), qint64(summary.interactions));
    document.insert(QStringLiteral("properties"), qint64(summary.properties));
    document.insert(QStringLiteral("rentalContracts"), qint64(summary.rentalContracts));
    document.insert(QStringLiteral("elapsedMs"), qint64(summary.elapsedMs));
    document.insert(QStringLiteral("accounts"), QJsonArray::fromStringList(summary.accounts));
    document.insert(QStringLiteral("accountPassword"),
                    summary.accounts.isEmpty() ? QString() : options.accountPassword);
    document.insert(QStringLiteral("ticketsPerSecond"), rate);
    document.insert(QStringLiteral("databaseBytes"), bytes);
    return context.finish(document, ExitOk);
}

} // namespace atende
