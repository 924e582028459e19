#pragma once

#include "CliCommand.h"

#include <memory>
#include <vector>

namespace atende {

// The commands atendectl knows, in the order `atendectl help` lists them.
class CommandRegistry {
public:
    void add(std::unique_ptr<CliCommand> command);
    template <typename T, typename... Args> T& emplace(Args&&... args) {
        auto command = std::make_unique<T>(std::forward<Args>(args)...);
        T& ref = *command;
        add(std::move(command));
        return ref;
    }

    // nullptr when no command has that name.
    CliCommand* find(const QString& name) const;
    const std::vector<std::unique_ptr<CliCommand>>& commands() const { return m_commands; }

private:
    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace atende
