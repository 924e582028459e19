-- Atende first-cut schema (DOMAIN.md entity table).
-- Conventions: times are INTEGER milliseconds since the epoch, UTC; booleans are INTEGER 0/1;
-- CPF/CNPJ are stored normalised (digits, or upper-case letters and digits for an alphanumeric CNPJ).
-- The migrator runs this file in one transaction together with PRAGMA user_version = 1.

PRAGMA application_id = 1096044100; -- 0x41544E44, "ATND"

-- Key/value settings shared by every workstation of a database (protocol format, company name...).
CREATE TABLE app_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Access -------------------------------------------------------------------------------------------
CREATE TABLE sectors (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE access_profiles (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT ''
);

CREATE TABLE profile_permissions (
    profile_id INTEGER NOT NULL REFERENCES access_profiles(id) ON DELETE CASCADE,
    permission TEXT NOT NULL,
    PRIMARY KEY (profile_id, permission)
) WITHOUT ROWID;

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    login TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '',
    sector_id INTEGER REFERENCES sectors(id),
    profile_id INTEGER NOT NULL REFERENCES access_profiles(id),
    password_hash TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until INTEGER,
    created_at INTEGER NOT NULL
);

-- Directory: the people an agent hands things to (finance PF/PJ, receptionist, partner companies).
CREATE TABLE directory_entries (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('finance_pf', 'finance_pj', 'receptionist', 'partner', 'other')),
    name TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);
CREATE INDEX directory_entries_kind ON directory_entries(kind, name);

-- Customers ----------------------------------------------------------------------------------------
CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('PF', 'PJ')),
    document TEXT NOT NULL UNIQUE,
    code TEXT UNIQUE,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,              -- lower-case, accents removed: prefix search and sorting
    plan TEXT NOT NULL DEFAULT '',
    partner_id INTEGER REFERENCES directory_entries(id),
    observation TEXT NOT NULL DEFAULT '', -- access notes, read before asking anything
    in_debt INTEGER NOT NULL DEFAULT 0 CHECK (in_debt IN (0, 1)),
    debt_note TEXT NOT NULL DEFAULT '',
    license_days_overdue INTEGER NOT NULL DEFAULT 0,
    has_portal_access INTEGER NOT NULL DEFAULT 0 CHECK (has_portal_access IN (0, 1)),
    address TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    anonymized_at INTEGER,
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX customers_name_key ON customers(name_key);

-- E-mails and phones of a customer, several of each; value_key is the normalised form used for lookup.
CREATE TABLE customer_channels (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('email', 'phone')),
    value TEXT NOT NULL,
    value_key TEXT NOT NULL
);
CREATE INDEX customer_channels_lookup ON customer_channels(kind, value_key);
CREATE INDEX customer_channels_customer ON customer_channels(customer_id);

-- People who call on a customer's behalf.
CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT ''
);
CREATE INDEX contacts_customer ON contacts(customer_id);

-- Workflow -----------------------------------------------------------------------------------------
CREATE TABLE workflow_statuses (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    is_closed INTEGER NOT NULL DEFAULT 0 CHECK (is_closed IN (0, 1)),
    pauses_deadline INTEGER NOT NULL DEFAULT 0 CHECK (pauses_deadline IN (0, 1)),
    is_initial INTEGER NOT NULL DEFAULT 0 CHECK (is_initial IN (0, 1)),
    sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE workflow_transitions (
    id INTEGER PRIMARY KEY,
    from_status_id INTEGER NOT NULL REFERENCES workflow_statuses(id) ON DELETE CASCADE,
    to_status_id INTEGER NOT NULL REFERENCES workflow_statuses(id) ON DELETE CASCADE,
    permission TEXT NOT NULL DEFAULT '',
    required_fields TEXT NOT NULL DEFAULT '[]', -- JSON array of ticket field names
    UNIQUE (from_status_id, to_status_id)
);

CREATE TABLE subjects (
    id INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES subjects(id),
    name TEXT NOT NULL,
    default_sector_id INTEGER REFERENCES sectors(id),
    needs_technical_assistance INTEGER NOT NULL DEFAULT 0 CHECK (needs_technical_assistance IN (0, 1)),
    mandatory_fields TEXT NOT NULL DEFAULT '[]', -- JSON array of ticket field names
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    UNIQUE (parent_id, name)
);

-- Attendance types and their forms are data (F-07/F-08): form_definition is a JSON array of fields.
CREATE TABLE attendance_types (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    type_set TEXT NOT NULL DEFAULT 'support',
    form_definition TEXT NOT NULL DEFAULT '[]',
    creates TEXT NOT NULL DEFAULT '' CHECK (creates IN ('', 'rental_process', 'capture_process', 'admin_request')),
    requires_active_contract INTEGER NOT NULL DEFAULT 0 CHECK (requires_active_contract IN (0, 1)),
    sort_order INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

-- Contacts and tickets -----------------------------------------------------------------------------
-- Every contact (call, e-mail...) gets a protocol when it starts, even when no ticket results.
CREATE TABLE contact_records (
    id INTEGER PRIMARY KEY,
    protocol TEXT NOT NULL UNIQUE,
    channel TEXT NOT NULL CHECK (channel IN ('phone', 'email', 'chatbot', 'portal', 'internal')),
    customer_id INTEGER REFERENCES customers(id),
    contact_id INTEGER REFERENCES contacts(id),
    agent_id INTEGER REFERENCES users(id),
    ticket_id INTEGER REFERENCES tickets(id),
    started_at INTEGER NOT NULL,
    ended_at INTEGER,
    summary TEXT NOT NULL DEFAULT ''
);
CREATE INDEX contact_records_customer ON contact_records(customer_id, started_at);

CREATE TABLE service_orders (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'released', 'cancelled')),
    released_in_version TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL
);

