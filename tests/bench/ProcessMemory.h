#pragma once

#include <QtGlobal>

namespace atende::bench {

// Resident memory of this process as the kernel counts it (VmRSS in /proc/self/status): what a user sees grow
// in a task manager, allocator caches and SQLite's page cache included.
class ProcessMemory {
public:
    // Bytes resident now; 0 where /proc is not available.
    static qint64 residentBytes();
    // The most resident memory the process has had (VmHWM); 0 where /proc is not available.
    static qint64 peakResidentBytes();
};

} // namespace atende::bench
