#pragma once

#include <span>

namespace atende {

// The words demo data is made of: Brazilian names with their accents, companies, cities with their area codes,
// and what customers call about. Plain UTF-8 arrays so the generator's hot loop never builds a QString.
class DemoVocabulary {
public:
    struct City {
        const char* name;
        const char* state;
        int areaCode;
    };
    // What a ticket of one sub-subject (subjects.id in migration 0002) is about; an id of a top-level subject
    // (one without sub-subjects, like "Hardware e rede") stands for that subject alone.
    struct TicketTopic {
        int subSubjectId;
        const char* title;
        const char* description;
    };

    static std::span<const char* const> femaleNames();
    static std::span<const char* const> maleNames();
    static std::span<const char* const> surnames();
    static std::span<const char* const> companyWords();
    static std::span<const char* const> companyKinds();
    static std::span<const char* const> companySuffixes();
    static std::span<const char* const> streets();
    static std::span<const char* const> neighbourhoods();
    static std::span<const City> cities();
    static std::span<const char* const> plans();
    static std::span<const char* const> roles();
    static std::span<const TicketTopic> ticketTopics();
    static std::span<const char* const> agentReplies();
    static std::span<const char* const> customerMessages();
    static std::span<const char* const> solutions();
    static std::span<const char* const> accessNotes();
};

} // namespace atende
