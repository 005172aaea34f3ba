-- Phrases found by their adjacent word pairs. search_pairs lists each pair of words that stand next to
-- each other in an exact vector ("was not", "not up", …), and a GIN index on it finds the rows that
-- hold every pair of a phrase: a phrase of common words ("was not up for discussion") is then a few
-- rows to check, where its stemmed words alone ("discuss") are thousands, and a phrase of two words
-- is answered by the index alone. The pairs are in the index only; rows do not store them.
-- Long texts: a tsvector keeps 255 positions of a word and none past 16,383, so a long text's pairs
-- may be missing; articles of over 3,000 words are found by a partial index beside it and checked on
-- their text (LONG_TEXT_WORDS in server/services/search/text-search.ts).
-- Articles (never edited) and claims (rarely) have the index; assessments do not: a team has
-- hundreds, and their text is stored every few seconds while people write, each time computing the
-- pairs again. The GIN indexes on the exact vectors go: no plan used them.
-- COST: computing the pairs of a row takes milliseconds, so no plan may do it row by row; the index
-- holds them. Building it takes minutes at 100,000 articles (9 minutes on the bench machine), during
-- which articles can not be read.
-- search_snippet: ts_headline parses the whole text it is given (2.5 ms for 1,000 words), so it is
-- given 1,200 characters around the first place a matched stem is written (a snippet is two
-- fragments of at most 24 words, some 300 characters). When that window marks
-- nothing (the stem was part of another word, or written with an accent, or the match is in the
-- title only), the whole text is used as before.
CREATE FUNCTION search_pairs(vector tsvector) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE COST 100000 AS $$
  WITH word AS (SELECT lexeme, unnest(positions) AS position FROM unnest(vector))
  SELECT coalesce(array_agg(DISTINCT pair), '{}') FROM (
    SELECT a.lexeme || ' ' || b.lexeme AS pair FROM word a JOIN word b ON b.position = a.position + 1
  ) pairs
$$;--> statement-breakpoint
DROP INDEX "articles_exact_vector_idx";--> statement-breakpoint
DROP INDEX "claims_exact_vector_idx";--> statement-breakpoint
DROP INDEX "assessments_exact_vector_idx";--> statement-breakpoint
CREATE INDEX "articles_exact_pairs_idx" ON "articles" USING gin (search_pairs("exact_vector"));--> statement-breakpoint
CREATE INDEX "articles_team_id_long_idx" ON "articles" USING btree ("team_id") WHERE "articles"."word_count" > 3000;--> statement-breakpoint
CREATE INDEX "claims_exact_pairs_idx" ON "claims" USING gin (search_pairs("exact_vector"));--> statement-breakpoint
CREATE FUNCTION search_snippet(body text, lexemes text[], config regconfig, query tsquery, options text, mark text) RETURNS text LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
DECLARE
  lowered text := lower(body);
  hit integer;
  start integer;
  piece text;
BEGIN
  -- Where a stem first occurs as written (its last letter may differ: embassy is 'embassi').
  SELECT min(nullif(strpos(lowered, left(lexeme, greatest(length(lexeme) - 1, 3))), 0)) INTO hit
    FROM unnest(lexemes) AS lexeme;
  IF hit IS NOT NULL THEN
    start := greatest(1, hit - 600);
    piece := substr(body, start, 1200);
    -- The cut may split a word at either end: those go.
    IF start > 1 THEN piece := regexp_replace(piece, '^\S*\s+', ''); END IF;
    IF start + 1200 <= length(body) THEN piece := regexp_replace(piece, '\s+\S*$', ''); END IF;
    piece := ts_headline(config, piece, query, options);
    IF strpos(piece, mark) > 0 THEN RETURN piece; END IF;
  END IF;
  RETURN ts_headline(config, body, query, options);
END
$$;
