-- Crawl bookkeeping: what each cached URL was, for which source, and the
-- sitemap/feed date it had when fetched (so an unchanged lastmod costs no request).
ALTER TABLE http_cache ADD COLUMN kind TEXT;
ALTER TABLE http_cache ADD COLUMN source TEXT;
ALTER TABLE http_cache ADD COLUMN final_url TEXT;
ALTER TABLE http_cache ADD COLUMN lastmod TEXT;
ALTER TABLE http_cache ADD COLUMN error TEXT;
CREATE INDEX IF NOT EXISTS idx_http_cache_document ON http_cache(document_id);
CREATE INDEX IF NOT EXISTS idx_document_links_other ON document_links(other_id);
CREATE INDEX IF NOT EXISTS idx_documents_title ON documents(title);
