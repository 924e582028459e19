#pragma once

#include <QString>
#include <QVariant>

namespace atende {

// One field of a record two people edited at the same time: the value both started from (base), the value this
// agent typed (mine) and the value stored meanwhile by someone else (theirs), raw for comparing and as text for
// reading. RecordConflict holds the whole record's list.
struct ConflictField {
    enum class Choice {
        Undecided, // both sides changed it differently and nobody chose yet: the merge cannot be saved
        Mine,
        Theirs,
    };

    QString name;  // stable name: the column ("title", "sector_id", "emails"...)
    QString label; // translated, for the person choosing
    QVariant base;
    QVariant mine;
    QVariant theirs;
    QString baseText;
    QString mineText;
    QString theirsText;
    bool changedByMe = false;
    bool changedByThem = false;
    Choice choice = Choice::Theirs;

    // Both sides changed the field, to different values: only a person may decide which one stays.
    bool conflicting() const { return changedByMe && changedByThem && mine != theirs; }
    bool changed() const { return changedByMe || changedByThem; }
};

} // namespace atende
