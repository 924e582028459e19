#pragma once

#include <QString>

namespace atende {

// A short knowledge-base article (F-33): how to do something in the product, read in the call screen's side panel
// and sendable as a reply.
struct KnowledgeArticle {
    qint64 id = 0; // 0: not saved yet
    QString title;
    QString body;
    QString tags; // words that should find it although they are not in the text, separated by spaces
    qint64 updatedAt = 0;
};

} // namespace atende
