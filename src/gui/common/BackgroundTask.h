#pragma once

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

namespace atende {

// Runs `work` on a thread of its own and hands its result to `done` on the thread of `context` (the GUI thread).
// For the slow calls the GUI must not wait on (Argon2id hashing). `work` must not touch widgets or the GUI
// thread's Database: it opens what it needs itself. When `context` is destroyed first, `done` is not called.
template <typename T>
void runInBackground(QObject* context, std::function<T()> work, std::function<void(const T&)> done) {
    auto result = std::make_shared<std::optional<T>>();
    QThread* thread = QThread::create([work = std::move(work), result] { result->emplace(work()); });
    QObject::connect(thread, &QThread::finished, context, [result, done = std::move(done)] {
        if (result->has_value())
            done(**result);
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace atende
