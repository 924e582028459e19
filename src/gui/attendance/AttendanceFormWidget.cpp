#include "attendance/AttendanceFormWidget.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QStyle>
#include <QVBoxLayout>

#include <cmath>

namespace atende {

namespace {

using Kind = AttendanceFormField::Kind;

// A QDateEdit cannot be empty: its minimum date stands for "not answered" and is shown blank.
const QDate NoDate(1900, 1, 1);
const char* const InvalidProperty = "atendeInvalid";
const char* const KindProperty = "atendeKind";

QLocale brazil() {
    return QLocale(QLocale::Portuguese, QLocale::Brazil);
}

// "1.234,50", "1234.5", "1234": what AttendanceForm accepts.
std::optional<double> readNumber(const QString& text) {
    bool ok = false;
    double value = brazil().toDouble(text, &ok);
    if (!ok)
        value = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

QString writeNumber(double value) {
    QLocale locale = brazil();
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(value, 'f', QLocale::FloatingPointShortest);
}

void repolish(QWidget* widget) {
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->update();
}

} // namespace

AttendanceFormWidget::AttendanceFormWidget(QWidget* parent)
    : QWidget(parent) {
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("formMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_messageLabel->setVisible(false);
    outer->addWidget(m_messageLabel);
    m_emptyLabel = new QLabel(tr("This attendance type has no form."), this);
    m_emptyLabel->setObjectName(QStringLiteral("formEmptyLabel"));
    m_emptyLabel->setStyleSheet(QStringLiteral("color: palette(mid);"));
    outer->addWidget(m_emptyLabel);
    m_layout = new QFormLayout;
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    outer->addLayout(m_layout);
    outer->addStretch(1);
    // The mark of an invalid answer: only the inputs flagged by highlightInvalid().
    setStyleSheet(QStringLiteral("*[atendeInvalid=\"true\"] { border: 2px solid #b00020; }"));
}

AttendanceFormWidget::~AttendanceFormWidget() = default;

void AttendanceFormWidget::setForm(const AttendanceForm& form) {
    // Keep what was typed for the fields that stay the same kind.
    const QJsonObject typed = answers();
    QHash<QString, Kind> oldKinds;
    for (const AttendanceFormField& field : m_form.fields())
        oldKinds.insert(field.key, field.kind);

    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_editors.clear();
    m_labels.clear();
    m_highlighted.clear();
    m_messageLabel->clear();
    m_messageLabel->setVisible(false);
    m_form = form;
    m_emptyLabel->setVisible(form.isEmpty());

    QWidget* previous = nullptr;
    for (const AttendanceFormField& field : form.fields()) {
        QWidget* editor = createEditor(field);
        editor->setObjectName(QStringLiteral("field_%1").arg(field.key));
        editor->setProperty(KindProperty, AttendanceFormField::kindCode(field.kind));
        if (!field.help.isEmpty())
            editor->setToolTip(field.help);
        auto* label = new QLabel(field.required ? tr("%1 *").arg(field.label) : field.label, this);
        label->setObjectName(QStringLiteral("label_%1").arg(field.key));
        label->setBuddy(editor);
        m_editors.insert(field.key, editor);
        m_labels.insert(field.key, label);
        if (field.help.isEmpty()) {
            m_layout->addRow(label, editor);
        } else {
            auto* box = new QWidget(this);
            auto* column = new QVBoxLayout(box);
            column->setContentsMargins(0, 0, 0, 0);
            column->setSpacing(2);
            column->addWidget(editor);
            auto* help = new QLabel(field.help, box);
            help->setObjectName(QStringLiteral("help_%1").arg(field.key));
            help->setWordWrap(true);
            help->setStyleSheet(QStringLiteral("color: palette(mid); font-size: small;"));
            column->addWidget(help);
            m_layout->addRow(label, box);
        }
        if (previous)
            setTabOrder(previous, editor);
        previous = editor;
    }
    setReadOnly(m_readOnly);

    m_filling = true;
    for (const AttendanceFormField& field : form.fields()) {
        if (typed.contains(field.key) && oldKinds.value(field.key, Kind::Text) == field.kind &&
            oldKinds.contains(field.key))
            setValue(field, m_editors.value(field.key), typed.value(field.key));
    }
    m_filling = false;
}

QWidget* AttendanceFormWidget::createEditor(const AttendanceFormField& field) {
    const QString key = field.key;
    switch (field.kind) {
    case Kind::Text: {
        auto* edit = new QLineEdit(this);
        connect(edit, &QLineEdit::textChanged, this, [this, key] { fieldEdited(key); });
        return edit;
    }
    case Kind::LongText: {
        auto* edit = new QPlainTextEdit(this);
        edit->setTabChangesFocus(true); // the keyboard moves on to the next field
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
        connect(edit, &QPlainTextEdit::textChanged, this, [this, key] { fieldEdited(key); });
        return edit;
    }
    case Kind::Number: {
        auto* edit = new QLineEdit(this);
        // Digits, thousands dots and one decimal comma, as a Brazilian types them; a point as decimal also passes.
        static const QRegularExpression pattern(QStringLiteral(R"(^-?[0-9.]{0,18}(,[0-9]{0,6})?$)"));
        edit->setValidator(new QRegularExpressionValidator(pattern, edit));
        edit->setPlaceholderText(tr("e.g. 1.234,50"));
        edit->setAlignment(Qt::AlignRight);
        connect(edit, &QLineEdit::textChanged, this, [this, key] { fieldEdited(key); });
        return edit;
    }
    case Kind::Date: {
        auto* edit = new QDateEdit(this);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        edit->setMinimumDate(NoDate);
        edit->setSpecialValueText(tr("(no date)"));
        edit->setDate(NoDate);
        edit->setToolTip(tr("Delete clears the date."));
        edit->installEventFilter(this);
        connect(edit, &QDateEdit::dateChanged, this, [this, key] { fieldEdited(key); });
        return edit;
    }
    case Kind::Choice: {
        auto* combo = new QComboBox(this);
        combo->addItem(QString());
        combo->addItems(field.options);
        // Without options the list is filled at run time (the captadores): the agent types the name.
        combo->setEditable(field.options.isEmpty());
        connect(combo, &QComboBox::currentTextChanged, this, [this, key] { fieldEdited(key); });
        return combo;
    }
    case Kind::YesNo: {
        auto* combo = new QComboBox(this);
        combo->addItem(QString());
        combo->addItem(tr("Yes"), true);
        combo->addItem(tr("No"), false);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, key] { fieldEdited(key); });
        return combo;
    }
    case Kind::Customer:
    case Kind::Property: {
        auto* edit = new QLineEdit(this);
        static const QRegularExpression digits(QStringLiteral("^[0-9]{0,18}$"));
        edit->setValidator(new QRegularExpressionValidator(digits, edit));
        edit->setPlaceholderText(field.kind == Kind::Customer ? tr("Customer number") : tr("Property number"));
        connect(edit, &QLineEdit::textChanged, this, [this, key] { fieldEdited(key); });
        return edit;
    }
    }
    return new QLineEdit(this);
}

QJsonValue AttendanceFormWidget::valueOf(const AttendanceFormField& field, QWidget* editor) const {
    switch (field.kind) {
    case Kind::Text:
        return static_cast<QLineEdit*>(editor)->text();
    case Kind::LongText:
        return static_cast<QPlainTextEdit*>(editor)->toPlainText();
    case Kind::Number: {
        const QString text = static_cast<QLineEdit*>(editor)->text().trimmed();
        if (text.isEmpty())
            return QJsonValue::Undefined;
        if (auto number = readNumber(text))
            return *number;
        return text; // validate() names it
    }
    case Kind::Date: {
        const QDate date = static_cast<QDateEdit*>(editor)->date();
        return date == NoDate ? QJsonValue(QJsonValue::Undefined) : QJsonValue(date.toString(Qt::ISODate));
    }
    case Kind::Choice:
        return static_cast<QComboBox*>(editor)->currentText();
    case Kind::YesNo: {
        const QVariant data = static_cast<QComboBox*>(editor)->currentData();
        return data.isValid() ? QJsonValue(data.toBool()) : QJsonValue(QJsonValue::Undefined);
    }
    case Kind::Customer:
    case Kind::Property: {
        const QString text = static_cast<QLineEdit*>(editor)->text().trimmed();
        if (text.isEmpty())
            return QJsonValue::Undefined;
        return QJsonValue(text.toLongLong());
    }
    }
    return QJsonValue::Undefined;
}

QJsonObject AttendanceFormWidget::answers() const {
    QJsonObject result;
    for (const AttendanceFormField& field : m_form.fields()) {
        QWidget* editor = m_editors.value(field.key);
        if (!editor)
            continue;
        const QJsonValue value = valueOf(field, editor);
        if (value.isUndefined() || (value.isString() && value.toString().trimmed().isEmpty()))
            continue;
        result.insert(field.key, value);
    }
    return result;
}

void AttendanceFormWidget::setValue(const AttendanceFormField& field, QWidget* editor, const QJsonValue& value) {
    const bool blank = value.isUndefined() || value.isNull();
    switch (field.kind) {
    case Kind::Text:
        static_cast<QLineEdit*>(editor)->setText(blank ? QString() : value.toVariant().toString());
        break;
    case Kind::LongText:
        static_cast<QPlainTextEdit*>(editor)->setPlainText(blank ? QString() : value.toVariant().toString());
        break;
    case Kind::Number:
        if (blank)
            static_cast<QLineEdit*>(editor)->clear();
        else if (value.isDouble())
            static_cast<QLineEdit*>(editor)->setText(writeNumber(value.toDouble()));
        else
            static_cast<QLineEdit*>(editor)->setText(value.toString());
        break;
    case Kind::Date: {
        QDate date;
        for (const QString& format : {QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd/MM/yyyy")}) {
            if (!date.isValid())
                date = QDate::fromString(value.toString(), format);
        }
        static_cast<QDateEdit*>(editor)->setDate(date.isValid() ? date : NoDate);
        break;
    }
    case Kind::Choice: {
        auto* combo = static_cast<QComboBox*>(editor);
        const QString text = blank ? QString() : value.toString();
        const int index = combo->findText(text);
        if (index >= 0)
            combo->setCurrentIndex(index);
        else if (combo->isEditable())
            combo->setEditText(text);
        else
            combo->setCurrentIndex(0);
        break;
    }
    case Kind::YesNo: {
        auto* combo = static_cast<QComboBox*>(editor);
        combo->setCurrentIndex(value.isBool() ? (value.toBool() ? 1 : 2) : 0);
        break;
    }
    case Kind::Customer:
    case Kind::Property: {
        const qint64 id = value.isDouble() ? value.toInteger() : value.toString().toLongLong();
        static_cast<QLineEdit*>(editor)->setText(id > 0 ? QString::number(id) : QString());
        break;
    }
    }
}

void AttendanceFormWidget::setAnswers(const QJsonObject& answers) {
    m_filling = true;
    for (const AttendanceFormField& field : m_form.fields())
        setValue(field, m_editors.value(field.key), answers.value(field.key));
    m_filling = false;
    highlightInvalid({});
    emit changed();
}

void AttendanceFormWidget::setMarked(const QString& key, bool marked) {
    QWidget* editor = m_editors.value(key);
    QLabel* label = m_labels.value(key);
    if (!editor || !label)
        return;
    editor->setProperty(InvalidProperty, marked);
    repolish(editor);
    label->setStyleSheet(marked ? QStringLiteral("color: #b00020; font-weight: bold;") : QString());
}

void AttendanceFormWidget::highlightInvalid(const QStringList& keys) {
    for (const QString& key : std::as_const(m_highlighted))
        setMarked(key, false);
    m_highlighted.clear();
    for (const QString& key : keys) {
        if (!m_editors.contains(key) || m_highlighted.contains(key))
            continue;
        setMarked(key, true);
        m_highlighted << key;
    }
    if (m_highlighted.isEmpty()) {
        m_messageLabel->clear();
        m_messageLabel->setVisible(false);
    }
}

Result<QJsonObject> AttendanceFormWidget::validate() {
    auto checked = m_form.validate(answers());
    if (checked) {
        highlightInvalid({});
        return checked;
    }
    // detail: "missing: key1,key2; invalid: key3"
    QStringList keys;
    static const QRegularExpression lists(QStringLiteral("(?:missing|invalid): ([^;]*)"));
    for (auto it = lists.globalMatch(checked.error().detail); it.hasNext();) {
        for (const QString& key : it.next().captured(1).split(QLatin1Char(','), Qt::SkipEmptyParts))
            keys << key.trimmed();
    }
    highlightInvalid(keys);
    m_messageLabel->setText(checked.error().userMessage);
    m_messageLabel->setVisible(true);
    if (!keys.isEmpty()) {
        if (QWidget* first = m_editors.value(keys.first()))
            first->setFocus();
    }
    return checked;
}

QString AttendanceFormWidget::messageText() const {
    return m_messageLabel->isVisibleTo(this) ? m_messageLabel->text() : QString();
}

void AttendanceFormWidget::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    for (QWidget* editor : std::as_const(m_editors)) {
        if (auto* line = qobject_cast<QLineEdit*>(editor))
            line->setReadOnly(readOnly);
        else if (auto* text = qobject_cast<QPlainTextEdit*>(editor))
            text->setReadOnly(readOnly);
        else if (auto* date = qobject_cast<QDateEdit*>(editor))
            date->setReadOnly(readOnly);
        else
            editor->setEnabled(!readOnly); // combo boxes have no read-only mode
    }
}

bool AttendanceFormWidget::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::KeyPress && !m_readOnly) {
        auto* date = qobject_cast<QDateEdit*>(watched);
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (date && (key == Qt::Key_Delete || key == Qt::Key_Backspace)) {
            date->setDate(NoDate);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AttendanceFormWidget::fieldEdited(const QString& key) {
    if (m_filling)
        return;
    // The agent is fixing it: the mark goes, the message stays until the next check.
    if (m_highlighted.removeOne(key))
        setMarked(key, false);
    emit changed();
}

} // namespace atende
