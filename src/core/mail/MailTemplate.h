#pragma once

#include <QString>

namespace atende {

// An e-mail template an administrator edits: subject and body with variables in braces ({cliente},
// {protocolo}, {atendente}, {data}, {hora}, {empresa}, {os}, {assunto}, {resposta}) and optional sections
// {#os}...{/os} kept only when the variable has a value (the O.S. line of the protocol e-mail).
struct MailTemplate {
    enum class Kind { Protocol, Reply, Copy };
    Kind kind = Kind::Protocol;
    QString subject;
    QString body;
};

} // namespace atende
