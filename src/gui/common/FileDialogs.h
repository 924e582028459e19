#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace atende {

// The one door to the file choosers, like MessageBoxes: tests answer with a path instead of blocking on a modal
// native dialog. With a hook set no dialog is shown and the hook's path is returned (empty: cancelled).
class FileDialogs {
public:
    struct Request {
        bool save = false;
        QString caption;
        QString directory;
        QString filter;
    };
    using Hook = std::function<QString(const Request&)>;

    static QString saveFileName(QWidget* parent, const QString& caption, const QString& directory,
                                const QString& filter);
    static QString openFileName(QWidget* parent, const QString& caption, const QString& directory,
                                const QString& filter);

    // Returns the hook set before; an empty hook shows dialogs again.
    static Hook setTestHook(Hook hook);

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
