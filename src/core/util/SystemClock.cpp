#include "util/SystemClock.h"

namespace atende {

const Clock& SystemClock::instance() {
    static const SystemClock clock;
    return clock;
}

} // namespace atende
