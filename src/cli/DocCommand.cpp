#include "DocCommand.h"

#include "CliContext.h"
#include "docs/DocumentNumber.h"

#include <QJsonArray>
#include <QJsonValue>

namespace atende {

QString DocCommand::summary() const {
    return tr("Validate CPF and CNPJ numbers, masked or not (alphanumeric CNPJ too).");
}

QString DocCommand::description() const {
    return tr("For each VALUE prints whether it is a CPF or a CNPJ, its normalized and formatted forms, and whether "
              "it is valid or why not. Masks, spaces and lower-case letters are accepted. Exits with 0 only when "
              "every value is valid. Values are never written to the log.");
}

int DocCommand::run(CliContext& context, const QCommandLineParser& parser) {
    QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return context.usageError(tr("Say what to do: \"doc validate VALUE...\"."));
    const QString action = args.takeFirst();
    if (action != QLatin1String("validate"))
        return context.usageError(tr("Unknown action \"%1\" for \"doc\".").arg(action));
    context.setCommandName(QStringLiteral("doc validate"));
    if (args.isEmpty())
        return context.usageError(tr("Give at least one CPF or CNPJ to validate."));
    return validate(context, args);
}

int DocCommand::validate(CliContext& context, const QStringList& values) {
    QJsonArray results;
    int invalid = 0;
    for (const QString& value : values) {
        const DocumentNumber doc = DocumentNumber::parse(value);
        const QString kind = doc.kindName();
        if (doc.isValid()) {
            context.print(tr("%1: valid %2 %3 (normalized %4)").arg(value, kind, doc.formatted(), doc.normalized()));
        } else {
            ++invalid;
            const QString label = kind.isEmpty() ? tr("invalid") : tr("invalid %1").arg(kind);
            context.print(tr("%1: %2: %3").arg(value, label, doc.errorReason()));
        }
        results.append(QJsonObject{
            {QStringLiteral("input"), value},
            {QStringLiteral("kind"), kind.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(kind)},
            {QStringLiteral("normalized"), doc.normalized()},
            {QStringLiteral("formatted"), doc.formatted()},
            {QStringLiteral("valid"), doc.isValid()},
            {QStringLiteral("reason"), doc.isValid() ? QJsonValue(QJsonValue::Null) : QJsonValue(doc.errorReason())},
        });
    }
    if (invalid > 0)
        context.printError(tr("%n of %1 value(s) are not valid.", nullptr, invalid).arg(values.size()));
    return context.finish(QJsonObject{{QStringLiteral("results"), results},
                                      {QStringLiteral("allValid"), invalid == 0},
                                      {QStringLiteral("validCount"), int(values.size()) - invalid},
                                      {QStringLiteral("invalidCount"), invalid}},
                          invalid == 0 ? ExitOk : ExitFailed);
}

} // namespace atende
