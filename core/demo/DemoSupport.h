#pragma once

// DemoSupport: the demo shop's support desk, from a fixed seed: three agents, canned responses, a
// few help articles, and Days of customer tickets about the demo orders (where is my parcel, a
// return, a wrong size, payment, a complaint), written through SupportService::importHistory so
// their SLA clocks, breaches and escalations are what the policies make of them. Most are
// answered within the targets, some late; customers wait, reply, come back after resolution;
// many rate the help. The newest are still open in every state, so the queue has work in it.

#include "common/Result.h"
#include "security/Actor.h"

#include <functional>

namespace kontor {

class Database;
class SupportService;
class UserService;

class DemoSupport
{
public:
    struct Summary
    {
        int agents = 0;
        int tickets = 0; // including follow-ups opened by a message after closing
        int open = 0;
    };

    static constexpr int Days = 180;

    DemoSupport(Database& db, SupportService& support, UserService& users, const Actor& actor);

    // Refused when the demo agents already exist. Tickets are linked to the demo customers and
    // their orders found in the database (run after DemoOrders). `progress(done, tickets)`;
    // returning false stops with ErrorCode::Cancelled, keeping the batches written.
    Result<Summary> run(int tickets, const std::function<bool(int done, int total)>& progress = {});

private:
    Database& m_db;
    SupportService& m_support;
    UserService& m_users;
    Actor m_actor;
};

} // namespace kontor
