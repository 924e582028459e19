#include "GuiAdminTeam.h"

#include "attendance/AttendanceFormWidget.h"
#include "attendance/AttendanceTypeService.h"
#include "attendance/AttendanceTypesDialog.h"
#include "common/MessageBoxes.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace atende;
using atende::test::findChildNamed;
using atende::test::GuiAdminTeam;

namespace {

AttendanceFormField field(const char* key, const char* label, AttendanceFormField::Kind kind, bool required = false,
                          QStringList options = {}) {
    AttendanceFormField f;
    f.key = QString::fromLatin1(key);
    f.label = QString::fromUtf8(label);
    f.kind = kind;
    f.required = required;
    f.options = std::move(options);
    return f;
}

// One field of each of the 8 kinds.
AttendanceForm everyKind() {
    using K = AttendanceFormField::Kind;
    return AttendanceForm(
        {field("title", "Título", K::Text, true), field("details", "Detalhes", K::LongText),
         field("amount", "Valor (R$)", K::Number, true), field("when", "Data", K::Date),
         field("channel", "Canal", K::Choice, false, {QStringLiteral("Telefone"), QStringLiteral("Chat")}),
         field("urgent", "Urgente", K::YesNo, true), field("customer", "Cliente", K::Customer),
         field("property", "Imóvel", K::Property)});
}

} // namespace

TEST_CASE("AttendanceFormWidget renders every kind and its answers round-trip", "[gui][attendance]") {
    AttendanceFormWidget widget;
    widget.setForm(everyKind());
    widget.show();
    CHECK(qobject_cast<QLineEdit*>(widget.editorFor(QStringLiteral("title"))));
    CHECK(qobject_cast<QPlainTextEdit*>(widget.editorFor(QStringLiteral("details"))));
    CHECK(qobject_cast<QLineEdit*>(widget.editorFor(QStringLiteral("amount"))));
    CHECK(qobject_cast<QDateEdit*>(widget.editorFor(QStringLiteral("when"))));
    CHECK(qobject_cast<QComboBox*>(widget.editorFor(QStringLiteral("channel"))));
    CHECK(qobject_cast<QComboBox*>(widget.editorFor(QStringLiteral("urgent"))));
    CHECK(qobject_cast<QLineEdit*>(widget.editorFor(QStringLiteral("customer"))));
    CHECK(qobject_cast<QLineEdit*>(widget.editorFor(QStringLiteral("property"))));
    CHECK(widget.answers().isEmpty()); // nothing answered yet, the date included
    CHECK(findChildNamed<QLabel>(widget, "label_title")->text().endsWith(QLatin1Char('*')));

    const QJsonObject answers{{QStringLiteral("title"), QStringLiteral("Sem acesso")},
                              {QStringLiteral("details"), QStringLiteral("linha 1\nlinha 2")},
                              {QStringLiteral("amount"), 1234.5},
                              {QStringLiteral("when"), QStringLiteral("2026-11-30")},
                              {QStringLiteral("channel"), QStringLiteral("Chat")},
                              {QStringLiteral("urgent"), false},
                              {QStringLiteral("customer"), 42},
                              {QStringLiteral("property"), 7}};
    QSignalSpy changed(&widget, &AttendanceFormWidget::changed);
    widget.setAnswers(answers);
    CHECK(changed.count() >= 1);
    CHECK(widget.answers() == answers);
    // Shown the Brazilian way.
    CHECK(static_cast<QLineEdit*>(widget.editorFor(QStringLiteral("amount")))->text() == QStringLiteral("1234,5"));
    auto valid = widget.validate();
    REQUIRE(valid.ok());
    CHECK(*valid == answers);

    // Typed by the agent with thousands dots: a number comes out.
    auto* amount = static_cast<QLineEdit*>(widget.editorFor(QStringLiteral("amount")));
    amount->clear();
    QTest::keyClicks(amount, QStringLiteral("2.500,75"));
    CHECK(widget.answers().value(QStringLiteral("amount")).toDouble() == Approx(2500.75));
    QTest::keyClicks(amount, QStringLiteral("x")); // the validator refuses letters
    CHECK(amount->text() == QStringLiteral("2.500,75"));

    // Delete takes a date back to "no date".
    auto* when = static_cast<QDateEdit*>(widget.editorFor(QStringLiteral("when")));
    when->setFocus();
    QTest::keyClick(when, Qt::Key_Delete);
    CHECK_FALSE(widget.answers().contains(QStringLiteral("when")));

    // Read only: shown, not changeable.
    widget.setReadOnly(true);
    CHECK(static_cast<QLineEdit*>(widget.editorFor(QStringLiteral("title")))->isReadOnly());
    CHECK_FALSE(widget.editorFor(QStringLiteral("urgent"))->isEnabled());
    widget.setForm(everyKind()); // stays read only for a new form
    CHECK(static_cast<QLineEdit*>(widget.editorFor(QStringLiteral("title")))->isReadOnly());
    CHECK(widget.answers().value(QStringLiteral("title")).toString() == QStringLiteral("Sem acesso"));
}

