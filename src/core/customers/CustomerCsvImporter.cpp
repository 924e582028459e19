#include "customers/CustomerCsvImporter.h"

#include "auth/Actor.h"
#include "auth/Permission.h"
#include "customers/CustomerAuditFields.h"
#include "customers/CustomerCsvExporter.h"
#include "docs/DocumentNumber.h"
#include "util/TextFolding.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace atende {

namespace {

enum class Field {
    Name,
    Document,
    Kind,
    Code,
    Email,
    Phone,
    Plan,
    Observation,
    Address,
    City,
    State,
    InDebt,
    DebtNote,
    LicenseDaysOverdue,
    PortalAccess,
};

// Header names compare by letters and digits only, without accents or case: "E-mail", "e_mail" and "EMAIL" match.
QString headerKey(const QString& text) {
    const QString folded = TextFolding::fold(text);
    QString out;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber())
            out.append(c);
    }
    return out;
}

const QHash<QString, Field>& synonyms() {
    static const QHash<QString, Field> map = [] {
        QHash<QString, Field> m;
        auto add = [&m](Field field, std::initializer_list<const char*> names) {
            for (const char* name : names)
                m.insert(QString::fromLatin1(name), field);
        };
        add(Field::Name, {"nome", "name", "razaosocial", "nomerazaosocial", "nomecompleto", "cliente", "customer",
                          "nomedocliente", "customername", "fullname"});
        add(Field::Document, {"cpf", "cnpj", "cpfcnpj", "cnpjcpf", "documento", "document", "doc", "cpfoucnpj"});
        add(Field::Kind, {"tipo", "kind", "type", "tipopessoa", "pessoa", "tipodepessoa", "pfpj", "tipopfpj"});
        add(Field::Code, {"codigo", "code", "cod", "codigocliente", "codigodocliente", "customercode"});
        add(Field::Email, {"email", "emails", "mail", "correioeletronico"});
        add(Field::Phone, {"telefone", "telefones", "phone", "phones", "fone", "celular", "tel", "whatsapp", "mobile"});
        add(Field::Plan, {"plano", "plan"});
        add(Field::Observation, {"observacao", "observacoes", "observation", "observations", "obs", "notas", "notes",
                                 "accessnotes", "observacoesdeacesso"});
        add(Field::Address, {"endereco", "address", "logradouro"});
        add(Field::City, {"cidade", "city", "municipio"});
        add(Field::State, {"uf", "estado", "state"});
        add(Field::InDebt, {"inadimplente", "emdebito", "indebt", "debt", "pendenciafinanceira"});
        add(Field::DebtNote, {"notafinanceira", "observacaofinanceira", "debtnote", "financenote"});
        add(Field::LicenseDaysOverdue,
            {"diasematraso", "diasatraso", "diasdeatraso", "licensedaysoverdue", "daysoverdue"});
        add(Field::PortalAccess,
            {"acessoportal", "acessoaoportal", "portal", "portalaccess", "hasportalaccess", "sac"});
        return m;
    }();
    return map;
}

std::optional<Field> fieldOfExportKey(const QString& key) {
    static const QHash<QString, Field> keys{
        {QStringLiteral("code"), Field::Code},
        {QStringLiteral("kind"), Field::Kind},
        {QStringLiteral("document"), Field::Document},
        {QStringLiteral("name"), Field::Name},
        {QStringLiteral("emails"), Field::Email},
        {QStringLiteral("phones"), Field::Phone},
        {QStringLiteral("plan"), Field::Plan},
        {QStringLiteral("observation"), Field::Observation},
        {QStringLiteral("address"), Field::Address},
        {QStringLiteral("city"), Field::City},
        {QStringLiteral("state"), Field::State},
        {QStringLiteral("in_debt"), Field::InDebt},
        {QStringLiteral("debt_note"), Field::DebtNote},
        {QStringLiteral("license_days_overdue"), Field::LicenseDaysOverdue},
        {QStringLiteral("has_portal_access"), Field::PortalAccess},
    };
    const auto it = keys.constFind(key);
    return it == keys.cend() ? std::nullopt : std::optional<Field>(*it);
}

