#pragma once

#include <QMessageBox>
#include <QString>

#include <functional>

class QWidget;

namespace atende {

// The one door every message box goes through, so tests can answer boxes in advance instead of blocking on a
// modal dialog: with a test hook set, no box is shown and the hook's answer is returned.
class MessageBoxes {
public:
    struct Request {
        QMessageBox::Icon icon = QMessageBox::NoIcon;
        QString title;
        QString text;
        QMessageBox::StandardButtons buttons = QMessageBox::Ok;
        QMessageBox::StandardButton defaultButton = QMessageBox::NoButton;
    };
    using Hook = std::function<QMessageBox::StandardButton(const Request&)>;

    static QMessageBox::StandardButton information(QWidget* parent, const QString& title, const QString& text);
    static QMessageBox::StandardButton warning(QWidget* parent, const QString& title, const QString& text);
    static QMessageBox::StandardButton critical(QWidget* parent, const QString& title, const QString& text);
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes |
                                                                                       QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::No);
    // The general form the others use.
    static QMessageBox::StandardButton show(QWidget* parent, const Request& request);

    // For tests: every box goes to `hook` instead of the screen. An empty hook shows boxes again. Returns the hook
    // that was set before.
    static Hook setTestHook(Hook hook);

    // Sets a hook for one scope and puts the previous one back.
    class ScopedTestHook {
    public:
        explicit ScopedTestHook(Hook hook)
            : m_previous(setTestHook(std::move(hook))) {}
        ~ScopedTestHook() { setTestHook(std::move(m_previous)); }
        ScopedTestHook(const ScopedTestHook&) = delete;
        ScopedTestHook& operator=(const ScopedTestHook&) = delete;

    private:
        Hook m_previous;
    };
};

} // namespace atende
