#include "customers/CustomerCsvExporter.h"

#include "auth/Actor.h"
#include "auth/Permission.h"
#include "customers/CustomerAuditFields.h"
#include "customers/CustomerPrivacy.h"
#include "customers/CustomerStore.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QDir>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace atende {

namespace {

Error writeError(const QIODevice& out) {
    return Error::make(Error::Code::Generic,
                       CustomerCsvExporter::tr("Could not write the export file. Check that the disk has free space "
                                               "and that you may write to that folder."),
                       out.errorString());
}

QString maskedList(const QString& joined, QString (*mask)(const QString&)) {
    if (joined.isEmpty())
        return joined;
    QStringList values = joined.split(CustomerAuditFields::ListSeparator);
    for (QString& value : values)
        value = mask(value);
    return values.join(CustomerAuditFields::ListSeparator);
}

} // namespace

QList<CustomerCsvExporter::Column> CustomerCsvExporter::columns() {
    return {
        {QStringLiteral("code"), tr("Code")},
        {QStringLiteral("kind"), tr("Type (PF/PJ)")},
        {QStringLiteral("document"), tr("CPF/CNPJ")},
        {QStringLiteral("name"), tr("Name")},
        {QStringLiteral("emails"), tr("E-mails")},
        {QStringLiteral("phones"), tr("Phones")},
        {QStringLiteral("plan"), tr("Plan")},
        {QStringLiteral("observation"), tr("Access notes")},
        {QStringLiteral("address"), tr("Address")},
        {QStringLiteral("city"), tr("City")},
        {QStringLiteral("state"), tr("State")},
        {QStringLiteral("in_debt"), tr("In debt")},
        {QStringLiteral("debt_note"), tr("Finance note")},
        {QStringLiteral("license_days_overdue"), tr("License days overdue")},
        {QStringLiteral("has_portal_access"), tr("Portal access")},
    };
}

CustomerCsvExporter::CustomerCsvExporter(Database& db, const Clock& clock)
    : m_db(db)
    , m_audit(db, clock)
    , m_guard(db, clock) {}

QString CustomerCsvExporter::neutralized(const QString& value) {
    static const QString formulaStarts = QStringLiteral("=+-@");
    if (value.isEmpty())
        return value;
    const QChar first = value.front();
    if (first == u'\t' || first == u'\r' || formulaStarts.contains(first))
        return QLatin1Char('\'') + value;
    // Some spreadsheets skip leading spaces and line breaks before deciding that a cell is a formula.
    for (const QChar c : value) {
        if (c.isSpace())
            continue;
        if (formulaStarts.contains(c))
            return QLatin1Char('\'') + value;
        break;
    }
    return value;
}

QByteArray CustomerCsvExporter::field(const QString& value) {
    const QString safe = neutralized(value);
    const bool quote = safe.contains(u';') || safe.contains(u',') || safe.contains(u'"') || safe.contains(u'\n') ||
                       safe.contains(u'\r') || (!safe.isEmpty() && (safe.front().isSpace() || safe.back().isSpace()));
    if (!quote)
        return safe.toUtf8();
    QString quoted = safe;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return '"' + quoted.toUtf8() + '"';
}

Result<qint64> CustomerCsvExporter::exportTo(const Actor& actor, QIODevice& out) {
    if (Status s = m_guard.require(actor, Permission::CustomerView, CustomerAuditFields::Entity, std::nullopt,
                                   QStringLiteral("export_csv"));
        !s)
        return s.error();
    const bool full = CustomerPrivacy::seesPersonalData(actor);

    auto writeLine = [&out](const QList<QByteArray>& fields) {
        QByteArray line;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                line.append(';');
            line.append(fields[i]);
        }
        line.append("\r\n");
        return out.write(line) == line.size();
    };

    QList<QByteArray> header;
    for (const Column& column : columns())
        header.append(field(column.label));
    if (out.write("\xEF\xBB\xBF") != 3 || !writeLine(header))
        return writeError(out);

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // One statement: a consistent picture of the base even while others keep working.
    // The text aggregate has a different name on each engine (same arguments).
    const QString concat = m_db.isPostgres() ? QStringLiteral("string_agg") : QStringLiteral("group_concat");
    const bool prepared = q.prepare(
        QStringLiteral(
            "SELECT c.code, c.kind, c.document, c.name, "
            "(SELECT %1(value, '; ') FROM (SELECT value FROM customer_channels WHERE customer_id = c.id AND "
            "kind = 'email' ORDER BY id) e), "
            "(SELECT %1(value, '; ') FROM (SELECT value FROM customer_channels WHERE customer_id = c.id AND "
            "kind = 'phone' ORDER BY id) p), "
            "c.plan, c.observation, c.address, c.city, c.state, c.in_debt, c.debt_note, c.license_days_overdue, "
            "c.has_portal_access FROM customers c ORDER BY c.id")
            .arg(concat));
    if (!prepared || !q.exec())
        return CustomerStore::storageError(q.lastError().text());
    const QString yes = tr("yes");
    const QString no = tr("no");
    qint64 rows = 0;
    while (q.next()) {
        const QString document = q.value(2).toString();
        const QString emails = q.value(4).toString();
        const QString phones = q.value(5).toString();
        const QList<QByteArray> fields{
            field(q.value(0).toString()),
            field(q.value(1).toString()),
            field(full ? document : CustomerPrivacy::maskDocument(document)),
            field(q.value(3).toString()),
            field(full ? emails : maskedList(emails, &CustomerPrivacy::maskEmail)),
            field(full ? phones : maskedList(phones, &CustomerPrivacy::maskPhone)),
            field(q.value(6).toString()),
            field(q.value(7).toString()),
            field(q.value(8).toString()),
            field(q.value(9).toString()),
            field(q.value(10).toString()),
            field(q.value(11).toInt() ? yes : no),
            field(q.value(12).toString()),
            field(QString::number(q.value(13).toInt())),
            field(q.value(14).toInt() ? yes : no),
        };
        if (!writeLine(fields))
            return writeError(out);
        ++rows;
    }
    q.finish();

    if (Status s = m_db.begin(); !s)
        return CustomerStore::storageError(s.error().detail);
    Status recorded = m_audit.record(actor, CustomerAuditFields::Entity, std::nullopt, QStringLiteral("export_csv"),
                                     {FieldChange{QStringLiteral("rows"), QVariant(), rows}});
    if (recorded)
        recorded = m_db.commit();
    if (!recorded) {
        m_db.rollback();
        return CustomerStore::storageError(recorded.error().detail);
    }
    return rows;
}

Result<qint64> CustomerCsvExporter::exportFile(const Actor& actor, const QString& path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::make(Error::Code::Generic,
                           tr("Could not create the file %1. Check that the folder exists and that you may write "
                              "there.")
                               .arg(QDir::toNativeSeparators(path)),
                           file.errorString());
    }
    auto rows = exportTo(actor, file);
    if (!rows) {
        file.cancelWriting();
        return rows.error();
    }
    if (!file.commit())
        return writeError(file);
    return *rows;
}

} // namespace atende
