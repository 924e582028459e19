#include "language/LanguageChecker.h"

#include "util/Logging.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <algorithm>

namespace atende {

namespace {

const QString EmbeddedRules = QStringLiteral(":/language/regras-de-linguagem.json");

Result<LanguageChecker> loadFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(Error::Code::NotFound, LanguageChecker::tr("The language rules could not be read."),
                           file.errorString());
    }
    return LanguageChecker::fromJson(file.readAll());
}

} // namespace

QString LanguageChecker::rulesOverridePath() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("regras-de-linguagem.json"));
}

LanguageChecker LanguageChecker::standard() {
    const QString custom = rulesOverridePath();
    if (QFile::exists(custom)) {
        auto loaded = loadFile(custom);
        if (loaded)
            return std::move(loaded).value();
        log::warn("language rules at {} ignored: {}", custom.toStdString(), loaded.error().detail.toStdString());
    }
    auto embedded = loadFile(EmbeddedRules);
    if (!embedded) {
        // Only a broken build gets here; the call goes on without the check rather than stopping.
        log::error("embedded language rules unusable: {}", embedded.error().detail.toStdString());
        return LanguageChecker();
    }
    return std::move(embedded).value();
}

Result<LanguageChecker> LanguageChecker::fromJson(const QByteArray& json) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject root = document.object();
    if (document.isNull() ||
        root.value(QStringLiteral("format")).toString() != QLatin1String("atende.language-rules")) {
        return Error::make(Error::Code::InvalidInput,
                           tr("The language rules file is not valid JSON in the format atende.language-rules."),
                           parseError.errorString());
    }
    LanguageChecker checker;
    for (const QJsonValue& value : root.value(QStringLiteral("rules")).toArray()) {
        const QJsonObject object = value.toObject();
        Rule rule;
        rule.id = object.value(QStringLiteral("id")).toString();
        rule.kind = object.value(QStringLiteral("kind")).toString() == QLatin1String("gerundism")
                        ? LanguageFinding::Kind::Gerundism
                        : LanguageFinding::Kind::Informal;
        QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
        if (!object.value(QStringLiteral("caseSensitive")).toBool())
            options |= QRegularExpression::CaseInsensitiveOption;
        rule.pattern = QRegularExpression(object.value(QStringLiteral("pattern")).toString(), options);
        if (rule.id.isEmpty() || !rule.pattern.isValid() || rule.pattern.pattern().isEmpty()) {
            return Error::make(Error::Code::InvalidInput,
                               tr("The language rule \"%1\" has an invalid pattern.").arg(rule.id),
                               rule.pattern.errorString());
        }
        rule.pattern.optimize();
        rule.suggestion = object.value(QStringLiteral("suggestion")).toString();
        rule.message = object.value(QStringLiteral("message")).toString();
        checker.m_rules << rule;
    }
    return checker;
}

QString LanguageChecker::infinitiveOf(const QString& gerund) {
    const QString lower = gerund.toLower();
    if (lower == QLatin1String("pondo"))
        return QStringLiteral("pôr");
    struct Ending {
        const char* gerund;
        const char* infinitive;
    };
    for (const Ending& e : {Ending{"ando", "ar"}, Ending{"endo", "er"}, Ending{"indo", "ir"}, Ending{"ondo", "or"}}) {
        const QLatin1String ending(e.gerund);
        if (lower.endsWith(ending) && lower.size() > ending.size())
            return gerund.left(gerund.size() - ending.size()) + QLatin1String(e.infinitive);
    }
    return gerund;
}

QString LanguageChecker::expand(const QString& suggestion, const QRegularExpressionMatch& match) {
    static const QRegularExpression placeholder(QStringLiteral("\\{(inf:)?(\\d+)\\}"));
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(suggestion);
    while (it.hasNext()) {
        const auto m = it.next();
        out += suggestion.mid(last, m.capturedStart() - last);
        const QString captured = match.captured(m.captured(2).toInt());
        out += m.captured(1).isEmpty() ? captured : infinitiveOf(captured);
        last = m.capturedEnd();
    }
    return out + suggestion.mid(last);
}

QList<LanguageFinding> LanguageChecker::check(const QString& text) const {
    QList<LanguageFinding> all;
    for (const Rule& rule : m_rules) {
        auto it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const auto match = it.next();
            if (match.capturedLength() == 0)
                continue;
            LanguageFinding finding;
            finding.kind = rule.kind;
            finding.ruleId = rule.id;
            finding.start = match.capturedStart();
            finding.length = match.capturedLength();
            finding.found = match.captured();
            finding.suggestion = expand(rule.suggestion, match);
            finding.message = rule.message;
            all << finding;
        }
    }
    std::sort(all.begin(), all.end(), [](const LanguageFinding& a, const LanguageFinding& b) {
        return a.start != b.start ? a.start < b.start : a.length > b.length;
    });
    QList<LanguageFinding> kept;
    qsizetype end = 0;
    for (const LanguageFinding& finding : std::as_const(all)) {
        if (finding.start < end)
            continue; // overlaps one already kept ("a gente vai estar ligando" is one finding, not two)
        kept << finding;
        end = finding.start + finding.length;
    }
    return kept;
}

QString LanguageChecker::apply(const QString& text, const LanguageFinding& finding) {
    QString replacement = finding.suggestion;
    const QString found = text.mid(finding.start, finding.length).trimmed();
    // Keep the case the agent typed: "VOU ESTAR ABRINDO" becomes "VOU ABRIR", "Vc" becomes "Você".
    if (!replacement.isEmpty() && !found.isEmpty() && found == found.toUpper() && found != found.toLower())
        replacement = replacement.toUpper();
    else if (!replacement.isEmpty() && !found.isEmpty() && found.front().isUpper())
        replacement.front() = replacement.front().toUpper();
    QString out = text.left(finding.start) + replacement + text.mid(finding.start + finding.length);
    if (replacement.isEmpty()) {
        // A removal must not leave "Olá  tudo" or "Olá ,": tidy the seam only.
        const qsizetype seam = finding.start;
        while (seam < out.size() && seam > 0 && out.at(seam).isSpace() && out.at(seam - 1).isSpace())
            out.remove(seam, 1);
        if (seam > 0 && seam < out.size() && out.at(seam - 1).isSpace() && out.at(seam).isPunct())
            out.remove(seam - 1, 1);
    }
    return out;
}

} // namespace atende
