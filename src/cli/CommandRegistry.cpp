#include "CommandRegistry.h"

#include <QtGlobal>

namespace atende {

void CommandRegistry::add(std::unique_ptr<CliCommand> command) {
    // Two commands with one name would make the second unreachable; that is a programming error.
    Q_ASSERT(!find(command->name()));
    m_commands.push_back(std::move(command));
}

CliCommand* CommandRegistry::find(const QString& name) const {
    for (const auto& command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

} // namespace atende
