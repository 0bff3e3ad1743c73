-- Search that a journalist does not have to spell (see V2 for the base).
--
-- 1. Numbers whatever their separators: "11,000", "11.000" (Italian) and "11000" are one
--    word. search_fold() now joins digit groups split by a thousands separator before it
--    turns punctuation into spaces.
-- 2. English stemming of the English text: every document also holds the English stems of
--    its words, and every query word also matches its stem, so "undermining" finds
--    "undermine", "deploying" finds "deployed" and "deployment", "casualty" "casualties".
-- 3. Compounds closed, spaced or hyphenated alike, in any position of a query: "manpower",
--    "man power" and "man-power" find one another, as do "warzone" and "War Zone",
--    "Malligyong1" and "Malligyong-1".
-- 4. A small published list of domain synonyms (search_synonyms): "soldiers" finds
--    "troops", "ammunition" "munitions", "losses" "casualties", "UAV" "drone".

-- ---------------------------------------------------------------------------------
-- 1. Folding joins thousands separators
-- ---------------------------------------------------------------------------------

do $$
declare
    unac text := (select extnamespace::regnamespace::text from pg_extension where extname = 'unaccent');
begin
    -- As in V2, plus step 0: a digit, a thousands separator (comma, full stop, no-break or
    -- thin space) and exactly three digits lose the separator: 11,000 -> 11000,
    -- 1.000.000 -> 1000000; "5,5" (a decimal comma) and "2024-06" are left alone.
    execute format($f$
        create or replace function search_fold(text) returns text
        language sql immutable strict parallel safe
        as $body$
            select btrim(regexp_replace(
                       translate(lower(%1$I.unaccent(%2$L::regdictionary,
                           regexp_replace($1, '([0-9])[.,\u00a0\u202f\u2009](?=[0-9]{3}([^0-9]|$))', '\1', 'g'))),
                           'yj', 'ii'),
                       '[[:space:][:punct:]«»‹›“”„‘’‚–—―…·•]+', ' ', 'g'))
        $body$
        $f$, unac, unac || '.unaccent');
end
$$;

-- ---------------------------------------------------------------------------------
-- 4. Synonyms (published in README and served by the API as searchSynonyms)
-- ---------------------------------------------------------------------------------

-- Words of one group find one another. Kept small and to the domain: each group is a
-- word a journalist may type for what the data says in another word.
create table search_synonyms (
    grp  text not null,
    term text not null check (length(term) > 0),
    primary key (grp, term)
);
insert into search_synonyms (grp, term) values
    ('troops', 'troops'), ('troops', 'soldiers'),
    ('arms', 'arms'), ('arms', 'weapons'),
    ('munitions', 'munitions'), ('munitions', 'ammunition'),
    ('casualties', 'casualties'), ('casualties', 'losses'),
    ('treaty', 'treaty'), ('treaty', 'pact'),
    ('drones', 'drones'), ('drones', 'uav'), ('drones', 'uavs'),
    ('workers', 'workers'), ('workers', 'labourers'), ('workers', 'laborers'),
    ('shells', 'shells'), ('shells', 'ammo'),
    ('deployment', 'deployment'), ('deployment', 'dispatch'),
    ('tons', 'tons'), ('tons', 'tonnes');

-- The other terms of the groups a folded word belongs to, as text-search queries (OR).
create function search_synonym_forms(word text) returns tsquery
language sql stable parallel safe as $$
    select search_any(plainto_tsquery('simple', search_fold(o.term)) || to_tsquery('english', search_fold(o.term)))
    from search_synonyms s join search_synonyms o on o.grp = s.grp and o.term <> s.term
    where search_fold(s.term) = word
$$;

-- ---------------------------------------------------------------------------------
-- 2. Documents hold English stems too
-- ---------------------------------------------------------------------------------

-- V2's rebuild fills search_documents with the words as written ('simple') and the
-- vocabulary search_words with them; the English stems are added to each document's tsv
-- afterwards, with the same weights, and kept out of the vocabulary that misspellings are
-- matched against.
alter function refresh_search_documents() rename to refresh_search_documents_words;