std::optional<Field> fieldOfHeader(const QString& header) {
    const QString key = headerKey(header);
    if (key.isEmpty())
        return std::nullopt;
    const auto it = synonyms().constFind(key);
    if (it != synonyms().cend())
        return *it;
    // The labels of our own export, in the language it was made in.
    for (const CustomerCsvExporter::Column& column : CustomerCsvExporter::columns()) {
        if (headerKey(column.label) == key)
            return fieldOfExportKey(column.key);
    }
    return std::nullopt;
}

bool canRepeat(Field field) {
    // Several columns may feed these: "Telefone" and "Celular", or separate "CPF" and "CNPJ" columns.
    return field == Field::Email || field == Field::Phone || field == Field::Document;
}

struct Utf8Check {
    bool valid = true;
    qint64 line = 0;
    bool highBytes = false; // the bad byte is 0x80..0xFF: Latin-1/Windows-1252 most likely
    bool nul = false;
};

// Strict UTF-8 (no overlong forms, no surrogates, nothing past U+10FFFF, no NUL), streamed in chunks.
Utf8Check checkUtf8(QIODevice& device) {
    Utf8Check result;
    qint64 line = 1;
    int need = 0;
    char32_t cp = 0;
    char32_t min = 0;
    auto fail = [&](unsigned char b) {
        result.valid = false;
        result.line = line;
        result.highBytes = b >= 0x80;
        result.nul = b == 0;
        return result;
    };
    while (true) {
        const QByteArray chunk = device.read(64 * 1024);
        if (chunk.isEmpty())
            break;
        for (const char ch : chunk) {
            const auto b = static_cast<unsigned char>(ch);
            if (need == 0) {
                if (b == 0)
                    return fail(b);
                if (b < 0x80) {
                    if (b == '\n')
                        ++line;
                    continue;
                }
                if (b >= 0xC2 && b <= 0xDF) {
                    need = 1;
                    cp = b & 0x1F;
                    min = 0x80;
                } else if (b >= 0xE0 && b <= 0xEF) {
                    need = 2;
                    cp = b & 0x0F;
                    min = 0x800;
                } else if (b >= 0xF0 && b <= 0xF4) {
                    need = 3;
                    cp = b & 0x07;
                    min = 0x10000;
                } else {
                    return fail(b);
                }
                continue;
            }
            if ((b & 0xC0) != 0x80)
                return fail(b);
            cp = (cp << 6) | (b & 0x3F);
            if (--need == 0 && (cp < min || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF))
                return fail(b);
        }
    }
    if (need != 0)
        return fail(0x80);
    return result;
}

