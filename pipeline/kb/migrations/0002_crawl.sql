-- Crawl storage: raw pages (compressed) and the HTTP cache for conditional GET.
CREATE TABLE IF NOT EXISTS pages (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    url TEXT NOT NULL,
    final_url TEXT,
    status INTEGER,
    content_type TEXT,
    encoding TEXT,
    etag TEXT,
    last_modified TEXT,
    fetched_at TEXT,
    adapter TEXT,
    raw BLOB
);

CREATE TABLE IF NOT EXISTS http_cache (
    url TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    status INTEGER,
    content_hash TEXT,
    fetched_at TEXT,
    document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL
);

CREATE TABLE IF NOT EXISTS document_links (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    other_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    relation TEXT NOT NULL,
    PRIMARY KEY (document_id, other_id, relation)
);
