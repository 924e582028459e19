#include "CliCommand.h"

namespace atende {

std::optional<qint64> CliCommand::parseNumber(const QString& text, qint64 min, qint64 max) {
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

} // namespace atende
