#pragma once

#include <QByteArray>
#include <QString>

namespace atende {

// The byte-level encodings of a MIME message, each with the limits of its RFC. Pure functions, tested on exact
// bytes (tests/core/MimeEncodingTests.cpp).
namespace MimeEncoding {

// Lines end in CRLF, whatever the text had (LF, CR or CRLF).
QByteArray normalizeLineEndings(const QByteArray& text);

// RFC 2045 quoted-printable of UTF-8 text with CRLF line ends: lines of at most 76 characters (soft breaks "="),
// '=' and non-ASCII as =XX, trailing space or tab encoded, so no line comes near the 998-octet limit.
QByteArray quotedPrintable(const QString& text);

// RFC 2045 base64 in lines of 76 characters, each ending in CRLF.
QByteArray base64Lines(const QByteArray& data);

// A header value that may hold non-ASCII text (subject, display name): as is when it is printable ASCII,
// otherwise RFC 2047 "Q" encoded words of at most 75 characters, split only between whole UTF-8 characters and
// separated by CRLF SP (a fold). `firstLineRoom` is what is left on the header line after "Name: " so the first
// line stays within 76 characters too.
QByteArray encodedWords(const QString& text, int firstLineRoom = 75);

// A display name as a phrase: plain atoms, a quoted-string (with \" and \\) or encoded words.
QByteArray phrase(const QString& name, int firstLineRoom = 75);

// SMTP transparency (RFC 5321 4.5.2): every line starting with "." gets one more, and the data ends in CRLF, so
// "\r\n.\r\n" can only be the terminator the client writes after it.
QByteArray dotStuff(const QByteArray& message);

} // namespace MimeEncoding

} // namespace atende