CREATE TABLE tickets (
    id INTEGER PRIMARY KEY,
    protocol TEXT NOT NULL UNIQUE,
    customer_id INTEGER REFERENCES customers(id),
    contact_id INTEGER REFERENCES contacts(id),
    sector_id INTEGER REFERENCES sectors(id),
    subject_id INTEGER REFERENCES subjects(id),
    sub_subject_id INTEGER REFERENCES subjects(id),
    attendance_type_id INTEGER REFERENCES attendance_types(id),
    kind TEXT NOT NULL DEFAULT 'request' CHECK (kind IN ('incident', 'problem', 'request', 'question')),
    urgency INTEGER NOT NULL DEFAULT 2 CHECK (urgency BETWEEN 1 AND 3),
    impact INTEGER NOT NULL DEFAULT 2 CHECK (impact BETWEEN 1 AND 3),
    priority INTEGER NOT NULL DEFAULT 3 CHECK (priority BETWEEN 1 AND 5), -- 1 = highest
    status_id INTEGER NOT NULL REFERENCES workflow_statuses(id),
    responsible_id INTEGER REFERENCES users(id),
    opened_by INTEGER REFERENCES users(id),
    opened_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    next_action_at INTEGER,
    deadline_at INTEGER,
    first_response_at INTEGER,
    resolved_at INTEGER,
    closed_at INTEGER,
    portal_visible INTEGER NOT NULL DEFAULT 1 CHECK (portal_visible IN (0, 1)),
    parent_problem_id INTEGER REFERENCES tickets(id),
    service_order_id INTEGER REFERENCES service_orders(id),
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    solution TEXT NOT NULL DEFAULT '',
    form_answers TEXT NOT NULL DEFAULT '{}', -- JSON object, answers of the attendance type's form
    row_version INTEGER NOT NULL DEFAULT 1
);
-- The lookups the screens need: queue by status newest first, a customer's tickets by status,
-- agent queues, reminders, and the sortable columns of the ticket list (keyset pages walk these).
CREATE INDEX tickets_status_updated ON tickets(status_id, updated_at);
CREATE INDEX tickets_customer_status ON tickets(customer_id, status_id);
CREATE INDEX tickets_updated ON tickets(updated_at);
CREATE INDEX tickets_opened ON tickets(opened_at);
CREATE INDEX tickets_priority ON tickets(priority);
CREATE INDEX tickets_responsible_status ON tickets(responsible_id, status_id);
CREATE INDEX tickets_next_action ON tickets(next_action_at) WHERE next_action_at IS NOT NULL;
CREATE INDEX tickets_parent_problem ON tickets(parent_problem_id) WHERE parent_problem_id IS NOT NULL;

CREATE TABLE ticket_links (
    ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    linked_ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (ticket_id, linked_ticket_id),
    CHECK (ticket_id <> linked_ticket_id)
) WITHOUT ROWID;

