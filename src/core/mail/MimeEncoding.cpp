#include "mail/MimeEncoding.h"

#include <QList>

namespace atende::MimeEncoding {

namespace {
const char Hex[] = "0123456789ABCDEF";

void appendHex(QByteArray& out, unsigned char byte) {
    out.append('=');
    out.append(Hex[byte >> 4]);
    out.append(Hex[byte & 0x0F]);
}

bool isPrintableAscii(const QString& text) {
    for (const QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() > 0x7E)
            return false;
    return true;
}

// Characters a "Q" encoded word may carry as themselves in any position (RFC 2047 5(3), the strictest rule,
// which also holds for phrases); space is written as '_'.
bool isQLiteral(unsigned char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '!' || c == '*' ||
           c == '+' || c == '-' || c == '/';
}

QByteArray qEncodeChar(const QByteArray& utf8) {
    QByteArray out;
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == ' ')
            out.append('_');
        else if (isQLiteral(c))
            out.append(ch);
        else
            appendHex(out, c);
    }
    return out;
}
} // namespace

QByteArray normalizeLineEndings(const QByteArray& text) {
    QByteArray out;
    out.reserve(text.size() + text.size() / 40);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '\r') {
            out.append("\r\n");
            if (i + 1 < text.size() && text.at(i + 1) == '\n')
                ++i;
        } else if (c == '\n') {
            out.append("\r\n");
        } else {
            out.append(c);
        }
    }
    return out;
}

QByteArray quotedPrintable(const QString& text) {
    const QByteArray normalized = normalizeLineEndings(text.toUtf8());
    QByteArray out;
    out.reserve(normalized.size() * 11 / 10 + 16);
    const QList<QByteArray> lines = normalized.split('\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QByteArray line = lines.at(n);
        if (line.endsWith('\r'))
            line.chop(1);
        int column = 0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const auto c = static_cast<unsigned char>(line.at(i));
            const bool last = i + 1 == line.size();
            QByteArray piece;
            if ((c == ' ' || c == '\t') && last)
                appendHex(piece, c); // trailing white space would be eaten by transports
            else if (c == '=' || c < 0x20 || c > 0x7E) {
                if (c == '\t')
                    piece.append('\t');
                else
                    appendHex(piece, c);
            } else
                piece.append(static_cast<char>(c));
            // Room for the piece and, unless this is the end of the line, a soft break '='.
            const int limit = last ? 76 : 75;
            if (column + piece.size() > limit) {
                out.append("=\r\n");
                column = 0;
            }
            out.append(piece);
            column += static_cast<int>(piece.size());
        }
        if (n + 1 < lines.size())
            out.append("\r\n");
    }
    return out;
}

QByteArray base64Lines(const QByteArray& data) {
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    out.reserve(encoded.size() + encoded.size() / 76 * 2 + 2);
    for (qsizetype i = 0; i < encoded.size(); i += 76) {
        out.append(encoded.mid(i, 76));
        out.append("\r\n");
    }
    return out;
}

QByteArray encodedWords(const QString& text, int firstLineRoom) {
    const QString clean = text;
    if (isPrintableAscii(clean))
        return clean.toLatin1();
    static const QByteArray Prefix = "=?UTF-8?Q?";
    static const QByteArray Suffix = "?=";
    QByteArray out;
    QByteArray word;
    int room = qBound(Prefix.size() + Suffix.size() + 9, firstLineRoom, 75);
    auto flush = [&] {
        if (word.isEmpty())
            return;
        if (!out.isEmpty())
            out.append("\r\n ");
        out.append(Prefix + word + Suffix);
        word.clear();
        room = 75;
    };
    // Whole characters (surrogate pairs kept together), so no word ends in the middle of a UTF-8 sequence.
    for (qsizetype i = 0; i < clean.size(); ++i) {
        qsizetype length = clean.at(i).isHighSurrogate() && i + 1 < clean.size() ? 2 : 1;
        const QByteArray encoded = qEncodeChar(clean.mid(i, length).toUtf8());
        i += length - 1;
        if (Prefix.size() + word.size() + encoded.size() + Suffix.size() > room)
            flush();
        word.append(encoded);
    }
    flush();
    return out;
}

QByteArray phrase(const QString& name, int firstLineRoom) {
    if (name.isEmpty())
        return {};
    auto isAtext = [](QChar c) {
        return c.unicode() < 0x7F && (c.isLetterOrNumber() || QStringLiteral("!#$%&'*+-/=?^_`{|}~").contains(c));
    };
    if (isPrintableAscii(name)) {
        bool plainAtoms = true;
        for (const QChar c : name)
            plainAtoms = plainAtoms && (c == u' ' || isAtext(c));
        if (plainAtoms)
            return name.toLatin1();
        QByteArray quoted = "\"";
        for (const QChar c : name) {
            if (c == u'"' || c == u'\\')
                quoted.append('\\');
            quoted.append(static_cast<char>(c.unicode()));
        }
        quoted.append('"');
        return quoted;
    }
    // Plain words stay atoms and each run of words that need encoding becomes encoded words, so every space
    // between the pieces is a real one (RFC 2047 drops the space only between two encoded words; some parsers,
    // Python's among them, do not). Pieces are folded onto new lines rather than passing 76 characters.
    QList<QByteArray> pieces;
    QStringList run;
    auto flushRun = [&](int room) {
        if (!run.isEmpty())
            pieces << encodedWords(run.join(u' '), room);
        run.clear();
    };
    for (const QString& word : name.split(u' ', Qt::SkipEmptyParts)) {
        bool atom = true;
        for (const QChar c : word)
            atom = atom && isAtext(c);
        if (atom) {
            flushRun(75);
            pieces << word.toLatin1();
        } else {
            run << word;
        }
    }
    flushRun(75);
    QByteArray out;
    int column = 76 - qBound(20, firstLineRoom, 75);
    for (const QByteArray& piece : pieces) {
        const qsizetype firstBreak = piece.indexOf("\r\n");
        const int firstLength = static_cast<int>(firstBreak < 0 ? piece.size() : firstBreak);
        if (!out.isEmpty()) {
            if (column + 1 + firstLength > 76) {
                out.append("\r\n ");
                column = 1;
            } else {
                out.append(' ');
                ++column;
            }
        }
        out.append(piece);
        const qsizetype lastBreak = piece.lastIndexOf("\r\n");
        column =
            lastBreak < 0 ? column + static_cast<int>(piece.size()) : static_cast<int>(piece.size() - lastBreak - 2);
    }
    return out;
}

QByteArray dotStuff(const QByteArray& message) {
    QByteArray out;
    out.reserve(message.size() + 64);
    bool lineStart = true;
    for (const char c : message) {
        if (lineStart && c == '.')
            out.append('.');
        out.append(c);
        lineStart = c == '\n';
    }
    if (!out.endsWith("\r\n"))
        out.append("\r\n");
    return out;
}

} // namespace atende::MimeEncoding
