#pragma once

#include <array>

namespace atende {

// The four accounts a demo database gets so that someone trying Atende can log in with each access profile at
// once. Their password is DemoOptions::accountPassword and `atendectl demo` prints it: a demo database is for
// trying, never for real data, so a known password is what its user needs (a real installation has no default
// password; the first run asks the administrator to choose one).
struct DemoAccount {
    const char* login;
    const char* name;
    const char* profile; // name of the access profile (migration 0002)

    static constexpr std::array<DemoAccount, 4> all() {
        return {{
            {"admin", "Renata Figueiredo", "Administrador"},
            {"lider", "Marcos Albuquerque", "Líder"},
            {"agente", "Juliana Ribeiro", "Agente"},
            {"captador", "Paulo Henrique Nogueira", "Captador"},
        }};
    }
};

} // namespace atende