TEST_CASE("AttendanceFormWidget highlights what validate names and clears a mark when it is fixed",
          "[gui][attendance]") {
    AttendanceFormWidget widget;
    widget.setForm(everyKind());
    widget.show();
    widget.setAnswers({{QStringLiteral("details"), QStringLiteral("algo")}});
    auto checked = widget.validate();
    REQUIRE_FALSE(checked.ok());
    CHECK(checked.error().userMessage.contains(QStringLiteral("Título")));
    const QStringList marked = widget.highlightedKeys();
    CHECK(marked.contains(QStringLiteral("title")));
    CHECK(marked.contains(QStringLiteral("amount")));
    CHECK(marked.contains(QStringLiteral("urgent")));
    CHECK_FALSE(marked.contains(QStringLiteral("details")));
    CHECK(widget.editorFor(QStringLiteral("title"))->property("atendeInvalid").toBool());
    CHECK(widget.messageText() == checked.error().userMessage);

    // Typing in a marked field takes its mark away; the others stay.
    QTest::keyClicks(static_cast<QLineEdit*>(widget.editorFor(QStringLiteral("title"))), QStringLiteral("Lento"));
    CHECK_FALSE(widget.editorFor(QStringLiteral("title"))->property("atendeInvalid").toBool());
    CHECK(widget.editorFor(QStringLiteral("amount"))->property("atendeInvalid").toBool());

    // The call screen may mark fields itself.
    widget.highlightInvalid({QStringLiteral("customer")});
    CHECK(widget.highlightedKeys() == QStringList{QStringLiteral("customer")});
    CHECK_FALSE(widget.editorFor(QStringLiteral("amount"))->property("atendeInvalid").toBool());
    widget.highlightInvalid({});
    CHECK(widget.highlightedKeys().isEmpty());

    // Answered, it passes and nothing is marked.
    static_cast<QLineEdit*>(widget.editorFor(QStringLiteral("amount")))->setText(QStringLiteral("10"));
    static_cast<QComboBox*>(widget.editorFor(QStringLiteral("urgent")))->setCurrentIndex(1);
    auto ok = widget.validate();
    INFO((ok ? QString() : ok.error().userMessage).toStdString());
    REQUIRE(ok.ok());
    CHECK(ok->value(QStringLiteral("urgent")).toBool());
    CHECK(widget.highlightedKeys().isEmpty());
}

