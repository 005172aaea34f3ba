-- Phrases found by their adjacent word pairs. search_pairs lists each pair of words that stand next to
-- each other in an exact vector ("was not", "not up", …), and a GIN index on it finds the rows that
-- hold every pair of a phrase: a phrase of common words ("was not up for discussion") is then a few
-- rows to check, where its stemmed words alone ("discuss") are thousands. A vector that lost positions
-- (a tsvector keeps 255 positions of a word and none past 16,383) also lists '*': any phrase may be in it, so
-- it is always checked. The pairs are in the index only; rows do not store them. The GIN indexes on
-- the exact vectors go: no plan used them (the stemmed index finds words, the pairs index phrases).
-- COST: computing the pairs of a row takes milliseconds, so no plan may do it row by row; the index
-- holds them. Building it takes minutes at 100,000 articles (9 minutes on the bench machine), during
-- which articles can not be read.
CREATE FUNCTION search_pairs(vector tsvector) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE COST 100000 AS $$
  WITH word AS (SELECT lexeme, unnest(positions) AS position, cardinality(positions) AS occurrences FROM unnest(vector))
  SELECT coalesce(array_agg(DISTINCT pair), '{}') FROM (
    SELECT a.lexeme || ' ' || b.lexeme AS pair FROM word a JOIN word b ON b.position = a.position + 1
    UNION ALL
    (SELECT '*' FROM word WHERE occurrences >= 255 OR position >= 16383 LIMIT 1)
  ) pairs
$$;--> statement-breakpoint
DROP INDEX "articles_exact_vector_idx";--> statement-breakpoint
DROP INDEX "claims_exact_vector_idx";--> statement-breakpoint
DROP INDEX "assessments_exact_vector_idx";--> statement-breakpoint
CREATE INDEX "articles_exact_pairs_idx" ON "articles" USING gin (search_pairs("exact_vector"));--> statement-breakpoint
CREATE INDEX "claims_exact_pairs_idx" ON "claims" USING gin (search_pairs("exact_vector"));--> statement-breakpoint
CREATE INDEX "assessments_exact_pairs_idx" ON "assessments" USING gin (search_pairs("exact_vector"));

