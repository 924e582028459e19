#include "common/FileDialogs.h"

#include <QFileDialog>

namespace atende {

namespace {
FileDialogs::Hook& testHook() {
    static FileDialogs::Hook hook;
    return hook;
}
} // namespace

FileDialogs::Hook FileDialogs::setTestHook(Hook hook) {
    Hook previous = std::move(testHook());
    testHook() = std::move(hook);
    return previous;
}

QString FileDialogs::saveFileName(QWidget* parent, const QString& caption, const QString& directory,
                                  const QString& filter) {
    if (const Hook& hook = testHook())
        return hook(Request{true, caption, directory, filter});
    return QFileDialog::getSaveFileName(parent, caption, directory, filter);
}

QString FileDialogs::openFileName(QWidget* parent, const QString& caption, const QString& directory,
                                  const QString& filter) {
    if (const Hook& hook = testHook())
        return hook(Request{false, caption, directory, filter});
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

} // namespace atende