QStringList splitValues(const QString& cell, const QRegularExpression& separators) {
    QStringList out;
    for (const QString& part : cell.split(separators, Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            out.append(trimmed);
    }
    return out;
}

// The apostrophe CustomerCsvExporter puts before = + - @ (so a spreadsheet shows the cell as text) is not part of
// the value: an exported file imports back as it was.
QString withoutNeutralizer(const QString& cell) {
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (cell.size() >= 2 && cell.front() == u'\'' && formulaStarts.contains(cell.at(1)))
        return cell.mid(1);
    return cell;
}

std::optional<bool> yesNo(const QString& text) {
    const QString key = headerKey(text);
    static const QSet<QString> yes{QStringLiteral("sim"),        QStringLiteral("s"), QStringLiteral("yes"),
                                   QStringLiteral("y"),          QStringLiteral("1"), QStringLiteral("true"),
                                   QStringLiteral("verdadeiro"), QStringLiteral("x")};
    static const QSet<QString> no{QStringLiteral("nao"),
                                  QStringLiteral("n"),
                                  QStringLiteral("no"),
                                  QStringLiteral("0"),
                                  QStringLiteral("false"),
                                  QStringLiteral("falso"),
                                  QString()};
    if (yes.contains(key) || key == headerKey(CustomerCsvExporter::tr("yes")))
        return true;
    if (no.contains(key) || key == headerKey(CustomerCsvExporter::tr("no")))
        return false;
    return std::nullopt;
}

std::optional<Customer::Kind> kindOf(const QString& text) {
    const QString key = headerKey(text);
    static const QSet<QString> pf{QStringLiteral("pf"),         QStringLiteral("f"),
                                  QStringLiteral("fisica"),     QStringLiteral("pessoafisica"),
                                  QStringLiteral("individual"), QStringLiteral("person"),
                                  QStringLiteral("cpf")};
    static const QSet<QString> pj{QStringLiteral("pj"),       QStringLiteral("j"),
                                  QStringLiteral("juridica"), QStringLiteral("pessoajuridica"),
                                  QStringLiteral("company"),  QStringLiteral("cnpj")};
    if (pf.contains(key))
        return Customer::Kind::PF;
    if (pj.contains(key))
        return Customer::Kind::PJ;
    return std::nullopt;
}

} // namespace

CustomerCsvImporter::CustomerCsvImporter(Database& db, const Clock& clock)
    : m_guard(db, clock)
    , m_customers(db, clock) {}

Result<CustomerCsvImportReport> CustomerCsvImporter::importFile(const Actor& actor, const QString& path,
                                                                const Options& options) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(Error::Code::NotFound,
                           tr("Could not open the file %1. Check the name and that you may read it.")
                               .arg(QDir::toNativeSeparators(path)),
                           file.errorString());
    }
    return importDevice(actor, file, options);
}

Result<CustomerCsvImportReport> CustomerCsvImporter::importData(const Actor& actor, const QByteArray& data,
                                                                const Options& options) {
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    return importDevice(actor, buffer, options);
}

