#include "conflicts/RecordConflict.h"

namespace atende {

void RecordConflict::addField(const QString& name, const QString& label, const QVariant& base, const QVariant& mine,
                              const QVariant& theirs, const QString& baseText, const QString& mineText,
                              const QString& theirsText) {
    ConflictField f;
    f.name = name;
    f.label = label;
    f.base = base;
    f.mine = mine;
    f.theirs = theirs;
    f.baseText = baseText;
    f.mineText = mineText;
    f.theirsText = theirsText;
    f.changedByMe = mine != base;
    f.changedByThem = theirs != base;
    if (f.conflicting())
        f.choice = ConflictField::Choice::Undecided;
    else if (f.changedByMe && !f.changedByThem)
        f.choice = ConflictField::Choice::Mine;
    else
        f.choice = ConflictField::Choice::Theirs; // theirs changed it, both agree, or nobody changed it
    m_fields.append(f);
}

const ConflictField* RecordConflict::field(const QString& name) const {
    for (const ConflictField& f : m_fields) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

QList<ConflictField> RecordConflict::changedFields() const {
    QList<ConflictField> out;
    for (const ConflictField& f : m_fields) {
        if (f.changed())
            out.append(f);
    }
    return out;
}

QStringList RecordConflict::conflictingFields() const {
    QStringList out;
    for (const ConflictField& f : m_fields) {
        if (f.conflicting())
            out.append(f.name);
    }
    return out;
}

QStringList RecordConflict::undecidedFields() const {
    QStringList out;
    for (const ConflictField& f : m_fields) {
        if (f.choice == ConflictField::Choice::Undecided)
            out.append(f.name);
    }
    return out;
}

Error RecordConflict::undecidedError() const {
    QStringList labels;
    const QStringList names = undecidedFields();
    for (const QString& name : names)
        labels.append(field(name)->label);
    Error e = Error::make(Error::Code::InvalidInput,
                          tr("Choose which version to keep for: %1.").arg(labels.join(QStringLiteral(", "))),
                          QStringLiteral("undecided fields: %1").arg(names.join(QLatin1Char(','))));
    e.fields = names;
    return e;
}

bool RecordConflict::choose(const QString& name, ConflictField::Choice choice) {
    for (ConflictField& f : m_fields) {
        if (f.name != name)
            continue;
        if (!f.conflicting())
            return false;
        f.choice = choice;
        return true;
    }
    return false;
}

bool RecordConflict::takesMine(const QString& name) const {
    const ConflictField* f = field(name);
    return f && f->choice == ConflictField::Choice::Mine;
}

} // namespace atende
