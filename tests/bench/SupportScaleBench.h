#pragma once

// SupportScaleBench: the support steps of --scale, after the demo orders. The demo support desk
// (DemoData::generateSupport: small 1,000 / large 50,000 tickets through SupportService's history
// import, every step replayed with its SLA clocks), then "SLA status of 50,000 tickets with a
// business calendar": every ticket's SLA state and time left now, in business hours of the shop
// calendar, as the queue shows them; and the agents' queue of open tickets sorted by urgency.

#include "demo/DemoData.h"

#include <QJsonObject>

namespace kontor::bench {

// Adds the support steps to `result`. Returns false when a check fails (the ticket count, or states
// that disagree with a plain read of the same rows).
bool runSupportScale(Database& db, ProductService& products, DemoData::Scale scale, QJsonObject& result);

} // namespace kontor::bench
