#include "demo/DemoDataGenerator.h"

#include "auth/PasswordHasher.h"
#include "demo/DemoAccount.h"
#include "demo/DemoVocabulary.h"
#include "docs/DocumentNumber.h"
#include "storage/Database.h"
#include "util/Clock.h"
#include "util/Logging.h"
#include "util/TextFolding.h"

#include <QElapsedTimer>

#include <sqlite3.h>

#include <array>
#include <cstring>
#include <map>
#include <random>
#include <span>
#include <string>
#include <unordered_set>
#include <vector>

namespace atende {

namespace {

constexpr qint64 MinuteMs = 60'000;
constexpr qint64 HourMs = 60 * MinuteMs;
constexpr qint64 DayMs = 24 * HourMs;
// How often the progress callback hears from the run.
constexpr qint64 TicketsPerBatch = 20'000;
constexpr qint64 CustomersPerBatch = 50'000;

// A prepared statement bound by position; reset after each step so it can be reused for the next row.
class Statement {
public:
    Statement(sqlite3* db, const char* sql)
        : m_db(db) {
        if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK)
            m_stmt = nullptr;
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool ok() const { return m_stmt != nullptr; }
    Statement& text(int i, const std::string& s) {
        sqlite3_bind_text(m_stmt, i, s.data(), int(s.size()), SQLITE_STATIC);
        return *this;
    }
    Statement& text(int i, const char* s) {
        sqlite3_bind_text(m_stmt, i, s, -1, SQLITE_STATIC);
        return *this;
    }
    Statement& integer(int i, qint64 v) {
        sqlite3_bind_int64(m_stmt, i, v);
        return *this;
    }
    Statement& null(int i) {
        sqlite3_bind_null(m_stmt, i);
        return *this;
    }
    Statement& optional(int i, qint64 v) // 0 means "none"
    {
        return v > 0 ? integer(i, v) : null(i);
    }
    // Runs the insert; returns the new row id, or 0 on failure.
    qint64 insert() {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        return rc == SQLITE_DONE ? sqlite3_last_insert_rowid(m_db) : 0;
    }

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

// Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm): the hot loop needs yyyyMMdd for each
// protocol, and a QDateTime per ticket would cost more than the insert.
void civilFromDays(qint64 z, int& y, int& m, int& d) {
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 yy = qint64(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = int(doy - (153 * mp + 2) / 5 + 1);
    m = int(mp < 10 ? mp + 3 : mp - 9);
    y = int(yy + (m <= 2 ? 1 : 0));
}

std::string folded(const char* utf8) {
    return TextFolding::fold(QString::fromUtf8(utf8)).toStdString();
}

std::string withoutSpaces(std::string s) {
    std::erase(s, ' ');
    std::erase(s, '\'');
    std::erase(s, '/');
    return s;
}

struct SubjectInfo {
    qint64 id = 0;
    qint64 parentId = 0;
    qint64 sectorId = 0;
};

struct StatusInfo {
    qint64 id = 0;
    std::string code;
    bool closed = false;
};

// Everything one run needs, so the steps below read as a list of tables.
class Run {
public:
    Run(Database& db, const Clock& clock, const DemoOptions& options)
        : m_db(db)
        , m_h(db.handle())
        , m_options(options)
        , m_rng(options.seed)
        , m_now(clock.nowMs()) {}

    Status loadConfiguration();
    Status directory();
    Status users();
    Status demoAccounts();
    Status customers(const DemoDataGenerator::Progress& progress);
    Status properties();
    Status tickets(const DemoDataGenerator::Progress& progress);
    Status articles();

    DemoSummary summary;

private:
    qint64 uniform(qint64 low, qint64 high) { return std::uniform_int_distribution<qint64>(low, high)(m_rng); }
    bool chance(double p) { return std::bernoulli_distribution(p)(m_rng); }
    template <typename Range> const auto& pick(const Range& items) {
        return items[size_t(uniform(0, qint64(std::size(items)) - 1))];
    }

    std::string personName(std::string& key, std::string& first, std::string& last);
    std::string phone(int areaCode, std::string& digits);
    std::string cpf();
    std::string cnpj(bool alphanumeric);
    std::string protocol(qint64 atMs);
    Status failed(const char* what) const;
    static Status cancelled() {
        return Error::make(Error::Code::Generic,
                           DemoDataGenerator::tr("Demo data generation was cancelled; nothing "
                                                 "was written."),
                           QStringLiteral("cancelled"));
    }

    Database& m_db;
    sqlite3* m_h;
    DemoOptions m_options;
    std::mt19937_64 m_rng;
    qint64 m_now;
    qint64 m_protocolSequence = 0;

    std::vector<StatusInfo> m_statuses;
    std::map<qint64, SubjectInfo> m_subjects;
    std::map<std::string, qint64> m_profiles;
    std::vector<qint64> m_sectors;
    std::map<qint64, std::vector<qint64>> m_agentsBySector;
    std::vector<qint64> m_agents;
    std::vector<qint64> m_captadores;
    std::vector<qint64> m_partners;
    std::unordered_set<std::string> m_documents;
    std::vector<qint64> m_customerIds;
    std::vector<char> m_customerIsCompany;
    std::vector<qint64> m_firstContactOf; // by customer index; 0 = none
    std::vector<qint64> m_propertyIds;
    std::vector<qint64> m_propertyOwner;
    std::vector<qint64> m_activeContractTenants;
    std::vector<qint64> m_activeContractProperty;
};

Status Run::failed(const char* what) const {
    return Error::make(Error::Code::Storage,
                       DemoDataGenerator::tr("Could not write the demo data. Check the free space and try again."),
                       QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromUtf8(sqlite3_errmsg(m_h))));
}

Status Run::loadConfiguration() {
    sqlite3_stmt* s = nullptr;
    auto each = [&](const char* sql, auto&& row) {
        if (sqlite3_prepare_v2(m_h, sql, -1, &s, nullptr) != SQLITE_OK)
            return false;
        while (sqlite3_step(s) == SQLITE_ROW)
            row(s);
        sqlite3_finalize(s);
        return true;
    };
    const bool ok =
        each("SELECT id, code, is_closed FROM workflow_statuses ORDER BY sort_order, id",
             [&](sqlite3_stmt* r) {
                 m_statuses.push_back({sqlite3_column_int64(r, 0),
                                       reinterpret_cast<const char*>(sqlite3_column_text(r, 1)),
                                       sqlite3_column_int(r, 2) != 0});
             }) &&
        each("SELECT id, coalesce(parent_id, 0), coalesce(default_sector_id, 0) FROM subjects WHERE active = 1",
             [&](sqlite3_stmt* r) {
                 const qint64 id = sqlite3_column_int64(r, 0);
                 m_subjects[id] = {id, sqlite3_column_int64(r, 1), sqlite3_column_int64(r, 2)};
             }) &&
        each("SELECT id FROM sectors WHERE active = 1 ORDER BY id",
             [&](sqlite3_stmt* r) { m_sectors.push_back(sqlite3_column_int64(r, 0)); }) &&
        each("SELECT name, id FROM access_profiles", [&](sqlite3_stmt* r) {
            m_profiles[reinterpret_cast<const char*>(sqlite3_column_text(r, 0))] = sqlite3_column_int64(r, 1);
        });
    if (!ok)
        return failed("configuration");
    if (m_statuses.empty() || m_subjects.empty() || m_sectors.empty() || m_profiles.empty()) {
        return Error::make(Error::Code::InvalidInput,
                           DemoDataGenerator::tr("The database has no workflow, subjects, sectors or access profiles "
                                                 "to build demo data on. Create it with \"atendectl init\"."));
    }
    return {};
}

std::string Run::personName(std::string& key, std::string& first, std::string& last) {
    const char* given = chance(0.5) ? pick(DemoVocabulary::femaleNames()) : pick(DemoVocabulary::maleNames());
    const char* middle = pick(DemoVocabulary::surnames());
    const char* family = pick(DemoVocabulary::surnames());
    // "Conceição Conceição" is nobody's name: the family name differs from the middle one.
    while (std::strcmp(family, middle) == 0)
        family = pick(DemoVocabulary::surnames());
    first = folded(given);
    last = folded(family);
    std::string name = std::string(given) + ' ' + middle + ' ' + family;
    key = first + ' ' + folded(middle) + ' ' + last;
    return name;
}

std::string Run::phone(int areaCode, std::string& digits) {
    const bool mobile = chance(0.7);
    const qint64 number = mobile ? uniform(90000000, 99999999) : uniform(30000000, 39999999);
    const std::string n = std::to_string(number);
    std::string first = n.substr(0, 4), rest = n.substr(4);
    if (mobile)
        first = '9' + first;
    digits = std::to_string(areaCode) + first + rest;
    return '(' + std::to_string(areaCode) + ") " + first + '-' + rest;
}

std::string Run::cpf() {
    for (;;) {
        char base[10];
        std::snprintf(base, sizeof base, "%09lld", static_cast<long long>(uniform(1000000, 999999998)));
        const std::string doc = DocumentNumber::cpfWithCheckDigits(QString::fromLatin1(base)).toStdString();
        if (DocumentNumber::parse(QString::fromStdString(doc)).isValid() && m_documents.insert(doc).second)
            return doc;
    }
}

std::string Run::cnpj(bool alphanumeric) {
    static constexpr char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    for (;;) {
        std::string root(8, '0');
        bool hasLetter = false;
        for (char& c : root) {
            c = alphanumeric ? alphabet[uniform(0, 35)] : alphabet[uniform(0, 9)];
            hasLetter = hasLetter || c > '9';
        }
        if (alphanumeric && !hasLetter)
            root[size_t(uniform(0, 7))] = alphabet[uniform(10, 35)];
        const std::string branch = chance(0.9) ? "0001" : "0002";
        const std::string doc =
            DocumentNumber::cnpjWithCheckDigits(QString::fromLatin1((root + branch).c_str())).toStdString();
        if (DocumentNumber::parse(QString::fromStdString(doc)).isValid() && m_documents.insert(doc).second)
            return doc;
    }
}

std::string Run::protocol(qint64 atMs) {
    int y = 0, m = 0, d = 0;
    civilFromDays(atMs / DayMs, y, m, d);
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%04d%02d%02d-01-%06lld", y, m, d,
                  static_cast<long long>(++m_protocolSequence));
    return buffer;
}

Status Run::directory() {
    Statement entry(m_h, "INSERT INTO directory_entries(kind, name, email, phone, notes) VALUES (?, ?, ?, ?, ?)");
    if (!entry.ok())
        return failed("prepare directory");
    auto add = [&](const char* kind, const std::string& name, const std::string& email, const char* notes) {
        std::string digits;
        const std::string tel = phone(pick(DemoVocabulary::cities()).areaCode, digits);
        return entry.text(1, kind).text(2, name).text(3, email).text(4, tel).text(5, notes).insert();
    };
    std::string key, first, last;
    const std::string pf = personName(key, first, last);
    const std::string pj = personName(key, first, last);
    const std::string reception = personName(key, first, last);
    if (!add("finance_pf", pf, "financeiro.pf@atende-demo.com.br", "Transferir clientes pessoa física em débito") ||
        !add("finance_pj", pj, "financeiro.pj@atende-demo.com.br", "Transferir clientes pessoa jurídica em débito") ||
        !add("receptionist", reception, "recepcao@atende-demo.com.br", "Encaminha protocolos a quem não tem SAC"))
        return failed("directory");
    for (int i = 0; i < 6; ++i) {
        const std::string company = std::string("Técnica ") + pick(DemoVocabulary::companyWords()) + " Informática";
        const std::string email = "suporte@" + withoutSpaces(folded(company.c_str())) + ".com.br";
        const qint64 id = add("partner", company, email, "Técnico parceiro: hardware e rede");
        if (!id)
            return failed("partner");
        m_partners.push_back(id);
    }
    return {};
}

Status Run::users() {
    Statement user(m_h, "INSERT INTO users(login, name, email, sector_id, profile_id, created_at) "
                        "VALUES (?, ?, ?, ?, ?, ?)");
    if (!user.ok())
        return failed("prepare users");
    std::unordered_set<std::string> logins;
    auto profile = [&](const char* name) {
        const auto it = m_profiles.find(name);
        return it != m_profiles.end() ? it->second : m_profiles.begin()->second;
    };
    auto add = [&](qint64 sector, qint64 profileId) -> qint64 {
        std::string key, first, last;
        const std::string name = personName(key, first, last);
        std::string login = first + '.' + last;
        for (int n = 2; !logins.insert(login).second; ++n)
            login = first + '.' + last + std::to_string(n);
        const std::string email = login + "@atende-demo.com.br";
        const qint64 id = user.text(1, login)
                              .text(2, name)
                              .text(3, email)
                              .integer(4, sector)
                              .integer(5, profileId)
                              .integer(6, m_now - 400 * DayMs)
                              .insert();
        if (id)
            ++summary.users;
        return id;
    };
    for (const qint64 sector : m_sectors) {
        for (int i = 0; i < 3; ++i) {
            const qint64 id = add(sector, profile("Agente"));
            if (!id)
                return failed("agent");
            m_agentsBySector[sector].push_back(id);
            m_agents.push_back(id);
        }
    }
    if (!add(m_sectors.front(), profile("Líder")) || !add(m_sectors.front(), profile("Administrador")))
        return failed("leader");
    for (int i = 0; i < 2; ++i) {
        const qint64 id = add(m_sectors.back(), profile("Captador"));
        if (!id)
            return failed("captador");
        m_captadores.push_back(id);
    }
    return demoAccounts();
}

Status Run::demoAccounts() {
    if (m_options.accountPassword.isEmpty())
        return {};
    // One Argon2id hash serves the four accounts: the password is the same and printed anyway; hashing it once
    // keeps a demo run from spending a second on purpose-made slowness.
    const auto hash = PasswordHasher().hash(m_options.accountPassword);
    if (!hash)
        return hash.error();
    // An existing login is left alone: a demo run on a database in use must never reset someone's password.
    Statement account(m_h, "INSERT INTO users(login, name, email, sector_id, profile_id, password_hash, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(login) DO NOTHING");
    if (!account.ok())
        return failed("prepare demo accounts");
    const std::string hashText = hash->toStdString();
    for (const DemoAccount& demo : DemoAccount::all()) {
        const auto it = m_profiles.find(demo.profile);
        if (it == m_profiles.end())
            continue;
        const qint64 sector = std::string(demo.profile) == "Captador" ? m_sectors.back() : m_sectors.front();
        const qint64 id = account.text(1, demo.login)
                              .text(2, demo.name)
                              .text(3, std::string(demo.login) + "@atende-demo.com.br")
                              .integer(4, sector)
                              .integer(5, it->second)
                              .text(6, hashText)
                              .integer(7, m_now - 400 * DayMs)
                              .insert();
        if (id && sqlite3_changes(m_h) > 0) {
            ++summary.users;
            summary.accounts.push_back(QString::fromLatin1(demo.login));
            if (std::string(demo.profile) == "Agente") {
                m_agentsBySector[sector].push_back(id);
                m_agents.push_back(id);
            } else if (std::string(demo.profile) == "Captador")
                m_captadores.push_back(id);
        }
    }
    return {};
}

Status Run::customers(const DemoDataGenerator::Progress& progress) {
    Statement customer(m_h, "INSERT INTO customers(kind, document, code, name, name_key, plan, partner_id, "
                            "observation, in_debt, debt_note, license_days_overdue, has_portal_access, address, city, "
                            "state, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    Statement channel(m_h, "INSERT INTO customer_channels(customer_id, kind, value, value_key) VALUES (?,?,?,?)");
    Statement contact(m_h, "INSERT INTO contacts(customer_id, name, role, phone, email) VALUES (?,?,?,?,?)");
    Statement fts(m_h, "INSERT INTO customer_search(rowid, title, body) VALUES (?, ?, ?)");
    if (!customer.ok() || !channel.ok() || !contact.ok() || !fts.ok())
        return failed("prepare customers");

    static constexpr std::array emailDomains{"gmail.com",    "hotmail.com",  "uol.com.br", "outlook.com",
                                             "yahoo.com.br", "terra.com.br", "bol.com.br"};
    m_customerIds.reserve(size_t(m_options.customers));
    for (qint64 i = 0; i < m_options.customers; ++i) {
        const bool company = chance(0.3);
        const auto& city = pick(DemoVocabulary::cities());
        std::string name, key, first, last, document, email;
        if (company) {
            const char* kind = pick(DemoVocabulary::companyKinds());
            const char* word = pick(DemoVocabulary::companyWords());
            const char* owner = pick(DemoVocabulary::surnames());
            const char* suffix = pick(DemoVocabulary::companySuffixes());
            name = std::string(kind) + ' ' + word + ' ' + owner + ' ' + suffix;
            key = TextFolding::fold(QString::fromStdString(name)).toStdString();
            document = cnpj(chance(0.3));
            email = "contato@" + withoutSpaces(folded(word)) + withoutSpaces(folded(owner)) + ".com.br";
        } else {
            name = personName(key, first, last);
            document = cpf();
            email = first + '.' + last + std::to_string(uniform(1, 999)) + '@' + pick(emailDomains);
        }
        char code[32];
        std::snprintf(code, sizeof code, "C%06lld", static_cast<long long>(i + 1));
        const std::string address = std::string(pick(DemoVocabulary::streets())) + ", " +
                                    std::to_string(uniform(10, 3999)) + " - " + pick(DemoVocabulary::neighbourhoods());
        const bool inDebt = chance(0.08);
        const qint64 overdue = inDebt ? uniform(1, 20) : 0;
        const qint64 created = m_now - uniform(30, 1500) * DayMs;
        customer.text(1, company ? "PJ" : "PF")
            .text(2, document)
            .text(3, code)
            .text(4, name)
            .text(5, key)
            .text(6, pick(DemoVocabulary::plans()))
            .optional(7, chance(0.2) ? pick(m_partners) : 0)
            .text(8, chance(0.25) ? pick(DemoVocabulary::accessNotes()) : "")
            .integer(9, inDebt ? 1 : 0)
            .text(10, inDebt ? "Mensalidade da licença em aberto" : "")
            .integer(11, overdue)
            .integer(12, chance(0.7) ? 1 : 0)
            .text(13, address)
            .text(14, city.name)
            .text(15, city.state)
            .integer(16, created)
            .integer(17, created + uniform(0, 20) * DayMs);
        const qint64 id = customer.insert();
        if (!id)
            return failed("customer");
        m_customerIds.push_back(id);
        m_customerIsCompany.push_back(company ? 1 : 0);
        ++summary.customers;

        std::string digits;
        std::string tel = phone(city.areaCode, digits);
        if (!channel.integer(1, id).text(2, "phone").text(3, tel).text(4, digits).insert() ||
            !channel.integer(1, id).text(2, "email").text(3, email).text(4, email).insert())
            return failed("channel");
        if (chance(0.3)) {
            tel = phone(city.areaCode, digits);
            if (!channel.integer(1, id).text(2, "phone").text(3, tel).text(4, digits).insert())
                return failed("channel");
        }
        qint64 firstContact = 0;
        const qint64 contacts = company ? uniform(1, 3) : (chance(0.1) ? 1 : 0);
        for (qint64 c = 0; c < contacts; ++c) {
            std::string ckey, cfirst, clast;
            const std::string cname = personName(ckey, cfirst, clast);
            tel = phone(city.areaCode, digits);
            const std::string cemail = cfirst + '.' + clast + '@' + pick(emailDomains);
            const qint64 cid = contact.integer(1, id)
                                   .text(2, cname)
                                   .text(3, pick(DemoVocabulary::roles()))
                                   .text(4, tel)
                                   .text(5, cemail)
                                   .insert();
            if (!cid)
                return failed("contact");
            firstContact = firstContact ? firstContact : cid;
            ++summary.contacts;
        }
        m_firstContactOf.push_back(firstContact);
        const std::string body = std::string(code) + ' ' + document + ' ' + email;
        if (!fts.integer(1, id).text(2, name).text(3, body).insert())
            return failed("customer search row");
        if (progress && (i + 1) % CustomersPerBatch == 0 && !progress(0, m_options.tickets))
            return cancelled();
    }
    return {};
}

Status Run::properties() {
    Statement property(m_h, "INSERT INTO properties(code, address, city, state, status, owner_id, "
                            "monthly_rent_cents) VALUES (?,?,?,?,?,?,?)");
    Statement contract(m_h, "INSERT INTO rental_contracts(property_id, tenant_id, owner_id, active, started_on, "
                            "ended_on) VALUES (?,?,?,?,?,?)");
    if (!property.ok() || !contract.ok())
        return failed("prepare properties");
    const qint64 count = std::max<qint64>(m_options.customers / 4, m_customerIds.empty() ? 0 : 1);
    for (qint64 i = 0; i < count; ++i) {
        const auto& city = pick(DemoVocabulary::cities());
        char code[32];
        std::snprintf(code, sizeof code, "IM%06lld", static_cast<long long>(i + 1));
        const std::string address = std::string(pick(DemoVocabulary::streets())) + ", " +
                                    std::to_string(uniform(10, 3999)) + ", apto " + std::to_string(uniform(11, 184)) +
                                    " - " + pick(DemoVocabulary::neighbourhoods());
        const qint64 owner = pick(m_customerIds);
        const bool rented = chance(0.55);
        const char* status = rented ? "rented" : (chance(0.85) ? "available" : "inactive");
        const qint64 id = property.text(1, code)
                              .text(2, address)
                              .text(3, city.name)
                              .text(4, city.state)
                              .text(5, status)
                              .integer(6, owner)
                              .integer(7, uniform(800, 9000) * 100)
                              .insert();
        if (!id)
            return failed("property");
        m_propertyIds.push_back(id);
        m_propertyOwner.push_back(owner);
        ++summary.properties;
        if (rented || chance(0.2)) {
            qint64 tenant = pick(m_customerIds);
            if (tenant == owner)
                tenant = m_customerIds[size_t(
                    (std::find(m_customerIds.begin(), m_customerIds.end(), owner) - m_customerIds.begin() + 1) %
                    qint64(m_customerIds.size()))];
            int y = 0, m = 0, d = 0;
            civilFromDays((m_now - uniform(30, 1000) * DayMs) / DayMs, y, m, d);
            char started[48];
            std::snprintf(started, sizeof started, "%04d-%02d-%02d", y, m, d);
            std::string ended;
            if (!rented) {
                civilFromDays((m_now - uniform(1, 29) * DayMs) / DayMs, y, m, d);
                char buffer[48];
                std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", y, m, d);
                ended = buffer;
            }
            contract.integer(1, id).integer(2, tenant).integer(3, owner).integer(4, rented ? 1 : 0).text(5, started);
            if (ended.empty())
                contract.null(6);
            else
                contract.text(6, ended);
            if (!contract.insert())
                return failed("contract");
            ++summary.rentalContracts;
            if (rented) {
                m_activeContractTenants.push_back(tenant);
                m_activeContractProperty.push_back(id);
            }
        }
    }
    return {};
}

Status Run::tickets(const DemoDataGenerator::Progress& progress) {
    Statement ticket(
        m_h, "INSERT INTO tickets(protocol, customer_id, contact_id, sector_id, subject_id, sub_subject_id, "
             "attendance_type_id, kind, urgency, impact, priority, status_id, responsible_id, opened_by, opened_at, "
             "updated_at, next_action_at, deadline_at, first_response_at, resolved_at, closed_at, portal_visible, "
             "service_order_id, title, description, solution) "
             "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    Statement interaction(m_h, "INSERT INTO interactions(ticket_id, author_id, at, kind, channel, text, "
                               "visible_to_customer, emailed_to_customer) VALUES (?,?,?,?,?,?,?,?)");
    Statement contactRecord(m_h, "INSERT INTO contact_records(protocol, channel, customer_id, contact_id, agent_id, "
                                 "ticket_id, started_at, ended_at, summary) VALUES (?,?,?,?,?,?,?,?,?)");
    Statement serviceOrder(m_h, "INSERT INTO service_orders(number, status, released_in_version, description, "
                                "created_at) VALUES (?,?,?,?,?)");
    Statement rental(m_h, "INSERT INTO rental_processes(customer_id, property_id, status, created_at, ticket_id) "
                          "VALUES (?,?,?,?,?)");
    Statement capture(m_h, "INSERT INTO capture_processes(owner_id, property_data, captador_id, status, created_at, "
                           "ticket_id) VALUES (?,?,?,?,?,?)");
    Statement fts(m_h, "INSERT INTO ticket_search(rowid, title, body) VALUES (?, ?, ?)");
    if (!ticket.ok() || !interaction.ok() || !contactRecord.ok() || !serviceOrder.ok() || !rental.ok() ||
        !capture.ok() || !fts.ok())
        return failed("prepare tickets");
    if (m_customerIds.empty() && m_options.tickets > 0) {
        return Error::make(Error::Code::InvalidInput,
                           DemoDataGenerator::tr("Tickets need customers: ask for at least one customer."));
    }

    // Topics whose subject exists in this database's configuration, with the attendance type that fits them.
    struct Topic {
        const DemoVocabulary::TicketTopic* topic;
        qint64 subjectId, subSubjectId, sectorId, attendanceType;
        const char* kind;
    };
    std::vector<Topic> topics;
    for (const auto& t : DemoVocabulary::ticketTopics()) {
        const auto it = m_subjects.find(t.subSubjectId);
        if (it == m_subjects.end())
            continue;
        const SubjectInfo& s = it->second;
        const qint64 subject = s.parentId ? s.parentId : s.id;
        const qint64 sub = s.parentId ? s.id : 0;
        static const std::map<int, std::pair<qint64, const char*>> typeBySub{
            {5, {8, "incident"}},  {10, {6, "question"}}, {11, {6, "question"}}, {12, {6, "question"}},
            {13, {7, "incident"}}, {14, {7, "incident"}}, {15, {7, "problem"}},  {16, {8, "request"}},
            {17, {8, "request"}},  {18, {8, "request"}},  {19, {6, "question"}}, {20, {8, "request"}},
            {21, {1, "question"}}, {22, {2, "request"}},  {23, {3, "request"}},  {24, {4, "incident"}},
            {25, {5, "request"}},  {26, {4, "incident"}}, {27, {4, "incident"}}, {28, {4, "incident"}},
            {29, {4, "incident"}}};
        const auto type = typeBySub.find(t.subSubjectId);
        topics.push_back({&t, subject, sub, s.sectorId ? s.sectorId : m_sectors.front(),
                          type != typeBySub.end() ? type->second.first : 0,
                          type != typeBySub.end() ? type->second.second : "request"});
    }
    if (topics.empty())
        return Error::make(Error::Code::InvalidInput, DemoDataGenerator::tr("The database has no subjects to use."));

    // How often each status appears: most tickets of a two-year history are closed.
    static constexpr std::array<std::pair<const char*, int>, 8> statusWeights{{{"new", 5},
                                                                               {"pending", 8},
                                                                               {"in_progress", 10},
                                                                               {"awaiting_feedback", 7},
                                                                               {"supervisor_analysis", 3},
                                                                               {"resolved", 12},
                                                                               {"closed", 50},
                                                                               {"cancelled", 5}}};
    std::vector<const StatusInfo*> statusPool;
    for (const auto& [code, weight] : statusWeights) {
        for (const StatusInfo& s : m_statuses) {
            if (s.code == code)
                statusPool.insert(statusPool.end(), size_t(weight), &s);
        }
    }
    for (const StatusInfo& s : m_statuses) { // statuses an administrator added still appear
        if (std::none_of(statusPool.begin(), statusPool.end(), [&](const StatusInfo* p) { return p == &s; }))
            statusPool.push_back(&s);
    }

    static constexpr std::array channels{"phone", "phone", "phone", "email", "chatbot", "portal"};
    std::string description, body, title, solution, replyText;
    qint64 serviceOrders = 0;
    for (qint64 i = 0; i < m_options.tickets; ++i) {
        if (i > 0 && i % TicketsPerBatch == 0 && progress && !progress(i, m_options.tickets))
            return cancelled();
        const Topic& topic = pick(topics);
        const StatusInfo& status = *pick(statusPool);
        const size_t customerIndex = size_t(uniform(0, qint64(m_customerIds.size()) - 1));
        const qint64 customerId = m_customerIds[customerIndex];
        const qint64 contactId =
            m_customerIsCompany[customerIndex] && chance(0.6) ? m_firstContactOf[customerIndex] : 0;
        // A few tickets were forwarded to another sector than the subject's default one.
        const qint64 sectorId = chance(0.05) ? pick(m_sectors) : topic.sectorId;
        const auto agentsIt = m_agentsBySector.find(sectorId);
        const qint64 responsible = status.code == "new" && chance(0.5)  ? 0
                                   : agentsIt != m_agentsBySector.end() ? pick(agentsIt->second)
                                                                        : pick(m_agents);
        const qint64 openedBy = pick(m_agents);
        const qint64 age = uniform(0, 730 * DayMs);
        const qint64 opened = m_now - age;
        const qint64 urgency = uniform(1, 3), impact = uniform(1, 3);
        const qint64 priority = urgency + impact - 1;
        static constexpr std::array<qint64, 6> deadlineHours{0, 4, 8, 24, 48, 72};
        const qint64 deadline = opened + deadlineHours[size_t(priority)] * HourMs;
        // Last change some time after opening (closed ones up to 20 days later), never after now.
        const qint64 updated = opened + uniform(0, std::min(age, status.closed ? 20 * DayMs : 10 * DayMs));
        const qint64 firstResponse =
            status.code == "new" ? 0 : std::min(updated, opened + uniform(5 * MinuteMs, 8 * HourMs));
        const bool resolved = status.code == "resolved" || status.code == "closed";
        const qint64 nextAction = !status.closed && chance(0.35) ? m_now + uniform(-3 * DayMs, 7 * DayMs) : 0;

        qint64 serviceOrderId = 0;
        if (topic.subjectId == 2 && chance(0.25)) {
            char number[32];
            std::snprintf(number, sizeof number, "OS-%06lld", static_cast<long long>(++serviceOrders));
            const bool released = resolved && chance(0.7);
            serviceOrderId = serviceOrder.text(1, number)
                                 .text(2, released ? "released" : "open")
                                 .text(3, released ? "4.12.3" : "")
                                 .text(4, topic.topic->title)
                                 .integer(5, opened + HourMs)
                                 .insert();
            if (!serviceOrderId)
                return failed("service order");
        }

        title = topic.topic->title;
        description = topic.topic->description;
        solution = resolved ? pick(DemoVocabulary::solutions()) : "";
        const std::string protocolNumber = protocol(opened);
        const qint64 id = ticket.text(1, protocolNumber)
                              .integer(2, customerId)
                              .optional(3, contactId)
                              .integer(4, sectorId)
                              .integer(5, topic.subjectId)
                              .optional(6, topic.subSubjectId)
                              .optional(7, topic.attendanceType)
                              .text(8, topic.kind)
                              .integer(9, urgency)
                              .integer(10, impact)
                              .integer(11, priority)
                              .integer(12, status.id)
                              .optional(13, responsible)
                              .integer(14, openedBy)
                              .integer(15, opened)
                              .integer(16, updated)
                              .optional(17, nextAction)
                              .integer(18, deadline)
                              .optional(19, firstResponse)
                              .optional(20, resolved ? updated : 0)
                              .optional(21, status.closed ? updated : 0)
                              .integer(22, chance(0.8) ? 1 : 0)
                              .optional(23, serviceOrderId)
                              .text(24, title)
                              .text(25, description)
                              .text(26, solution)
                              .insert();
        if (!id)
            return failed("ticket");
        ++summary.tickets;

        // The call that opened it, with the same protocol; then the conversation that followed.
        const char* channel = pick(channels);
        if (std::string_view(channel) == "phone") {
            if (!contactRecord.text(1, protocolNumber)
                     .text(2, "phone")
                     .integer(3, customerId)
                     .optional(4, contactId)
                     .integer(5, openedBy)
                     .integer(6, id)
                     .integer(7, opened)
                     .integer(8, opened + uniform(2 * MinuteMs, 25 * MinuteMs))
                     .text(9, title)
                     .insert())
                return failed("contact record");
        }
        body = description;
        if (!interaction.integer(1, id)
                 .integer(2, openedBy)
                 .integer(3, opened)
                 .text(4, "record")
                 .text(5, channel)
                 .text(6, description)
                 .integer(7, 1)
                 .integer(8, 0)
                 .insert())
            return failed("interaction");
        ++summary.interactions;
        const qint64 more = uniform(0, 3);
        qint64 at = opened;
        for (qint64 k = 0; k < more && at < updated; ++k) {
            at = std::min(updated, at + uniform(10 * MinuteMs, 2 * DayMs));
            const bool fromCustomer = chance(0.35);
            replyText = fromCustomer ? pick(DemoVocabulary::customerMessages()) : pick(DemoVocabulary::agentReplies());
            const bool visible = fromCustomer || chance(0.6);
            if (!interaction.integer(1, id)
                     .optional(2, fromCustomer ? 0 : (responsible ? responsible : openedBy))
                     .integer(3, at)
                     .text(4, fromCustomer ? "record" : (chance(0.3) ? "canned" : "manual"))
                     .text(5, fromCustomer ? "portal" : pick(channels))
                     .text(6, replyText)
                     .integer(7, visible ? 1 : 0)
                     .integer(8, visible && !fromCustomer && chance(0.5) ? 1 : 0)
                     .insert())
                return failed("interaction");
            ++summary.interactions;
            body += '\n';
            body += replyText;
        }
        if (!solution.empty()) {
            body += '\n';
            body += solution;
        }
        title = protocolNumber + ' ' + title;
        if (!fts.integer(1, id).text(2, title).text(3, body).insert())
            return failed("ticket search row");

        // Real-estate attendance types start their processes (seed 001).
        if (topic.attendanceType == 1 && !m_propertyIds.empty()) {
            const size_t p = size_t(uniform(0, qint64(m_propertyIds.size()) - 1));
            if (!rental.integer(1, customerId)
                     .integer(2, m_propertyIds[p])
                     .text(3, status.closed ? (resolved ? "completed" : "cancelled") : "in_progress")
                     .integer(4, opened)
                     .integer(5, id)
                     .insert())
                return failed("rental process");
        } else if (topic.attendanceType == 2 && !m_captadores.empty()) {
            const auto& city = pick(DemoVocabulary::cities());
            const std::string data = std::string("{\"address\":\"") + pick(DemoVocabulary::streets()) + ", " +
                                     std::to_string(uniform(10, 3999)) + "\",\"city\":\"" + city.name +
                                     "\",\"bedrooms\":" + std::to_string(uniform(1, 4)) + "}";
            if (!capture.integer(1, customerId)
                     .text(2, data)
                     .integer(3, pick(m_captadores))
                     .text(4, status.closed ? (resolved ? "completed" : "cancelled") : "in_progress")
                     .integer(5, opened)
                     .integer(6, id)
                     .insert())
                return failed("capture process");
        }

        // Quick questions answered in a few minutes: a contact with its own protocol and no ticket.
        if (chance(0.1)) {
            const qint64 started = opened + uniform(0, DayMs);
            if (!contactRecord.text(1, protocol(started))
                     .text(2, "phone")
                     .integer(3, customerId)
                     .null(4)
                     .integer(5, openedBy)
                     .null(6)
                     .integer(7, started)
                     .integer(8, started + uniform(MinuteMs, 4 * MinuteMs))
                     .text(9, "Dúvida simples respondida na ligação")
                     .insert())
                return failed("contact record");
        }
    }
    if (progress)
        progress(m_options.tickets, m_options.tickets);
    return {};
}

Status Run::articles() {
    Statement article(m_h, "INSERT INTO knowledge_articles(title, body, tags, updated_at) VALUES (?,?,?,?)");
    Statement fts(m_h, "INSERT INTO article_search(rowid, title, body) VALUES (?, ?, ?)");
    if (!article.ok() || !fts.ok())
        return failed("prepare articles");
    static constexpr std::array<std::array<const char*, 3>, 6> items{{
        {"Como aprovar solicitações de alteração", "Menu Gerenciamento > Solicitações: selecione e clique em Aprovar.",
         "aprovação solicitações"},
        {"Como saber se a carga está indo aos portais",
         "Em Gerenciamento > web > Portais, veja a data do último envio.", "portais carga zap"},
        {"Localizar imóvel inativo", "Na pesquisa de imóveis marque a opção Incluir inativos.", "imóveis pesquisa"},
        {"Gerar boleto da licença", "Financeiro > Licença > Gerar boleto. Nunca prometa enviar o boleto.",
         "financeiro boleto licença"},
        {"Licença bloqueada", "O bloqueio ocorre com 7 dias de atraso; antes disso oriente a usar Liberar mais tarde.",
         "financeiro bloqueio"},
        {"Configurar o robô de XML", "Em Fiscal > Robô XML, informe a pasta e o horário de geração automática.",
         "xml sped robô"},
    }};
    for (const auto& [title, text, tags] : items) {
        const qint64 id = article.text(1, title).text(2, text).text(3, tags).integer(4, m_now - 30 * DayMs).insert();
        if (!id || !fts.integer(1, id).text(2, title).text(3, text).insert())
            return failed("article");
    }
    return {};
}

} // namespace

DemoDataGenerator::DemoDataGenerator(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock) {}

Result<DemoSummary> DemoDataGenerator::generate(const DemoOptions& options, const Progress& progress) {
    if (options.customers < 0 || options.tickets < 0) {
        return Error::make(Error::Code::InvalidInput, tr("The number of customers and tickets cannot be negative."));
    }
    if (m_db.isPostgres()) {
        // The generator writes through SQLite's own API for speed (a million rows in seconds); it has no server
        // path yet, and demo data belongs on a workstation's test file rather than on the team's server anyway.
        return Error::make(Error::Code::InvalidInput,
                           tr("Demo data can only be generated into a database file, not on a PostgreSQL server."),
                           QStringLiteral("demo on server"));
    }
    sqlite3* h = m_db.handle();
    sqlite3_stmt* probe = nullptr;
    qint64 existing = 0;
    if (sqlite3_prepare_v2(h, "SELECT (SELECT count(*) FROM customers) + (SELECT count(*) FROM tickets)", -1, &probe,
                           nullptr) == SQLITE_OK &&
        sqlite3_step(probe) == SQLITE_ROW)
        existing = sqlite3_column_int64(probe, 0);
    sqlite3_finalize(probe);
    if (existing > 0) {
        return Error::make(Error::Code::Conflict,
                           tr("This database already has customers or tickets. Demo data is generated only into a "
                              "new, empty database, so it never mixes with real records."));
    }

    QElapsedTimer timer;
    timer.start();
    // Bulk-load mode for the length of the run, undone at the end whatever happens:
    // - one transaction, so a crash or a cancel leaves the database exactly as it was;
    // - the rollback journal instead of WAL: in an empty database almost every page is new, and SQLite journals
    //   only the pages that existed, so the journal stays tiny and nothing is written twice (WAL would copy
    //   every page into the WAL file and again into the database at the checkpoint);
    // - the secondary indexes of the big tables dropped and rebuilt from their own SQL at the end inside the same
    //   transaction: building an index by sorting is several times faster than a million random inserts;
    // - a 256 MiB page cache;
    // - foreign keys not checked row by row: every reference is made from ids the run has just inserted, and the
    //   tests run PRAGMA foreign_key_check on the result.
    // The journal mode can only change when this is the only connection; otherwise the run stays in WAL.
    (void)m_db.execRaw(
        QStringLiteral("PRAGMA journal_mode = DELETE; PRAGMA cache_size = -262144; PRAGMA foreign_keys = OFF"));
    Run run(m_db, m_clock, options);
    QStringList indexSql;
    Status s = run.loadConfiguration();
    if (s)
        s = m_db.begin();
    if (s) {
        sqlite3_stmt* list = nullptr;
        const char* sql =
            "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN "
            "('tickets', 'interactions', 'customers', 'customer_channels', 'contacts', 'contact_records')";
        QStringList names;
        if (sqlite3_prepare_v2(h, sql, -1, &list, nullptr) == SQLITE_OK) {
            while (sqlite3_step(list) == SQLITE_ROW) {
                names << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(list, 0)));
                indexSql << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(list, 1)));
            }
        }
        sqlite3_finalize(list);
        for (const QString& name : std::as_const(names)) {
            if (s)
                s = m_db.execRaw(QStringLiteral("DROP INDEX \"%1\"").arg(name));
        }
    }
    if (s)
        s = run.directory();
    if (s)
        s = run.users();
    if (s)
        s = run.customers(progress);
    if (s)
        s = run.properties();
    if (s)
        s = run.tickets(progress);
    if (s)
        s = run.articles();
    for (const QString& create : std::as_const(indexSql)) {
        if (s)
            s = m_db.execRaw(create);
    }
    if (s)
        s = m_db.commit();
    if (!s)
        m_db.rollback();
    (void)m_db.execRaw(
        QStringLiteral("PRAGMA cache_size = -2000; PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON"));
    if (!s) {
        log::error("demo data generation failed: {}", s.error().detail.toStdString());
        return s.error();
    }
    run.summary.elapsedMs = timer.elapsed();
    log::info("demo data: {} customers, {} tickets, {} interactions in {} ms", run.summary.customers,
              run.summary.tickets, run.summary.interactions, run.summary.elapsedMs);
    return run.summary;
}

} // namespace atende
