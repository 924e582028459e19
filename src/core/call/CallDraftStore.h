#pragma once

#include "auth/AccessGuard.h"
#include "call/CallDraft.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace atende {

class Actor;
class Clock;
class Database;

// Keeps the one call draft of a user on this workstation (table call_drafts, migration 5). save() is an upsert in
// its own short transaction; with the database's synchronous=FULL a saved draft survives a kill -9 or a power cut.
// Needs call.run.
class CallDraftStore {
    Q_DECLARE_TR_FUNCTIONS(CallDraftStore)

public:
    static constexpr int MaxPayloadBytes = 1024 * 1024;

    // `workstation`: this workstation's code (Settings), so two machines of one agent keep separate drafts.
    CallDraftStore(Database& db, const Clock& clock, QString workstation);

    // Stores `draft` (updatedAt is set from the clock; startedAt kept from the first save when zero).
    Status save(const Actor& actor, const CallDraft& draft);
    // The draft left by a call that did not end, if any.
    Result<std::optional<CallDraft>> load(const Actor& actor);
    // The call ended (concluded or abandoned on purpose).
    Status discard(const Actor& actor);

private:
    Database& m_db;
    const Clock& m_clock;
    QString m_workstation;
    AccessGuard m_guard;
};

} // namespace atende
