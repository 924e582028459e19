#include "i18n/Translation.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>

namespace {

struct Untranslated {
    QString context;
    QString source;
};

// Every <message> of a .ts file whose translation is missing or still marked unfinished.
QList<Untranslated> untranslatedMessages(const QString& tsPath, int* total) {
    QFile file(tsPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<Untranslated> missing;
    QString context, source;
    *total = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            ++*total;
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                continue;
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type == QLatin1String("unfinished") || text.trimmed().isEmpty())
                missing.append({context, source});
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return missing;
}

} // namespace

TEST_CASE("Every user-visible string of the source tree has a Brazilian Portuguese translation", "[i18n]") {
    // lupdate reads the current sources into a copy of the .ts: a new tr() string without a translation fails here.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString ts = dir.filePath(QStringLiteral("atende_pt_BR.ts"));
    REQUIRE(QFile::copy(QStringLiteral(ATENDE_SOURCE_DIR "/resources/translations/atende_pt_BR.ts"), ts));
    QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(ATENDE_LUPDATE_PATH),
                  {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                   QStringLiteral("none"), QStringLiteral(ATENDE_SOURCE_DIR "/src"),
                   QStringLiteral(ATENDE_SOURCE_DIR "/ui"), QStringLiteral("-ts"), ts});
    REQUIRE(lupdate.waitForFinished(120000));
    INFO(QString::fromUtf8(lupdate.readAll()).toStdString());
    REQUIRE(lupdate.exitCode() == 0);

    int total = 0;
    const auto missing = untranslatedMessages(ts, &total);
    QStringList lines;
    for (const auto& m : missing)
        lines << m.context + QStringLiteral(": ") + m.source;
    INFO("untranslated:\n" << lines.join(QLatin1Char('\n')).toStdString());
    CHECK(total > 0);
    CHECK(missing.isEmpty());
}

TEST_CASE("The embedded pt_BR translation is loaded by default", "[i18n]") {
    CHECK(QString::fromLatin1(atende::Translation::DefaultLanguage) == QLatin1String("pt_BR"));
    // The test main installs it the way the app does; a core message comes out in Portuguese.
    const QString text = QCoreApplication::translate("DocumentNumber", "A CPF with all digits equal is not valid.");
    CHECK(text != QLatin1String("A CPF with all digits equal is not valid."));
    CHECK(text.contains(QStringLiteral("CPF")));
}
