#include "ProcessMemory.h"

#include <cstdio>
#include <cstring>

namespace atende::bench {

qint64 ProcessMemory::residentBytes() {
    // Read with stdio rather than QFile: a measure of memory should allocate as little as it can.
    std::FILE* status = std::fopen("/proc/self/status", "r");
    if (!status)
        return 0;
    char line[256];
    qint64 kib = 0;
    while (std::fgets(line, sizeof line, status)) {
        if (std::strncmp(line, "VmRSS:", 6) == 0) {
            long long value = 0;
            if (std::sscanf(line + 6, "%lld", &value) == 1)
                kib = value;
            break;
        }
    }
    std::fclose(status);
    return kib * 1024;
}

} // namespace atende::bench
