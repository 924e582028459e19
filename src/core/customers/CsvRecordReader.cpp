#include "customers/CsvRecordReader.h"

#include <QIODevice>

namespace atende {

namespace {

constexpr qint64 ChunkBytes = 64 * 1024;

} // namespace

CsvRecordReader::CsvRecordReader(QIODevice& device, char delimiter, Limits limits)
    : m_device(device)
    , m_delimiter(delimiter)
    , m_limits(limits) {}

int CsvRecordReader::peek() {
    if (m_pos >= m_buffer.size()) {
        if (m_eof)
            return -1;
        m_buffer = m_device.read(ChunkBytes);
        m_pos = 0;
        if (m_buffer.isEmpty()) {
            m_eof = true;
            return -1;
        }
    }
    return static_cast<unsigned char>(m_buffer.at(m_pos));
}

int CsvRecordReader::get() {
    const int c = peek();
    if (c >= 0)
        ++m_pos;
    return c;
}

bool CsvRecordReader::next(Record& record) {
    if (!m_started) {
        m_started = true;
        if (peek() == 0xEF) {
            const QByteArray head = m_buffer.mid(m_pos, 3);
            if (head == QByteArray("\xEF\xBB\xBF"))
                m_pos += 3;
        }
    }
    record = Record{};
    record.line = m_line;
    if (peek() < 0)
        return false;

    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };
    State state = State::FieldStart;
    QByteArray field;
    bool storing = true;

    auto append = [&](char c) {
        if (!storing)
            return;
        if (field.size() >= m_limits.maxFieldBytes || record.bytes > m_limits.maxRecordBytes) {
            // Keep reading to the record's end, but drop what it holds: memory stays bounded whatever the input.
            storing = false;
            record.problem = Problem::TooLong;
            field = QByteArray();
            record.fields.clear();
            return;
        }
        field.append(c);
    };
    auto endField = [&]() {
        if (storing)
            record.fields.append(field);
        field.clear();
    };
    auto endRecord = [&](int c) {
        endField();
        if (c == '\r' && peek() == '\n') {
            get();
            ++record.bytes;
        }
        record.lastLine = m_line;
        ++m_line;
        return true;
    };
    auto problem = [&](Problem p) {
        if (record.problem == Problem::None)
            record.problem = p;
    };

    while (true) {
        const int c = get();
        if (c < 0) {
            if (state == State::Quoted)
                problem(Problem::UnterminatedQuote);
            endField();
            record.lastLine = m_line;
            return true;
        }
        ++record.bytes;
        switch (state) {
        case State::FieldStart:
            if (c == '"') {
                state = State::Quoted;
                break;
            }
            state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted:
            if (c == m_delimiter) {
                endField();
                state = State::FieldStart;
            } else if (c == '\n' || c == '\r') {
                return endRecord(c);
            } else {
                append(char(c)); // a quote inside an unquoted field is taken literally, as spreadsheets do
            }
            break;
        case State::Quoted:
            if (c == '"') {
                state = State::QuoteInQuoted;
            } else {
                if (c == '\n' || (c == '\r' && peek() != '\n'))
                    ++m_line;
                append(char(c));
            }
            break;
        case State::QuoteInQuoted:
            if (c == '"') {
                append('"');
                state = State::Quoted;
            } else if (c == m_delimiter) {
                endField();
                state = State::FieldStart;
            } else if (c == '\n' || c == '\r') {
                return endRecord(c);
            } else {
                problem(Problem::StrayQuote);
                append(char(c));
                state = State::Unquoted;
            }
            break;
        }
    }
}

char CsvRecordReader::detectDelimiter(const QByteArray& head) {
    int semicolons = 0;
    int commas = 0;
    bool quoted = false;
    for (const char c : head) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted && c == ';')
            ++semicolons;
        else if (!quoted && c == ',')
            ++commas;
    }
    return commas > semicolons ? ',' : ';';
}

} // namespace atende