create function refresh_search_documents() returns void
language plpgsql as $$
begin
    perform refresh_search_documents_words();
    update search_documents d
    set tsv = d.tsv
        || setweight(to_tsvector('english', search_fold(concat_ws(' ', d.title, array_to_string(d.names, ' ')))), 'A')
        || setweight(to_tsvector('english', search_fold(array_to_string(d.body, ' '))), 'B');
end
$$;

-- ---------------------------------------------------------------------------------
-- 2-4. Queries
-- ---------------------------------------------------------------------------------

-- The forms one folded word of a query may take (OR): the word; its English stem; close
-- spellings of words of 4 letters or more (as in V2; never of numbers); the other names of what it names; its
-- synonyms; and, for a word the documents do not hold, the two words of the documents it
-- is a closed compound of, as a phrase ("warzone": war zone; "malligiong1": malligiong 1).
create function search_word_forms(w text) returns tsquery
language plpgsql stable
set pg_trgm.word_similarity_threshold = 0.55
as $$
declare
    forms tsquery := plainto_tsquery('simple', w);
    k integer;
    a text;
    b text;
    splits tsquery;
begin
    -- The stem, unless the word is an English stop word (which has none).
    if to_tsvector('english', w) <> ''::tsvector then
        forms := coalesce(forms || plainto_tsquery('english', w), forms);
    end if;
    -- Close spellings of words, not of numbers: 11000 is not a misspelling of 10000.
    if length(w) >= 4 and w ~ '[a-z]' then
        forms := coalesce(forms || (
            select search_any(plainto_tsquery('simple', s.word))
            from (select v.word from search_words v
                  where w <% v.word and v.word <> w and left(v.word, 1) = left(w, 1)
                  order by word_similarity(w, v.word) desc, v.word
                  limit 5) s), forms);
    end if;
    forms := coalesce(forms || search_aliases(w), forms);
    forms := coalesce(forms || search_synonym_forms(w), forms);
    if length(w) >= 5 and not exists (select 1 from search_words v where v.word = w) then
        for k in 2 .. length(w) - 1 loop
            a := left(w, k);
            b := substr(w, k + 1);
            if (length(a) >= 3 or a ~ '^[0-9]+$') and (length(b) >= 3 or b ~ '^[0-9]+$')
               and exists (select 1 from search_words v where v.word = a)
               and exists (select 1 from search_words v where v.word = b) then
                splits := coalesce(splits || phraseto_tsquery('simple', a || ' ' || b),
                                   phraseto_tsquery('simple', a || ' ' || b));
            end if;
        end loop;
        forms := coalesce(forms || splits, forms);
    end if;
    return forms;
end
$$;

-- The text-search query for what a user typed; null when it holds no word. Every word must
-- be found (AND), each in any of its forms (search_word_forms). Two neighbouring words that
-- the documents hold as one closed word ("man power": manpower) may be found as that word
-- instead. When the whole query is the name of an actor or place, any of its other names
-- will also do ("Corea del Nord": North Korea, DPRK, ...).
create or replace function search_tsquery(query text) returns tsquery
language plpgsql stable
set pg_trgm.word_similarity_threshold = 0.55
as $$
declare
    folded constant text := search_fold(query);
    words text[];
    n integer;
    i integer := 1;
    result tsquery;
    forms tsquery;
    closed text;
begin
    if folded is null or folded = '' then
        return null;
    end if;
    words := string_to_array(folded, ' ');
    n := array_length(words, 1);
    while i <= n loop
        forms := search_word_forms(words[i]);
        if i < n then
            closed := words[i] || words[i + 1];
            if exists (select 1 from search_words v where v.word = closed) then
                forms := (forms && search_word_forms(words[i + 1])) || plainto_tsquery('simple', closed);
                i := i + 1;
            end if;
        end if;
        result := coalesce(result && forms, forms);
        i := i + 1;
    end loop;
    if n > 1 then
        result := coalesce(result || search_aliases(folded), result);
    end if;
    return result;
end
$$;

do $$
begin
    execute format('alter function search_word_forms(text) set search_path = %I, %I, pg_catalog', current_schema(),
        (select extnamespace::regnamespace::text from pg_extension where extname = 'pg_trgm'));
end
$$;

-- Rebuild the documents with the new folding and the stems.
select refresh_search_documents();
