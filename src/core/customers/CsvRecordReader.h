#pragma once

#include <QByteArray>
#include <QList>

class QIODevice;

namespace atende {

// Reads CSV records (RFC 4180) from a device as a stream: quoted fields with "" for a quote, delimiters and line
// breaks inside quotes, CRLF, LF or CR line ends. It never holds more than one record, and never more than the
// limits: a longer record is read through to its end (so the next one starts where it should) but its bytes are
// dropped and it comes back marked TooLong. Works on bytes; the caller decodes UTF-8 (delimiters and quotes are
// ASCII, which never occurs inside a multi-byte UTF-8 sequence).
class CsvRecordReader {
public:
    struct Limits {
        qsizetype maxFieldBytes = 16 * 1024;
        qsizetype maxRecordBytes = 64 * 1024;
    };

    enum class Problem {
        None,
        TooLong,           // over a limit: fields dropped
        StrayQuote,        // text after a closing quote ("ab"c)
        UnterminatedQuote, // the file ended inside a quoted field
    };

    struct Record {
        qint64 line = 0;     // line where the record starts (1-based)
        qint64 lastLine = 0; // line where it ends (several lines when quoted fields hold line breaks)
        QList<QByteArray> fields;
        Problem problem = Problem::None;
        qint64 bytes = 0; // bytes the record took in the file
    };

    CsvRecordReader(QIODevice& device, char delimiter, Limits limits);

    // The next record; false at the end of the input. A UTF-8 byte order mark at the very start is skipped.
    bool next(Record& record);

    // ';' or ',' (Brazilian spreadsheets write ';'): whichever occurs more often outside quotes in the first line of
    // `head`; ';' when they tie.
    static char detectDelimiter(const QByteArray& head);

private:
    int get();
    int peek();

    QIODevice& m_device;
    char m_delimiter;
    Limits m_limits;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_started = false;
    qint64 m_line = 1;
};

} // namespace atende
