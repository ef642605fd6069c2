-- Core knowledge base: documents, entities and the facts that cite them.
CREATE TABLE IF NOT EXISTS sources (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    adapter TEXT,
    base_url TEXT,
    timezone TEXT DEFAULT 'Asia/Ho_Chi_Minh'
);

CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    source_id INTEGER REFERENCES sources(id),
    url TEXT,
    canonical_url TEXT,
    path TEXT,
    name TEXT,
    title TEXT,
    published TEXT,
    fetched_at TEXT,
    content_hash TEXT NOT NULL,
    text TEXT NOT NULL,
    province TEXT,
    extractor_version TEXT,
    duplicate_of INTEGER REFERENCES documents(id) ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS idx_documents_published ON documents(published);
CREATE INDEX IF NOT EXISTS idx_documents_source ON documents(source_id, published);
CREATE INDEX IF NOT EXISTS idx_documents_hash ON documents(content_hash);

CREATE TABLE IF NOT EXISTS entities (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    key TEXT NOT NULL,
    province TEXT
);
CREATE INDEX IF NOT EXISTS idx_entities_key ON entities(type, key);
CREATE INDEX IF NOT EXISTS idx_entities_name ON entities(name);

CREATE TABLE IF NOT EXISTS aliases (
    id INTEGER PRIMARY KEY,
    entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    key TEXT NOT NULL,
    score REAL,
    reason TEXT,
    UNIQUE (entity_id, alias)
);
CREATE INDEX IF NOT EXISTS idx_aliases_key ON aliases(key);

CREATE TABLE IF NOT EXISTS mentions (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL REFERENCES entities(id),
    kind TEXT NOT NULL,
    sentence INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    surface TEXT NOT NULL,
    extractor TEXT,
    version TEXT,
    confidence REAL
);
CREATE INDEX IF NOT EXISTS idx_mentions_entity ON mentions(entity_id, document_id);
CREATE INDEX IF NOT EXISTS idx_mentions_document ON mentions(document_id);

CREATE TABLE IF NOT EXISTS roles (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES entities(id),
    title TEXT NOT NULL,
    organization_id TEXT REFERENCES entities(id),
    organization TEXT,
    date TEXT,
    former INTEGER NOT NULL DEFAULT 0,
    honorifics TEXT,
    sentence INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    extractor TEXT,
    version TEXT,
    confidence REAL
);
CREATE INDEX IF NOT EXISTS idx_roles_person ON roles(person_id, date);
CREATE INDEX IF NOT EXISTS idx_roles_org ON roles(organization_id, date);
CREATE INDEX IF NOT EXISTS idx_roles_document ON roles(document_id);

CREATE TABLE IF NOT EXISTS cooperations (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    from_id TEXT REFERENCES entities(id),
    to_id TEXT REFERENCES entities(id),
    from_name TEXT NOT NULL,
    to_name TEXT NOT NULL,
    kind TEXT NOT NULL,
    date TEXT,
    text TEXT,
    sentence INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    extractor TEXT,
    version TEXT,
    confidence REAL
);
CREATE INDEX IF NOT EXISTS idx_coop_from ON cooperations(from_id, date);
CREATE INDEX IF NOT EXISTS idx_coop_to ON cooperations(to_id, date);
CREATE INDEX IF NOT EXISTS idx_coop_document ON cooperations(document_id);

CREATE TABLE IF NOT EXISTS legal_documents (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    number TEXT,
    issued TEXT,
    issuer TEXT,
    issuer_id TEXT REFERENCES entities(id),
    title TEXT,
    text TEXT NOT NULL,
    sentence INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    extractor TEXT,
    version TEXT,
    confidence REAL
);
CREATE INDEX IF NOT EXISTS idx_legal_number ON legal_documents(number);
CREATE INDEX IF NOT EXISTS idx_legal_document ON legal_documents(document_id);

CREATE TABLE IF NOT EXISTS figures (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    value REAL NOT NULL,
    unit TEXT NOT NULL,
    qualifier TEXT,
    text TEXT NOT NULL,
    sentence INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    extractor TEXT,
    version TEXT,
    confidence REAL
);
CREATE INDEX IF NOT EXISTS idx_figures_document ON figures(document_id);

CREATE TABLE IF NOT EXISTS dates (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    date_start TEXT,
    date_end TEXT,
    sentence INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    extractor TEXT,
    version TEXT,
    confidence REAL
);
CREATE INDEX IF NOT EXISTS idx_dates_document ON dates(document_id, sentence);
CREATE INDEX IF NOT EXISTS idx_dates_start ON dates(date_start);

CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY,
    command TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT,
    exit_code INTEGER,
    stats TEXT,
    errors TEXT
);

-- Full-text index over titles and clean text; "bach mai" finds "Bạch Mai".
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(
    title, text, content='documents', content_rowid='id',
    tokenize="unicode61 remove_diacritics 2"
);
CREATE TRIGGER IF NOT EXISTS documents_ai AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER IF NOT EXISTS documents_ad AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER IF NOT EXISTS documents_au AFTER UPDATE OF title, text ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
