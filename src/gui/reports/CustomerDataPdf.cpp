#include "reports/CustomerDataPdf.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextDocument>

namespace atende {

namespace {

QString esc(const QString& text) {
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

// JSON times are ISO 8601 UTC; people read local time in their own format.
QString when(const QJsonValue& value, const QLocale& locale) {
    if (!value.isString())
        return {};
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        return value.toString();
    return locale.toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString yesNo(bool value) {
    return value ? CustomerDataPdf::tr("yes") : CustomerDataPdf::tr("no");
}

QString row(const QString& label, const QString& value) {
    if (value.isEmpty())
        return {};
    return QStringLiteral("<tr><td class='label'>%1</td><td>%2</td></tr>").arg(esc(label), esc(value));
}

QString channelName(const QString& channel) {
    if (channel == QLatin1String("phone"))
        return CustomerDataPdf::tr("Phone");
    if (channel == QLatin1String("email"))
        return CustomerDataPdf::tr("E-mail");
    if (channel == QLatin1String("chatbot"))
        return CustomerDataPdf::tr("Chatbot");
    if (channel == QLatin1String("portal"))
        return CustomerDataPdf::tr("Portal");
    if (channel == QLatin1String("internal"))
        return CustomerDataPdf::tr("Internal");
    return channel;
}

// A section listing rows whose columns are all shown, for the parts with no layout of their own (properties,
// contracts, processes): every value the export holds reaches the reader.
QString genericTable(const QString& title, const QJsonArray& rows, const QLocale& locale) {
    if (rows.isEmpty())
        return {};
    const QStringList keys = rows.first().toObject().keys();
    QString html = QStringLiteral("<h2>%1</h2><table class='grid'><tr>").arg(esc(title));
    for (const QString& key : keys)
        html += QStringLiteral("<th>%1</th>").arg(esc(key));
    html += QStringLiteral("</tr>");
    for (const QJsonValue& value : rows) {
        const QJsonObject object = value.toObject();
        html += QStringLiteral("<tr>");
        for (const QString& key : keys) {
            const QJsonValue cell = object.value(key);
            QString text = key.endsWith(QLatin1String("_at")) ? when(cell, locale)
                           : cell.isDouble()                  ? locale.toString(cell.toInteger())
                           : cell.isBool()                    ? yesNo(cell.toBool())
                                                              : cell.toVariant().toString();
            html += QStringLiteral("<td>%1</td>").arg(esc(text));
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace

QString CustomerDataPdf::html(const QJsonDocument& data, const QLocale& locale) {
    const QJsonObject root = data.object();
    const QJsonObject c = root.value(QStringLiteral("customer")).toObject();
    QString html =
        QStringLiteral("<html><head><style>"
                       "body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; }"
                       "h1 { font-size: 16pt; } h2 { font-size: 12pt; margin-top: 14px; } h3 { font-size: 10pt; }"
                       "td.label { color: #444; padding-right: 12px; } table.grid { border-collapse: collapse; }"
                       "table.grid td, table.grid th { border: 1px solid #999; padding: 2px 4px; }"
                       "p.note { color: #444; }"
                       "</style></head><body>");
    html += QStringLiteral("<h1>%1</h1>")
                .arg(esc(tr("Personal data held about %1").arg(c.value(QStringLiteral("name")).toString())));
    html += QStringLiteral("<p class='note'>%1</p>")
                .arg(esc(tr("Produced on %1 in answer to a request under the LGPD (Lei 13.709/2018). It lists "
                            "everything this service desk records about the holder.")
                             .arg(when(root.value(QStringLiteral("exportedAt")), locale))));

    html += QStringLiteral("<h2>%1</h2><table>").arg(esc(tr("Registration")));
    html += row(tr("Name"), c.value(QStringLiteral("name")).toString());
    html += row(c.value(QStringLiteral("kind")).toString() == QLatin1String("PJ") ? tr("CNPJ") : tr("CPF"),
                c.value(QStringLiteral("document")).toString());
    html += row(tr("Customer code"), c.value(QStringLiteral("code")).toString());
    html += row(tr("E-mails"), c.value(QStringLiteral("emails")).toVariant().toStringList().join(QStringLiteral(", ")));
    html += row(tr("Phones"), c.value(QStringLiteral("phones")).toVariant().toStringList().join(QStringLiteral(", ")));
    html += row(tr("Address"),
                QStringList{c.value(QStringLiteral("address")).toString(), c.value(QStringLiteral("city")).toString(),
                            c.value(QStringLiteral("state")).toString()}
                    .filter(QRegularExpression(QStringLiteral("\\S")))
                    .join(QStringLiteral(", ")));
    html += row(tr("Plan"), c.value(QStringLiteral("plan")).toString());
    html += row(tr("Access notes"), c.value(QStringLiteral("observation")).toString());
    html += row(tr("In debt"), yesNo(c.value(QStringLiteral("inDebt")).toBool()));
    html += row(tr("Debt note"), c.value(QStringLiteral("debtNote")).toString());
    html += row(tr("Portal access"), yesNo(c.value(QStringLiteral("hasPortalAccess")).toBool()));
    html += row(tr("Registered on"), when(c.value(QStringLiteral("createdAt")), locale));
    html += row(tr("Last change"), when(c.value(QStringLiteral("updatedAt")), locale));
    html += QStringLiteral("</table>");

    const QJsonArray partner = root.value(QStringLiteral("partner")).toArray();
    if (!partner.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2><p>%2</p>")
                    .arg(esc(tr("Partner")), esc(partner.first()[QStringLiteral("name")].toString()));
    }

    const QJsonArray contacts = root.value(QStringLiteral("contacts")).toArray();
    if (!contacts.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2><table class='grid'><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                    .arg(esc(tr("Contacts")), esc(tr("Name")), esc(tr("Role")), esc(tr("Phone")), esc(tr("E-mail")));
        for (const QJsonValue& value : contacts) {
            html +=
                QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(esc(value[QStringLiteral("name")].toString()), esc(value[QStringLiteral("role")].toString()),
                         esc(value[QStringLiteral("phone")].toString()),
                         esc(value[QStringLiteral("email")].toString()));
        }
        html += QStringLiteral("</table>");
    }

    const QJsonArray tickets = root.value(QStringLiteral("tickets")).toArray();
    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Tickets (%n)", nullptr, int(tickets.size()))));
    for (const QJsonValue& value : tickets) {
        const QJsonObject t = value.toObject();
        html += QStringLiteral("<h3>%1 — %2</h3><table>")
                    .arg(esc(t.value(QStringLiteral("protocol")).toString()),
                         esc(t.value(QStringLiteral("title")).toString()));
        html += row(tr("Status"), t.value(QStringLiteral("status")).toString());
        html += row(tr("Sector"), t.value(QStringLiteral("sector")).toString());
        html += row(tr("Subject"), QStringList{t.value(QStringLiteral("subject")).toString(),
                                               t.value(QStringLiteral("sub_subject")).toString()}
                                       .filter(QRegularExpression(QStringLiteral("\\S")))
                                       .join(QStringLiteral(" / ")));
        html += row(tr("Opened"), when(t.value(QStringLiteral("opened_at")), locale));
        html += row(tr("Closed"), when(t.value(QStringLiteral("closed_at")), locale));
        html += row(tr("Description"), t.value(QStringLiteral("description")).toString());
        html += row(tr("Solution"), t.value(QStringLiteral("solution")).toString());
        html += QStringLiteral("</table>");
        const QJsonArray interactions = t.value(QStringLiteral("interactions")).toArray();
        if (!interactions.isEmpty()) {
            html += QStringLiteral("<table class='grid'><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                        .arg(esc(tr("When")), esc(tr("Channel")), esc(tr("By")), esc(tr("Record")));
            for (const QJsonValue& interaction : interactions) {
                QString text = interaction[QStringLiteral("text")].toString();
                if (interaction[QStringLiteral("visible_to_customer")].toInteger() == 0)
                    text = tr("(internal note) %1").arg(text);
                html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                            .arg(esc(when(interaction[QStringLiteral("recorded_at")], locale)),
                                 esc(channelName(interaction[QStringLiteral("channel")].toString())),
                                 esc(interaction[QStringLiteral("author")].toString()), esc(text));
            }
            html += QStringLiteral("</table>");
        }
        const QJsonArray attachments = t.value(QStringLiteral("attachments")).toArray();
        for (const QJsonValue& attachment : attachments) {
            html += QStringLiteral("<p>%1</p>")
                        .arg(esc(tr("Attachment: %1 (%2)")
                                     .arg(attachment[QStringLiteral("file_name")].toString(),
                                          locale.formattedDataSize(attachment[QStringLiteral("size")].toInteger()))));
        }
    }

    html += genericTable(tr("Contact records"), root.value(QStringLiteral("contactRecords")).toArray(), locale);
    html += genericTable(tr("Properties"), root.value(QStringLiteral("properties")).toArray(), locale);
    html += genericTable(tr("Rental contracts"), root.value(QStringLiteral("rentalContracts")).toArray(), locale);
    html += genericTable(tr("Rental processes"), root.value(QStringLiteral("rentalProcesses")).toArray(), locale);
    html += genericTable(tr("Capture processes"), root.value(QStringLiteral("captureProcesses")).toArray(), locale);
    return html + QStringLiteral("</body></html>");
}

Status CustomerDataPdf::write(const QJsonDocument& data, const QString& path, const QLocale& locale) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::make(Error::Code::Storage,
                           tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(tr("Personal data held about %1")
                            .arg(data.object().value(QStringLiteral("customer"))[QStringLiteral("name")].toString()));
        writer.setCreator(QStringLiteral("Atende"));
        QTextDocument document;
        document.setHtml(html(data, locale));
        document.print(&writer);
    }
    if (!file.commit()) {
        return Error::make(Error::Code::Storage,
                           tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

} // namespace atende
