-- Search that folds what people type and what was written to one form, and finds phrases exactly.
-- search_fold: Unicode compatibility forms (full-width digits), every dash and the minus sign as a
-- space (so 25-30, 25–30 and 25 30 read alike), curly quotes and apostrophes straight. The two
-- configurations also drop diacritics (unaccent: Türkiye = Turkiye): search_english stems words and
-- drops stop words, for matching and ranking; search_exact keeps every word as written, for phrases.
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION search_english (COPY = english);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION search_english ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION search_exact (COPY = simple);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION search_exact ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;--> statement-breakpoint
CREATE FUNCTION search_fold(value text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT translate(normalize(value, NFKC), '-‐‑‒–—―−‘’‚‛“”„‟«»', '        ''''''''""""""')
$$;--> statement-breakpoint
ALTER TABLE "articles" drop column "search_vector";--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('search_english'::regconfig, search_fold(coalesce("title", ''))), 'A') || setweight(to_tsvector('search_english'::regconfig, search_fold("text")), 'B')) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "claims" drop column "search_vector";--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('search_english'::regconfig, search_fold("statement")), 'A') || setweight(to_tsvector('search_english'::regconfig, search_fold("quote")), 'B')) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "assessments" drop column "search_vector";--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('search_english'::regconfig, search_fold("title")), 'A') || setweight(to_tsvector('search_english'::regconfig, search_fold("content_text")), 'B')) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "exact_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('search_exact'::regconfig, search_fold(coalesce("title", ''))), 'A') || setweight(to_tsvector('search_exact'::regconfig, search_fold("text")), 'B')) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "exact_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('search_exact'::regconfig, search_fold("statement")), 'A') || setweight(to_tsvector('search_exact'::regconfig, search_fold("quote")), 'B')) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "exact_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('search_exact'::regconfig, search_fold("title")), 'A') || setweight(to_tsvector('search_exact'::regconfig, search_fold("content_text")), 'B')) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "articles_exact_vector_idx" ON "articles" USING gin ("exact_vector");--> statement-breakpoint
CREATE INDEX "claims_exact_vector_idx" ON "claims" USING gin ("exact_vector");--> statement-breakpoint
CREATE INDEX "assessments_exact_vector_idx" ON "assessments" USING gin ("exact_vector");--> statement-breakpoint
CREATE INDEX "articles_search_vector_idx" ON "articles" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "claims_search_vector_idx" ON "claims" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "assessments_search_vector_idx" ON "assessments" USING gin ("search_vector");
