#include "ProcessMemory.h"

#include <cstdio>
#include <cstring>

namespace atende::bench {

namespace {

// One "Name:   123 kB" line of /proc/self/status, in bytes. Read with stdio rather than QFile: a measure of
// memory should allocate as little as it can.
qint64 statusBytes(const char* field) {
    std::FILE* status = std::fopen("/proc/self/status", "r");
    if (!status)
        return 0;
    const std::size_t length = std::strlen(field);
    char line[256];
    qint64 kib = 0;
    while (std::fgets(line, sizeof line, status)) {
        if (std::strncmp(line, field, length) == 0) {
            long long value = 0;
            if (std::sscanf(line + length, "%lld", &value) == 1)
                kib = value;
            break;
        }
    }
    std::fclose(status);
    return kib * 1024;
}

} // namespace

qint64 ProcessMemory::residentBytes() {
    return statusBytes("VmRSS:");
}

qint64 ProcessMemory::peakResidentBytes() {
    return statusBytes("VmHWM:");
}

} // namespace atende::bench
