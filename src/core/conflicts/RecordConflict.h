#pragma once

#include "conflicts/ConflictField.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace atende {

// A field-by-field comparison of three versions of one record (a ticket or a customer): what the agent started
// from, what the agent typed and what is stored now because someone else saved first. Changes made on only one side
// are taken at once (the field's choice is Mine or Theirs); fields both sides changed differently wait for the
// agent's choice (Undecided) and the merge cannot be saved until each one is decided: nothing is overwritten
// without someone having seen it.
class RecordConflict {
    Q_DECLARE_TR_FUNCTIONS(RecordConflict)

public:
    // Builds the field with its changed flags and its automatic choice, and appends it.
    void addField(const QString& name, const QString& label, const QVariant& base, const QVariant& mine,
                  const QVariant& theirs, const QString& baseText, const QString& mineText, const QString& theirsText);

    const QList<ConflictField>& fields() const { return m_fields; }
    const ConflictField* field(const QString& name) const;
    // The fields someone changed (the ones worth showing), in the record's order.
    QList<ConflictField> changedFields() const;
    // The fields both sides changed differently.
    QStringList conflictingFields() const;
    // The conflicting fields still without a choice.
    QStringList undecidedFields() const;
    bool isResolved() const { return undecidedFields().isEmpty(); }
    // InvalidInput naming (by label) the conflicting fields still without a choice, with their names in fields.
    Error undecidedError() const;

    // Chooses a side for a field that is in conflict; false (and nothing changed) for an unknown field or one that
    // is not in conflict (its side is already decided by who changed it).
    bool choose(const QString& name, ConflictField::Choice choice);
    // Whether the merged record takes this field from the agent's version (false: from the stored one).
    bool takesMine(const QString& name) const;

    // The stored version now: its row version (the merged save is based on it), who saved it last and when.
    qint64 currentRowVersion = 0;
    QString changedByName;           // empty when the history does not say (e.g. a system change)
    std::optional<qint64> changedAt; // ms since the epoch, UTC

private:
    QList<ConflictField> m_fields;
};

} // namespace atende
