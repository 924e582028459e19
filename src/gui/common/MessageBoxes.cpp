#include "common/MessageBoxes.h"

namespace atende {

namespace {
MessageBoxes::Hook& testHook() {
    static MessageBoxes::Hook hook;
    return hook;
}
} // namespace

MessageBoxes::Hook MessageBoxes::setTestHook(Hook hook) {
    Hook previous = std::move(testHook());
    testHook() = std::move(hook);
    return previous;
}

QMessageBox::StandardButton MessageBoxes::show(QWidget* parent, const Request& request) {
    if (const Hook& hook = testHook())
        return hook(request);
    QMessageBox box(request.icon, request.title, request.text, request.buttons, parent);
    if (request.defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(request.defaultButton);
    return QMessageBox::StandardButton(box.exec());
}

QMessageBox::StandardButton MessageBoxes::information(QWidget* parent, const QString& title, const QString& text) {
    return show(parent, Request{QMessageBox::Information, title, text, QMessageBox::Ok, QMessageBox::Ok});
}

QMessageBox::StandardButton MessageBoxes::warning(QWidget* parent, const QString& title, const QString& text) {
    return show(parent, Request{QMessageBox::Warning, title, text, QMessageBox::Ok, QMessageBox::Ok});
}

QMessageBox::StandardButton MessageBoxes::critical(QWidget* parent, const QString& title, const QString& text) {
    return show(parent, Request{QMessageBox::Critical, title, text, QMessageBox::Ok, QMessageBox::Ok});
}

QMessageBox::StandardButton MessageBoxes::question(QWidget* parent, const QString& title, const QString& text,
                                                   QMessageBox::StandardButtons buttons,
                                                   QMessageBox::StandardButton defaultButton) {
    return show(parent, Request{QMessageBox::Question, title, text, buttons, defaultButton});
}

} // namespace atende
