-- search_snippet finds a quoted phrase where it is written, not where its first word first occurs:
-- a common first word ("diplomatic") is often written well before the phrase, its window then marked
-- nothing and the whole text was given to ts_headline (2.5 ms for 1,000 words), for most rows of a
-- phrase search. `pattern` is a regular expression of the phrase's words as written (null for a search
-- without a phrase), tried first; the stems' first place stays the way for words. The window is
-- 600 characters: ts_headline's cost is its text's length, and two fragments of at most 24 words
-- need some 300.
DROP FUNCTION search_snippet(text, text[], regconfig, tsquery, text, text);--> statement-breakpoint
CREATE FUNCTION search_snippet(body text, lexemes text[], pattern text, config regconfig, query tsquery, options text, mark text) RETURNS text LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
DECLARE
  lowered text := lower(body);
  hit integer;
  start integer;
  piece text;
BEGIN
  IF pattern IS NOT NULL THEN hit := nullif(regexp_instr(lowered, pattern), 0); END IF;
  IF hit IS NULL THEN
    -- Where a stem first occurs as written (its last letter may differ: embassy is 'embassi').
    SELECT min(nullif(strpos(lowered, left(lexeme, greatest(length(lexeme) - 1, 3))), 0)) INTO hit
      FROM unnest(lexemes) AS lexeme;
  END IF;
  IF hit IS NOT NULL THEN
    start := greatest(1, hit - 300);
    piece := substr(body, start, 600);
    -- The cut may split a word at either end: those go.
    IF start > 1 THEN piece := regexp_replace(piece, '^\S*\s+', ''); END IF;
    IF start + 600 <= length(body) THEN piece := regexp_replace(piece, '\s+\S*$', ''); END IF;
    piece := ts_headline(config, piece, query, options);
    IF strpos(piece, mark) > 0 THEN RETURN piece; END IF;
  END IF;
  RETURN ts_headline(config, body, query, options);
END
$$;
