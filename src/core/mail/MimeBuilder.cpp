#include "mail/MimeBuilder.h"

#include "mail/MimeEncoding.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUuid>

namespace atende {

namespace {

QByteArray addressList(const QByteArray& headerName, const QList<MailAddress>& addresses) {
    // Folds (CRLF SP) between addresses and between a name and its address, so lines stay within 78 characters;
    // a long name is already split into encoded words on lines of their own.
    QByteArray out = headerName + ": ";
    int column = static_cast<int>(out.size());
    auto firstLineLength = [](const QByteArray& text) {
        const qsizetype lineBreak = text.indexOf("\r\n");
        return static_cast<int>(lineBreak < 0 ? text.size() : lineBreak);
    };
    auto separate = [&](int nextLength) {
        if (column + 1 + nextLength > 78) {
            out.append("\r\n ");
            column = 1;
        } else {
            out.append(' ');
            ++column;
        }
    };
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        const MailAddress& a = addresses.at(i);
        const QByteArray name = MimeEncoding::phrase(MailAddress::singleLine(a.name), qMax(30, 76 - column));
        const QByteArray angle = "<" + a.address.toLatin1() + ">" + (i + 1 < addresses.size() ? "," : "");
        if (i > 0)
            separate(firstLineLength(name.isEmpty() ? angle : name));
        if (!name.isEmpty()) {
            out.append(name);
            const qsizetype lastBreak = name.lastIndexOf("\r\n");
            column =
                lastBreak < 0 ? column + static_cast<int>(name.size()) : static_cast<int>(name.size() - lastBreak - 2);
            separate(static_cast<int>(angle.size()));
        }
        out.append(angle);
        column += static_cast<int>(angle.size());
    }
    return out + "\r\n";
}

QByteArray boundary(const QString& messageId, int part) {
    // "=_" cannot occur in quoted-printable or base64 output, so the boundary never collides with content.
    const QByteArray digest =
        QCryptographicHash::hash((messageId + QString::number(part)).toUtf8(), QCryptographicHash::Sha256).toHex();
    return "=_atende_" + digest.left(24);
}

QByteArray textPart(const QByteArray& subtype, const QString& text) {
    return "Content-Type: text/" + subtype + "; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" +
           MimeEncoding::quotedPrintable(text) + "\r\n";
}

QByteArray fileNameParameter(const QString& rawName) {
    QString name = MailAddress::singleLine(rawName);
    name.remove(u'"').remove(u'\\').remove(u'/');
    if (name.isEmpty())
        name = QStringLiteral("anexo");
    bool ascii = true;
    for (const QChar c : name)
        ascii = ascii && c.unicode() >= 0x20 && c.unicode() < 0x7F;
    if (ascii)
        return "filename=\"" + name.toLatin1() + "\"";
    // RFC 2231 for names with accents: filename*=UTF-8''rel%C3%A1torio.pdf
    return "filename*=UTF-8''" + name.toUtf8().toPercentEncoding("!#$&+-.^_`|~");
}

QByteArray attachmentPart(const MailAttachment& attachment) {
    QString type = attachment.contentType.trimmed();
    static const QRegularExpression mimeType(QStringLiteral("^[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+$"));
    if (!mimeType.match(type).hasMatch())
        type = QStringLiteral("application/octet-stream");
    return "Content-Type: " + type.toLatin1() +
           "\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: attachment;\r\n " +
           fileNameParameter(attachment.fileName) + "\r\n\r\n" + MimeEncoding::base64Lines(attachment.data);
}

QByteArray multipart(const QByteArray& subtype, const QByteArray& bound, const QList<QByteArray>& parts) {
    QByteArray out = "Content-Type: multipart/" + subtype + ";\r\n boundary=\"" + bound + "\"\r\n\r\n";
    for (const QByteArray& part : parts)
        out += "--" + bound + "\r\n" + part;
    out += "--" + bound + "--\r\n";
    return out;
}

} // namespace

QString MimeBuilder::newMessageId(const QString& fromAddress) {
    const qsizetype at = fromAddress.lastIndexOf(u'@');
    const QString domain =
        at > 0 && MailAddress::isValidAddress(fromAddress) ? fromAddress.mid(at + 1) : QStringLiteral("atende.invalid");
    return QStringLiteral("<%1@%2>").arg(QUuid::createUuid().toString(QUuid::Id128), domain);
}

QByteArray MimeBuilder::rfc5322Date(const QDateTime& date) {
    static const char* Days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char* Months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const int offset = date.offsetFromUtc();
    const int absolute = std::abs(offset) / 60;
    return QStringLiteral("%1, %2 %3 %4 %5 %6%7%8")
        .arg(QLatin1String(Days[date.date().dayOfWeek() - 1]))
        .arg(date.date().day())
        .arg(QLatin1String(Months[date.date().month() - 1]))
        .arg(date.date().year())
        .arg(date.time().toString(QStringLiteral("HH:mm:ss")))
        .arg(QLatin1Char(offset < 0 ? '-' : '+'))
        .arg(absolute / 60, 2, 10, QLatin1Char('0'))
        .arg(absolute % 60, 2, 10, QLatin1Char('0'))
        .toLatin1();
}

Result<QByteArray> MimeBuilder::build(const MailMessage& message) {
    if (!MailAddress::isValidAddress(message.from.address))
        return Error::make(Error::Code::InvalidInput,
                           tr("The sender address \"%1\" is not valid; check the e-mail settings.")
                               .arg(MailAddress::singleLine(message.from.address)),
                           QStringLiteral("invalid From address"));
    if (message.to.isEmpty())
        return Error::make(Error::Code::InvalidInput, tr("The message has no recipient."),
                           QStringLiteral("no recipient"));
    for (const MailAddress& a : message.to + message.cc)
        if (!MailAddress::isValidAddress(a.address))
            return Error::make(Error::Code::InvalidInput,
                               tr("\"%1\" is not a valid e-mail address.").arg(MailAddress::singleLine(a.address)),
                               QStringLiteral("invalid recipient address"));
    static const QRegularExpression idPattern(QStringLiteral(R"(^<[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9.-]+>$)"));
    if (!idPattern.match(message.messageId).hasMatch())
        return Error::make(Error::Code::InvalidInput, tr("The message has no valid Message-ID."),
                           QStringLiteral("invalid Message-ID"));

    QByteArray out;
    out += "Date: " + rfc5322Date(message.date) + "\r\n";
    out += addressList("From", {message.from});
    out += addressList("To", message.to);
    if (!message.cc.isEmpty())
        out += addressList("Cc", message.cc);
    out += "Subject: " + MimeEncoding::encodedWords(MailAddress::singleLine(message.subject), 76 - 9) + "\r\n";
    out += "Message-ID: " + message.messageId.toLatin1() + "\r\n";
    out += "MIME-Version: 1.0\r\n";

    QByteArray body = message.htmlBody.isEmpty()
                          ? textPart("plain", message.textBody)
                          : multipart("alternative", boundary(message.messageId, 1),
                                      {textPart("plain", message.textBody), textPart("html", message.htmlBody)});
    if (!message.attachments.isEmpty()) {
        QList<QByteArray> parts{body};
        for (const MailAttachment& attachment : message.attachments)
            parts << attachmentPart(attachment);
        body = multipart("mixed", boundary(message.messageId, 0), parts);
    }
    out += body;
    return out;
}

} // namespace atende