TEST_CASE("The attendance type editor adds a field, the preview shows it, and saving stores it", "[gui][attendance]") {
    GuiAdminTeam team;
    AttendanceTypesDialog dialog(*team.db, team.admin);
    dialog.show();
    REQUIRE(dialog.selectType(6)); // "Dúvida" of the default configuration
    CHECK(dialog.preview()->editorFor(QStringLiteral("tool")));

    QTest::mouseClick(findChildNamed<QPushButton>(dialog, "addFieldButton"), Qt::LeftButton);
    auto* label = findChildNamed<QLineEdit>(dialog, "fieldLabelLineEdit");
    auto* key = findChildNamed<QLineEdit>(dialog, "fieldKeyLineEdit");
    label->selectAll();
    QTest::keyClicks(label, QStringLiteral("Numero do pedido"));
    key->setText(QStringLiteral("order_number"));
    auto* kind = findChildNamed<QComboBox>(dialog, "fieldKindComboBox");
    kind->setCurrentIndex(kind->findData(QStringLiteral("number")));
    findChildNamed<QCheckBox>(dialog, "fieldRequiredCheckBox")->setChecked(true);

    // The preview follows every edit.
    QWidget* editor = dialog.preview()->editorFor(QStringLiteral("order_number"));
    REQUIRE(editor);
    CHECK(editor->property("atendeKind").toString() == QStringLiteral("number"));
    CHECK(findChildNamed<QLabel>(*dialog.preview(), "label_order_number")->text() ==
          QStringLiteral("Numero do pedido *"));
    // Checking the preview names the new required field.
    QTest::mouseClick(findChildNamed<QPushButton>(dialog, "checkPreviewButton"), Qt::LeftButton);
    CHECK(dialog.preview()->highlightedKeys().contains(QStringLiteral("order_number")));

    // Moved to the top, saved, and read back by core.
    auto* up = findChildNamed<QPushButton>(dialog, "moveUpButton");
    while (up->isEnabled())
        QTest::mouseClick(up, Qt::LeftButton);
    REQUIRE(dialog.save());
    AttendanceTypeService service(*team.db, SystemClock::instance());
    auto stored = service.get(team.admin, 6);
    REQUIRE(stored.ok());
    REQUIRE(stored->form.fields().size() == 4);
    const AttendanceFormField& first = stored->form.fields().first();
    CHECK(first.key == QStringLiteral("order_number"));
    CHECK(first.kind == AttendanceFormField::Kind::Number);
    CHECK(first.required);
    CHECK(team.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'attendance_type'")) >= 1);
}

TEST_CASE("The attendance type editor shows core's refusal and keeps the definition", "[gui][attendance]") {
    GuiAdminTeam team;
    AttendanceTypesDialog dialog(*team.db, team.admin);
    dialog.show();
    REQUIRE(dialog.selectType(6));
    QTest::mouseClick(findChildNamed<QPushButton>(dialog, "addFieldButton"), Qt::LeftButton);
    findChildNamed<QLineEdit>(dialog, "fieldKeyLineEdit")->setText(QStringLiteral("Chave Errada"));
    CHECK(dialog.message().contains(QStringLiteral("Chave Errada")));
    CHECK_FALSE(dialog.save());
    CHECK(dialog.message().contains(QStringLiteral("Chave Errada")));
    CHECK(findChildNamed<QListWidget>(dialog, "fieldsListWidget")->count() == 4);
    // Filtering the list meanwhile keeps the definition being edited.
    auto* filter = findChildNamed<QComboBox>(dialog, "setFilterComboBox");
    filter->setCurrentIndex(filter->findData(QStringLiteral("support")));
    CHECK(dialog.currentTypeId() == 6);
    CHECK(findChildNamed<QListWidget>(dialog, "fieldsListWidget")->count() == 4);
    AttendanceTypeService service(*team.db, SystemClock::instance());
    CHECK(service.get(team.admin, 6)->form.fields().size() == 3);

    // Closing with unsaved changes asks first.
    QList<MessageBoxes::Request> asked;
    MessageBoxes::ScopedTestHook hook([&asked](const MessageBoxes::Request& request) {
        asked.append(request);
        return QMessageBox::No;
    });
    dialog.reject();
    CHECK(asked.size() == 1);
    CHECK(dialog.isVisible());
}

TEST_CASE("An agent without settings.admin cannot save an attendance type", "[gui][attendance]") {
    GuiAdminTeam team;
    AttendanceTypesDialog dialog(*team.db, team.agent);
    // The agent has neither call.run nor settings.admin: core refuses even the list, and says so.
    CHECK_FALSE(dialog.message().isEmpty());
    CHECK_FALSE(findChildNamed<QPushButton>(dialog, "saveButton")->isEnabled());
}