CREATE TABLE interactions (
    id INTEGER PRIMARY KEY,
    ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    author_id INTEGER REFERENCES users(id),
    at INTEGER NOT NULL,
    kind TEXT NOT NULL DEFAULT 'record' CHECK (kind IN ('canned', 'manual', 'record', 'system')),
    channel TEXT NOT NULL CHECK (channel IN ('phone', 'email', 'chatbot', 'portal', 'internal')),
    text TEXT NOT NULL,
    visible_to_customer INTEGER NOT NULL DEFAULT 0 CHECK (visible_to_customer IN (0, 1)),
    emailed_to_customer INTEGER NOT NULL DEFAULT 0 CHECK (emailed_to_customer IN (0, 1)),
    copy_to TEXT NOT NULL DEFAULT ''
);
CREATE INDEX interactions_ticket ON interactions(ticket_id, at);

CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    interaction_id INTEGER REFERENCES interactions(id) ON DELETE SET NULL,
    file_name TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    data BLOB NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX attachments_ticket ON attachments(ticket_id);

CREATE TABLE canned_replies (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL UNIQUE,
    body TEXT NOT NULL,
    visible_by_default INTEGER NOT NULL DEFAULT 1 CHECK (visible_by_default IN (0, 1))
);

CREATE TABLE tasks (
    id INTEGER PRIMARY KEY,
    ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    assignee_id INTEGER REFERENCES users(id),
    due_at INTEGER,
    done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1))
);
CREATE INDEX tasks_ticket ON tasks(ticket_id);

CREATE TABLE knowledge_articles (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    tags TEXT NOT NULL DEFAULT '',
    updated_at INTEGER NOT NULL
);

-- Real estate (seed 001) ---------------------------------------------------------------------------
CREATE TABLE properties (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    address TEXT NOT NULL,
    city TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'available' CHECK (status IN ('available', 'rented', 'inactive')),
    owner_id INTEGER REFERENCES customers(id),
    monthly_rent_cents INTEGER
);
CREATE INDEX properties_owner ON properties(owner_id);

CREATE TABLE rental_contracts (
    id INTEGER PRIMARY KEY,
    property_id INTEGER NOT NULL REFERENCES properties(id),
    tenant_id INTEGER NOT NULL REFERENCES customers(id),
    owner_id INTEGER REFERENCES customers(id),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    started_on TEXT NOT NULL,
    ended_on TEXT
);
CREATE INDEX rental_contracts_tenant ON rental_contracts(tenant_id, active);
CREATE INDEX rental_contracts_property ON rental_contracts(property_id);

CREATE TABLE rental_processes (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    property_id INTEGER NOT NULL REFERENCES properties(id),
    status TEXT NOT NULL DEFAULT 'in_progress' CHECK (status IN ('in_progress', 'completed', 'cancelled')),
    created_at INTEGER NOT NULL,
    ticket_id INTEGER REFERENCES tickets(id)
);
CREATE INDEX rental_processes_customer ON rental_processes(customer_id, status);

CREATE TABLE capture_processes (
    id INTEGER PRIMARY KEY,
    owner_id INTEGER NOT NULL REFERENCES customers(id),
    property_id INTEGER REFERENCES properties(id),
    property_data TEXT NOT NULL DEFAULT '{}',
    captador_id INTEGER REFERENCES users(id),
    status TEXT NOT NULL DEFAULT 'in_progress' CHECK (status IN ('in_progress', 'completed', 'cancelled')),
    created_at INTEGER NOT NULL,
    ticket_id INTEGER REFERENCES tickets(id)
);
CREATE INDEX capture_processes_owner ON capture_processes(owner_id, status);

-- Audit and outbox ---------------------------------------------------------------------------------
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    user_id INTEGER REFERENCES users(id),
    entity TEXT NOT NULL,
    entity_id INTEGER,
    action TEXT NOT NULL,
    field TEXT NOT NULL DEFAULT '',
    old_value TEXT,
    new_value TEXT
);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id, at);
CREATE INDEX audit_log_at ON audit_log(at);

CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    message_id TEXT NOT NULL UNIQUE,
    to_address TEXT NOT NULL,
    cc_address TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    body_html TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'queued'
        CHECK (state IN ('queued', 'sending', 'sent', 'failed_temporary', 'failed_permanent', 'cancelled')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER,
    last_error TEXT NOT NULL DEFAULT '',
    ticket_id INTEGER REFERENCES tickets(id),
    created_at INTEGER NOT NULL,
    sent_at INTEGER
);
CREATE INDEX outbox_state ON outbox(state, next_attempt_at);

-- Full-text search over tickets (with their interactions), customers and knowledge articles.
-- kind/ref_id point back to the row; remove_diacritics 2 makes "joao" find "João".
CREATE VIRTUAL TABLE search_index USING fts5(
    kind UNINDEXED,
    ref_id UNINDEXED,
    title,
    body,
    tokenize = 'unicode61 remove_diacritics 2'
);
