-- Kontor schema version 7: the people who use Kontor (support agents are assigned tickets; logins
-- and passwords come with the security work), customer support tickets with their message threads
-- and attachments, SLA policies and the clocks that measure each ticket against them, in-app
-- notifications, canned responses and a small knowledge base.
-- Moments are UTC milliseconds; durations are milliseconds of the policy's clock (business hours of
-- the shop calendar, or calendar time).

CREATE TABLE users (
    local_id   INTEGER PRIMARY KEY,
    id         BLOB NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    role       TEXT NOT NULL CHECK (role IN ('owner', 'manager', 'support', 'warehouse')),
    email      TEXT NOT NULL DEFAULT '',
    active     INTEGER NOT NULL DEFAULT 1,
    hlc        INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
-- The owner of the single-user default (Actor::owner(), id = Id::fromKey("users/owner")).
INSERT INTO users(id, name, role, created_at, updated_at)
    VALUES (X'99C1CFFACBE154CD9D975B94121B1E07', '', 'owner', 0, 0);

-- Which SLA applies to a ticket: the active policy whose criteria (empty: any) all match the
-- ticket, the one with the most criteria first, then by position. Targets are minutes of the
-- policy's clock; NULL: no such target.
CREATE TABLE sla_policies (
    local_id             INTEGER PRIMARY KEY,
    id                   BLOB NOT NULL UNIQUE,
    code                 TEXT NOT NULL DEFAULT '', -- a built-in policy, named in the user's language
    name                 TEXT NOT NULL DEFAULT '',
    position             INTEGER NOT NULL DEFAULT 0,
    priority             TEXT NOT NULL DEFAULT '',
    channel              TEXT NOT NULL DEFAULT '',
    customer_group       TEXT NOT NULL DEFAULT '', -- a customer tag (VIP, B2B, ...)
    first_response_min   INTEGER CHECK (first_response_min > 0),
    next_response_min    INTEGER CHECK (next_response_min > 0),
    resolution_min       INTEGER CHECK (resolution_min > 0),
    business_hours       INTEGER NOT NULL DEFAULT 1, -- 0: calendar time, round the clock
    pause_first_response INTEGER NOT NULL DEFAULT 0, -- waiting also pauses the first-response clock
    warn_share_bp        INTEGER NOT NULL DEFAULT 7500 CHECK (warn_share_bp BETWEEN 1 AND 10000),
    escalate_at          TEXT NOT NULL DEFAULT 'breach' CHECK (escalate_at IN ('never', 'warning', 'breach')),
    escalate_priority    INTEGER NOT NULL DEFAULT 1, -- raise the priority one step
    escalate_to          BLOB REFERENCES users(id),  -- reassign to this user
    active               INTEGER NOT NULL DEFAULT 1,
    hlc                  INTEGER NOT NULL DEFAULT 0,
    updated_at           INTEGER NOT NULL DEFAULT 0
);
INSERT INTO sla_policies(id, code, position, priority, first_response_min, next_response_min,
                         resolution_min, escalate_at, escalate_priority)
VALUES (X'DD06D88F3D9D551DBD13CDA776B44C6F', 'standard', 30, '', 480, 480, 2400, 'breach', 1),
       (X'103B46691C645467986C02490EC42E44', 'high', 20, 'high', 240, 240, 960, 'breach', 1),
       (X'7C9093562E495632844C1F90090140DC', 'urgent', 10, 'urgent', 60, 120, 480, 'warning', 0);

CREATE TABLE tickets (
    local_id        INTEGER PRIMARY KEY,
    id              BLOB NOT NULL UNIQUE,
    number          TEXT NOT NULL UNIQUE,
    subject         TEXT NOT NULL,
    channel         TEXT NOT NULL,
    customer_id     BLOB REFERENCES customers(id),
    contact_name    TEXT NOT NULL DEFAULT '', -- an unknown contact: name and address as they wrote
    contact_address TEXT NOT NULL DEFAULT '',
    order_id        BLOB REFERENCES sales_orders(id),
    return_id       BLOB REFERENCES returns(id),
    product_id      BLOB REFERENCES products(id),
    category        TEXT NOT NULL,
    priority        TEXT NOT NULL CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
    status          TEXT NOT NULL CHECK (status IN ('new', 'open', 'waiting_customer', 'waiting_third_party',
                                                    'resolved', 'closed', 'reopened')),
    assignee_id     BLOB REFERENCES users(id),
    tags            TEXT NOT NULL DEFAULT '',
    policy_id       BLOB REFERENCES sla_policies(id),
    parent_id       BLOB REFERENCES tickets(id), -- the ticket this one follows or was split from
    merged_into     BLOB REFERENCES tickets(id),
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    first_reply_at  INTEGER,
    resolved_at     INTEGER,
    closed_at       INTEGER,
    replies         INTEGER NOT NULL DEFAULT 0, -- replies to the customer
    reopened        INTEGER NOT NULL DEFAULT 0,
    csat            INTEGER CHECK (csat BETWEEN 1 AND 5),
    csat_comment    TEXT NOT NULL DEFAULT '',
    -- The SLA at a glance (from ticket_clocks): the earliest deadline of a running clock, when the
    -- first running clock turns amber, and whether any target was ever breached.
    sla_due_at      INTEGER,
    sla_warn_at     INTEGER,
    sla_breached    INTEGER NOT NULL DEFAULT 0,
    search_text     TEXT NOT NULL DEFAULT '',
    hlc             INTEGER NOT NULL
);
CREATE INDEX tickets_queue ON tickets(status, sla_due_at);
CREATE INDEX tickets_assignee ON tickets(assignee_id, status);
CREATE INDEX tickets_customer ON tickets(customer_id);
CREATE INDEX tickets_order ON tickets(order_id) WHERE order_id IS NOT NULL;
CREATE INDEX tickets_product ON tickets(product_id) WHERE product_id IS NOT NULL;
CREATE INDEX tickets_created ON tickets(created_at);
CREATE INDEX tickets_resolved ON tickets(resolved_at) WHERE resolved_at IS NOT NULL;

CREATE TABLE ticket_messages (
    local_id    INTEGER PRIMARY KEY,
    id          BLOB NOT NULL UNIQUE,
    ticket_id   BLOB NOT NULL REFERENCES tickets(id) DEFERRABLE INITIALLY DEFERRED,
    kind        TEXT NOT NULL CHECK (kind IN ('customer', 'reply', 'note')),
    author_id   BLOB,
    author_name TEXT NOT NULL,
    body        TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    hlc         INTEGER NOT NULL
);
CREATE INDEX ticket_messages_ticket ON ticket_messages(ticket_id, created_at);

CREATE TABLE ticket_attachments (
    local_id   INTEGER PRIMARY KEY,
    id         BLOB NOT NULL UNIQUE,
    message_id BLOB NOT NULL REFERENCES ticket_messages(id),
    file_name  TEXT NOT NULL,
    mime_type  TEXT NOT NULL DEFAULT '',
    size       INTEGER NOT NULL,
    data       BLOB NOT NULL,
    hlc        INTEGER NOT NULL
);
CREATE INDEX ticket_attachments_message ON ticket_attachments(message_id);

-- One SLA target of a ticket: the first response, each next response (cycle 1, 2, ...) and the
-- resolution. The clock counts `elapsed_ms` up to `running_since`; while it runs `due_at` and
-- `warn_at` are the instants it reaches its target and the amber share of it. A breach is recorded
-- once, at the instant it happened, and never taken back.
CREATE TABLE ticket_clocks (
    local_id      INTEGER PRIMARY KEY,
    id            BLOB NOT NULL UNIQUE,
    ticket_id     BLOB NOT NULL REFERENCES tickets(id),
    kind          TEXT NOT NULL CHECK (kind IN ('first_response', 'next_response', 'resolution')),
    cycle         INTEGER NOT NULL DEFAULT 0,
    target_ms     INTEGER NOT NULL,
    business      INTEGER NOT NULL,
    warn_share_bp INTEGER NOT NULL,
    started_at    INTEGER NOT NULL,
    elapsed_ms    INTEGER NOT NULL DEFAULT 0,
    running_since INTEGER,
    due_at        INTEGER,
    warn_at       INTEGER,
    stopped_at    INTEGER,
    warned_at     INTEGER,
    breached_at   INTEGER,
    hlc           INTEGER NOT NULL,
    UNIQUE (ticket_id, kind, cycle)
);
CREATE INDEX ticket_clocks_due ON ticket_clocks(due_at) WHERE due_at IS NOT NULL;
CREATE INDEX ticket_clocks_stopped ON ticket_clocks(stopped_at) WHERE stopped_at IS NOT NULL;
CREATE INDEX ticket_clocks_breached ON ticket_clocks(breached_at) WHERE breached_at IS NOT NULL;
CREATE TRIGGER ticket_clocks_breach_stays BEFORE UPDATE OF breached_at ON ticket_clocks
WHEN old.breached_at IS NOT NULL AND new.breached_at IS NOT old.breached_at
BEGIN
    SELECT RAISE(ABORT, 'an SLA breach is never taken back');
END;

-- (The references to tickets are checked at commit: a command writes the thread and the ticket
-- in one transaction, in either order, and sync may bring them in either order too.)

-- Everything that happened to a ticket other than its messages: status, priority, assignee,
-- merges, splits, SLA warnings, breaches and escalations. Append-only.
CREATE TABLE ticket_events (
    local_id   INTEGER PRIMARY KEY,
    id         BLOB NOT NULL UNIQUE,
    ticket_id  BLOB NOT NULL REFERENCES tickets(id),
    kind       TEXT NOT NULL,
    from_value TEXT NOT NULL DEFAULT '',
    to_value   TEXT NOT NULL DEFAULT '',
    at         INTEGER NOT NULL,
    user_id    BLOB,
    user_name  TEXT NOT NULL,
    note       TEXT NOT NULL DEFAULT '',
    hlc        INTEGER NOT NULL
);
CREATE INDEX ticket_events_ticket ON ticket_events(ticket_id, at);
CREATE TRIGGER ticket_events_no_update BEFORE UPDATE ON ticket_events
BEGIN
    SELECT RAISE(ABORT, 'ticket events are append-only');
END;
CREATE TRIGGER ticket_events_no_delete BEFORE DELETE ON ticket_events
BEGIN
    SELECT RAISE(ABORT, 'ticket events are append-only');
END;

-- In-app notifications (an SLA about to be missed or missed, a ticket assigned): to one user, or
-- to everyone when user_id is NULL.
CREATE TABLE notifications (
    local_id   INTEGER PRIMARY KEY,
    id         BLOB NOT NULL UNIQUE,
    user_id    BLOB REFERENCES users(id),
    kind       TEXT NOT NULL,
    ticket_id  BLOB REFERENCES tickets(id),
    detail     TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    read_at    INTEGER,
    hlc        INTEGER NOT NULL
);
CREATE INDEX notifications_unread ON notifications(user_id, created_at) WHERE read_at IS NULL;

CREATE TABLE canned_responses (
    local_id   INTEGER PRIMARY KEY,
    id         BLOB NOT NULL UNIQUE,
    title      TEXT NOT NULL,
    body       TEXT NOT NULL,
    archived   INTEGER NOT NULL DEFAULT 0,
    hlc        INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE kb_articles (
    local_id   INTEGER PRIMARY KEY,
    id         BLOB NOT NULL UNIQUE,
    title      TEXT NOT NULL,
    body       TEXT NOT NULL,
    tags       TEXT NOT NULL DEFAULT '',
    archived   INTEGER NOT NULL DEFAULT 0,
    hlc        INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
-- Articles found by any part of their title, text or tags.
CREATE VIRTUAL TABLE kb_articles_fts USING fts5(
    title, body, tags, content = 'kb_articles', content_rowid = 'local_id', tokenize = 'trigram');
CREATE TRIGGER kb_articles_fts_insert AFTER INSERT ON kb_articles
BEGIN
    INSERT INTO kb_articles_fts(rowid, title, body, tags) VALUES (new.local_id, new.title, new.body, new.tags);
END;
CREATE TRIGGER kb_articles_fts_update AFTER UPDATE OF title, body, tags ON kb_articles
BEGIN
    INSERT INTO kb_articles_fts(kb_articles_fts, rowid, title, body, tags)
        VALUES ('delete', old.local_id, old.title, old.body, old.tags);
    INSERT INTO kb_articles_fts(rowid, title, body, tags) VALUES (new.local_id, new.title, new.body, new.tags);
END;
CREATE TRIGGER kb_articles_fts_delete AFTER DELETE ON kb_articles
BEGIN
    INSERT INTO kb_articles_fts(kb_articles_fts, rowid, title, body, tags)
        VALUES ('delete', old.local_id, old.title, old.body, old.tags);
END;

-- A customer who writes again within this many days after resolution reopens the ticket; later, or
-- after it is closed, a new ticket linked to it is made. Resolved tickets close after it too.
INSERT INTO shop_settings(key, value) VALUES ('support.reopen_days', '7');
