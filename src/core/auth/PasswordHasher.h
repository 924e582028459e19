#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace atende {

// Turns passwords into Argon2id hashes (libsodium's crypto_pwhash_str, "$argon2id$v=19$m=...,t=...,p=1$salt$hash")
// and checks them; also the password policy every place that sets a password applies.
//
// BLOCKING: hash() and verify() take about a tenth of a second and 64 MiB of memory on purpose (that is what makes
// guessing expensive). The GUI must call them — and the UserService methods that use them — off the GUI thread
// (e.g. QtConcurrent::run with its own Database connection). The class holds no mutable state, so one instance may
// be used from several threads at once.
class PasswordHasher {
    Q_DECLARE_TR_FUNCTIONS(PasswordHasher)

public:
    enum class Strength {
        // libsodium's OPSLIMIT_INTERACTIVE / MEMLIMIT_INTERACTIVE (2 passes, 64 MiB). Chosen because a login is an
        // interactive, online check on ordinary help-desk workstations: it stays well under a second there and
        // already exceeds OWASP's Argon2id minimum (19 MiB, 2 passes), while MODERATE (256 MiB, ~0.7 s) or
        // SENSITIVE (1 GiB, several seconds) would make every login, password change and `atendectl --user`
        // call noticeably slow and could fail on machines short of memory.
        Interactive,
        // The cheapest parameters libsodium accepts. ONLY for tests, so a suite that creates many users stays fast;
        // hashes made with it are upgraded by the next successful login through a normal-strength UserService.
        TestOnlyFast,
    };

    static constexpr int MinimumLength = 8;
    // Argon2 itself takes any length; the cap keeps a pasted megabyte from reaching the hasher and the database.
    static constexpr int MaximumLength = 1024;

    explicit PasswordHasher(Strength strength = Strength::Interactive);

    Strength strength() const { return m_strength; }

    // The encoded hash to store (ASCII, starts with "$argon2id$"). Fails only when libsodium cannot start or the
    // memory for the hash cannot be had.
    Result<QString> hash(const QString& password) const;
    // True when `password` matches `encodedHash`; false for a wrong password and for anything that is not a hash.
    bool verify(const QString& encodedHash, const QString& password) const;
    // True when `encodedHash` was not made by Argon2id with this hasher's parameters: after a successful login the
    // caller hashes the password again, so stored hashes follow the parameters of the current version.
    bool needsRehash(const QString& encodedHash) const;

    // The password policy: at least MinimumLength characters (not counting spaces at the ends), at most
    // MaximumLength, and not the login itself (ignoring case). InvalidInput with a translated reason when broken.
    static Status checkPolicy(const QString& password, const QString& login);

private:
    unsigned long long opsLimit() const;
    size_t memLimit() const;

    Strength m_strength;
};

} // namespace atende
