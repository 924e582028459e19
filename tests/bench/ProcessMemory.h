#pragma once

#include <QtGlobal>

namespace atende::bench {

// Resident memory of this process as the kernel counts it (VmRSS in /proc/self/status): what a user sees grow
// in a task manager, allocator caches and SQLite's page cache included.
class ProcessMemory {
public:
    // Bytes resident now; 0 where /proc is not available.
    static qint64 residentBytes();
};

} // namespace atende::bench