Result<CustomerCsvImportReport> CustomerCsvImporter::importDevice(const Actor& actor, QIODevice& device,
                                                                  const Options& options) {
    if (Status s = m_guard.require(actor, Permission::CustomerEdit, CustomerAuditFields::Entity, std::nullopt,
                                   QStringLiteral("import"));
        !s)
        return s.error();

    const Utf8Check utf8 = checkUtf8(device);
    if (!utf8.valid) {
        const QString message =
            utf8.nul ? tr("The file is not a text file (line %1 has a NUL byte). Nothing was imported. Export the "
                          "spreadsheet as CSV and try again.")
                           .arg(utf8.line)
            : utf8.highBytes
                ? tr("The file is not in UTF-8: line %1 has characters in another encoding (probably Latin-1 / "
                     "Windows-1252, as older versions of Excel save). Nothing was imported. Save the file as "
                     "\"CSV UTF-8\" and import it again.")
                      .arg(utf8.line)
                : tr("The file is not valid UTF-8 (line %1). Nothing was imported. Save the file as \"CSV UTF-8\" "
                     "and import it again.")
                      .arg(utf8.line);
        return Error::make(Error::Code::InvalidInput, message,
                           QStringLiteral("invalid UTF-8 at line %1").arg(utf8.line));
    }
    if (!device.seek(0)) {
        return Error::make(Error::Code::Generic, tr("Could not read the file again after checking it."),
                           device.errorString());
    }

    CustomerCsvImportReport report;
    report.dryRun = options.dryRun;
    report.delimiter = CsvRecordReader::detectDelimiter(device.peek(64 * 1024));
    CsvRecordReader reader(device, report.delimiter, options.limits);

    CsvRecordReader::Record record;
    if (!reader.next(record)) {
        return Error::make(Error::Code::InvalidInput,
                           tr("The file is empty. It needs a header line (for example: nome;cpf;email;telefone) and "
                              "one line per customer."),
                           QStringLiteral("empty file"));
    }
    if (record.problem != CsvRecordReader::Problem::None) {
        return Error::make(Error::Code::InvalidInput,
                           tr("The header line of the file could not be read (it is too long or its quotes are not "
                              "closed). Nothing was imported."),
                           QStringLiteral("bad header"));
    }

    // Header -> fields.
    QHash<Field, QList<int>> columnsOf;
    QHash<Field, QString> headerOf;
    const int columnCount = int(record.fields.size());
    for (int i = 0; i < columnCount; ++i) {
        const QString name = QString::fromUtf8(record.fields[i]).trimmed();
        const auto field = fieldOfHeader(name);
        if (!field) {
            if (!name.isEmpty())
                report.ignoredColumns.append(name);
            continue;
        }
        if (columnsOf.contains(*field) && !canRepeat(*field)) {
            return Error::make(Error::Code::InvalidInput,
                               tr("The columns \"%1\" and \"%2\" of the header mean the same thing. Remove or rename "
                                  "one of them. Nothing was imported.")
                                   .arg(headerOf.value(*field), name),
                               QStringLiteral("repeated column"));
        }
        columnsOf[*field].append(i);
        headerOf.insert(*field, name);
    }
    QStringList missing;
    if (!columnsOf.contains(Field::Name))
        missing.append(tr("name (nome)"));
    if (!columnsOf.contains(Field::Document))
        missing.append(tr("CPF/CNPJ (documento)"));
    if (!missing.isEmpty()) {
        return Error::make(Error::Code::InvalidInput,
                           tr("The header line has no column for: %1. The first line must name the columns, for "
                              "example: nome;cpf;email;telefone. Nothing was imported.")
                               .arg(missing.join(QStringLiteral(", "))),
                           QStringLiteral("missing columns"));
    }

    auto reject = [&](qint64 line, const QString& reason) {
        if (report.rejected.size() < options.maxListedRejections)
            report.rejected.append({line, reason});
        else
            ++report.rejectedNotListed;
    };

    static const QRegularExpression emailSeparators(QStringLiteral("[,;\\s]+"));
    static const QRegularExpression phoneSeparators(QStringLiteral("[,;/|\\n]+"));
    QHash<QString, qint64> documentsSeen; // dry run: a document repeated in the file is caught as the import would
    QHash<QString, qint64> codesSeen;

    while (reader.next(record)) {
        const qint64 line = record.line;
        using Problem = CsvRecordReader::Problem;
        if (record.problem == Problem::TooLong) {
            ++report.rows;
            reject(line, tr("The row is longer than the limit (%1 KB per row, %2 KB per field) and was skipped "
                            "without being read.")
                             .arg(options.limits.maxRecordBytes / 1024)
                             .arg(options.limits.maxFieldBytes / 1024));
            continue;
        }
        bool blank = true;
        for (const QByteArray& f : std::as_const(record.fields))
            blank = blank && f.trimmed().isEmpty();
        if (blank && record.problem == Problem::None) {
            ++report.blankLines;
            continue;
        }
        ++report.rows;
        if (record.problem == Problem::StrayQuote) {
            reject(line, tr("The row has text right after a closing quote. Put the whole field between quotes and "
                            "write a quote inside it as two quotes (\"\")."));
            continue;
        }
        if (record.problem == Problem::UnterminatedQuote) {
            reject(line, tr("A quote opened in this row is never closed, so the rest of the file (up to line %1) "
                            "was read as one field. Close the quote and import the rows after it again.")
                             .arg(record.lastLine));
            continue;
        }
        if (record.fields.size() != columnCount) {
            reject(line, tr("The row has %1 fields but the header has %2. Check for a missing or extra \"%3\" or a "
                            "field with the delimiter that is not between quotes.")
                             .arg(record.fields.size())
                             .arg(columnCount)
                             .arg(QLatin1Char(report.delimiter)));
            continue;
        }

        auto cell = [&](Field field) {
            QStringList values;
            for (int column : columnsOf.value(field)) {
                const QString value = withoutNeutralizer(QString::fromUtf8(record.fields[column])).trimmed();
                if (!value.isEmpty())
                    values.append(value);
            }
            return values;
        };
        auto first = [&](Field field) {
            const QStringList values = cell(field);
            return values.isEmpty() ? QString() : values.constFirst();
        };

        Customer c;
        c.name = first(Field::Name);
        c.document = first(Field::Document);
        c.code = first(Field::Code);
        c.plan = first(Field::Plan);
        c.observation = first(Field::Observation);
        c.address = first(Field::Address);
        c.city = first(Field::City);
        c.state = first(Field::State);
        c.debtNote = first(Field::DebtNote);
        for (const QString& value : cell(Field::Email))
            c.emails.append(splitValues(value, emailSeparators));
        for (const QString& value : cell(Field::Phone))
            c.phones.append(splitValues(value, phoneSeparators));

        QStringList problems;
        const QString kindText = first(Field::Kind);
        if (!kindText.isEmpty()) {
            if (auto kind = kindOf(kindText))
                c.kind = *kind;
            else
                problems.append(tr("The type \"%1\" is not PF or PJ.").arg(kindText.left(20)));
        } else {
            const DocumentNumber doc = DocumentNumber::parse(c.document);
            c.kind = doc.kind() == DocumentNumber::Kind::Cnpj ? Customer::Kind::PJ : Customer::Kind::PF;
        }
        if (const QString text = first(Field::InDebt); !text.isEmpty()) {
            if (auto value = yesNo(text))
                c.inDebt = *value;
            else
                problems.append(tr("\"In debt\" must be yes or no (sim/não), not \"%1\".").arg(text.left(20)));
        }
        if (const QString text = first(Field::PortalAccess); !text.isEmpty()) {
            if (auto value = yesNo(text))
                c.hasPortalAccess = *value;
            else
                problems.append(tr("\"Portal access\" must be yes or no (sim/não), not \"%1\".").arg(text.left(20)));
        }
        if (const QString text = first(Field::LicenseDaysOverdue); !text.isEmpty()) {
            bool ok = false;
            c.licenseDaysOverdue = text.toInt(&ok);
            if (!ok)
                problems.append(tr("The days overdue must be a whole number, not \"%1\".").arg(text.left(20)));
        }
        if (!problems.isEmpty()) {
            reject(line, problems.join(QLatin1Char('\n')));
            continue;
        }

        Status checked;
        Result<qint64> created = qint64(0);
        if (options.dryRun) {
            checked = m_customers.checkCreate(actor, c, options.allowDuplicates);
            if (checked) {
                const QString document = DocumentNumber::parse(c.document).normalized();
                if (const auto earlier = documentsSeen.constFind(document); earlier != documentsSeen.cend()) {
                    reject(line, tr("The CPF/CNPJ repeats the one of line %1.").arg(*earlier));
                    continue;
                }
                const QString code = c.code.trimmed();
                if (const auto earlier = codesSeen.constFind(code); !code.isEmpty() && earlier != codesSeen.cend()) {
                    reject(line, tr("The customer code repeats the one of line %1.").arg(*earlier));
                    continue;
                }
                documentsSeen.insert(document, line);
                if (!code.isEmpty())
                    codesSeen.insert(code, line);
            }
        } else {
            created = m_customers.create(actor, c, options.allowDuplicates);
            if (!created)
                checked = created.error();
        }
        if (!checked) {
            const Error& error = checked.error();
            if (error.code == Error::Code::Storage || error.code == Error::Code::PermissionDenied) {
                report.stopped = true;
                report.stopReason = error.userMessage;
                report.stoppedAtLine = line;
                break;
            }
            reject(line, error.userMessage);
            continue;
        }
        ++report.imported;
        if (!options.dryRun)
            report.importedIds.append(*created);
    }
    return report;
}

} // namespace atende
