-- Full-text search across records, actors, locations and sources.
--
-- One row per searchable object in search_documents, rebuilt from the curated tables by
-- refresh_search_documents() at the end of every seed load, in the same transaction.
-- Documents and queries pass through the same folding, search_fold(), so that spelling
-- variants and transliterations meet: "Kim Jong-un" = "Kim Jong Un", "Shoygu" = "Shoigu",
-- "Sergej" = "Sergey" = "Sergei"; case and accents are ignored. search_tsquery() turns what
-- a user typed into a text-search query that also accepts close spellings of each word
-- (trigram similarity against the documents' own words) and the other names of the actor
-- or place a word names (Kiev: Kyiv).

-- ---------------------------------------------------------------------------------
-- Extensions
-- ---------------------------------------------------------------------------------

-- pg_trgm and unaccent are trusted extensions (PostgreSQL 13+): the database owner may
-- create them. New installations go to the shared schema public, not to this migration's
-- schema: an extension that lived in a throwaway schema would disappear, together with
-- everything built on it, when that schema is dropped. Where an extension is already
-- installed, in whatever schema, that installation is used.
do $$
declare
    home text := case when exists (select 1 from pg_namespace where nspname = 'public')
                      then 'public' else current_schema() end;
begin
    execute format('create extension if not exists pg_trgm with schema %I', home);
    execute format('create extension if not exists unaccent with schema %I', home);
end
$$;

-- ---------------------------------------------------------------------------------
-- Folding and similarity
-- ---------------------------------------------------------------------------------

-- The API connects with search_path set to this schema alone, so the extensions' objects
-- are called by qualified name. Their schema is known only at this point, so the functions
-- that use them are created with it written in.
do $$
declare
    trgm text := (select extnamespace::regnamespace::text from pg_extension where extname = 'pg_trgm');
    unac text := (select extnamespace::regnamespace::text from pg_extension where extname = 'unaccent');
begin
    -- search_fold(text): the form documents and queries are compared in.
    --   1. accents off, then lower case. The unaccent dictionary is named explicitly, so the
    --      result does not depend on search_path; that is what makes IMMUTABLE honest here;
    --   2. y and j become i: one spelling for the usual transliterations of Russian and
    --      Korean names (Shoygu/Shoigu, Sergej/Sergey/Sergei, Jong/Yong);
    --   3. hyphens, apostrophes, quotes and other punctuation become spaces ("Jong-un" is
    --      "iong un", "Putin's" is "putin s"); runs of spaces become one.
    -- Letters of other scripts (Cyrillic, Hangul) pass through unchanged.
    execute format($f$
        create function search_fold(text) returns text
        language sql immutable strict parallel safe
        as $body$
            select btrim(regexp_replace(
                       translate(lower(%1$I.unaccent(%2$L::regdictionary, $1)), 'yj', 'ii'),
                       '[[:space:][:punct:]«»‹›“”„‘’‚–—―…·•]+', ' ', 'g'))
        $body$
        $f$, unac, unac || '.unaccent');

    -- How much of a folded query is found within some stretch of a folded text, from 0 to 1
    -- (pg_trgm's word_similarity), for queries that do not know the extension's schema.
    execute format($f$
        create function search_similarity(query text, document text) returns real
        language sql immutable strict parallel safe
        as $body$ select %1$I.word_similarity($1, $2) $body$
        $f$, trgm);

    -- How closely a folded query spells the closest of some folded names, from 0 to 1
    -- (pg_trgm's similarity): 1 for the name itself, less for a part of it or a misspelling.
    execute format($f$
        create function search_name_similarity(query text, names text[]) returns real
        language sql immutable strict parallel safe
        as $body$ select coalesce(max(%1$I.similarity($1, n)), 0) from unnest($2) n $body$
        $f$, trgm);
end
$$;

-- ---------------------------------------------------------------------------------
-- Documents
-- ---------------------------------------------------------------------------------

-- One row per searchable object. kind is a record kind, ACTOR, LOCATION or SOURCE.
create table search_documents (
    kind         text not null check (kind in ('AGREEMENT', 'SHIPMENT', 'DEPLOYMENT', 'EVENT', 'STATEMENT',
                                               'ACTOR', 'LOCATION', 'SOURCE')),
    entity_id    bigint not null,
    slug         text not null,
    -- The object's name or title, as displayed.
    title        text not null,
    -- Its other names: aliases, transliterations, native spellings, official or original titles.
    names        text[] not null,
    -- The other texts about it: summaries, descriptions, positions, citation summaries, quotes.
    body         text[] not null,
    -- search_fold() of title and names, without repeats: a query equal to one of them names
    -- this object exactly.
    folded_names text[] not null,
    -- search_fold() of all of the above: how closely the query's own spelling is found here.
    folded       text not null,
    -- Title and names weighted A, the other texts B.
    tsv          tsvector not null,
    primary key (kind, entity_id)
);
create index search_documents_tsv_idx on search_documents using gin (tsv);
create index search_documents_folded_names_idx on search_documents using gin (folded_names);

-- Every word (lexeme) of the documents: the vocabulary a misspelt query word is matched against.
create table search_words (
    word text primary key
);

do $$
begin
    execute format('create index search_words_trgm_idx on search_words using gin (word %I.gin_trgm_ops)',
        (select extnamespace::regnamespace::text from pg_extension where extname = 'pg_trgm'));
end
$$;

-- Rebuilds search_documents and search_words from the curated tables. Called by the seed
-- loader after every load, in the load's transaction.
create function refresh_search_documents() returns void
language plpgsql as $$
begin
    truncate search_documents, search_words;
    insert into search_documents (kind, entity_id, slug, title, names, body, folded_names, folded, tsv)
    select d.kind, d.entity_id, d.slug, d.title, d.names, d.body,
           array(select distinct search_fold(n) from unnest(d.title || d.names) n),
           search_fold(concat_ws(' ', d.title, array_to_string(d.names, ' '), array_to_string(d.body, ' '))),
           setweight(to_tsvector('simple', search_fold(concat_ws(' ', d.title, array_to_string(d.names, ' ')))), 'A')
               || setweight(to_tsvector('simple', search_fold(array_to_string(d.body, ' '))), 'B')
    from (
        select 'SOURCE' as kind, s.id as entity_id, s.slug, s.title,
               array_remove(array[s.title_original], null) as names,
               array_remove(array[s.publisher], null) as body
        from sources s
        union all
        select 'ACTOR', a.id, a.slug, a.name,
               array(select distinct n.name from actor_names n where n.actor_id = a.id and n.name <> a.name
                     order by n.name),
               array_remove(array[a.description], null)
                   || array(select r.title from actor_roles r where r.actor_id = a.id order by r.id)
        from actors a
        union all
        select 'LOCATION', l.id, l.slug, l.name,
               array(select distinct n.name from location_names n where n.location_id = l.id and n.name <> l.name
                     order by n.name),
               array_remove(array[l.description], null)
        from locations l
        union all
        select r.kind::text, r.id, r.slug, r.title,
               array_remove(array[ag.official_name], null),
               array[r.summary]
                   || array_remove(array[st.context, st.quote, st.quote_original, dp.purpose], null)
                   || array(select p.text from agreement_provisions p where p.agreement_id = r.id order by p.ordinal)
                   || array(select x from citations c, unnest(array[c.summary, c.quote]) with ordinality u(x, i)
                            where c.record_id = r.id and x is not null order by c.ordinal, u.i)
        from records r
        left join agreements ag on ag.record_id = r.id
        left join statements st on st.record_id = r.id
        left join deployments dp on dp.record_id = r.id
    ) d;
    insert into search_words (word)
    select distinct unnest(tsvector_to_array(tsv)) from search_documents;
end
$$;

-- ---------------------------------------------------------------------------------
-- Queries
-- ---------------------------------------------------------------------------------

-- Any of several text-search queries (OR); null when there are none.
create aggregate search_any(tsquery) (sfunc = tsquery_or, stype = tsquery);

-- The other names of the one actor and/or the one place called name (folded), as phrases
-- joined by OR: Kiev gives Kyiv, Київ and Киев. Null when no actor or place is called so,
-- or when several actors, or several places, share the name ("gli analisti"): it then
-- names none of them.
create function search_aliases(name text) returns tsquery
language sql stable parallel safe as $$
    select search_any(phraseto_tsquery('simple', other))
    from search_documents d, unnest(d.folded_names) other
    where d.kind in ('ACTOR', 'LOCATION') and d.folded_names @> array[name] and other <> name
      and (select count(*) filter (where e.kind = 'ACTOR') <= 1 and count(*) filter (where e.kind = 'LOCATION') <= 1
           from search_documents e
           where e.kind in ('ACTOR', 'LOCATION') and e.folded_names @> array[name])
$$;

-- The text-search query for what a user typed; null when it holds no word.
--
-- Every word must be found (AND), each in any of these forms (OR):
--   * the word itself, folded;
--   * for words of 4 letters or more, up to five words of the documents that begin with the
--     same letter and contain it with a trigram word similarity of at least 0.55:
--     misspellings, other endings, the rest of a word begun (Pyongang finds Pyongyang,
--     satelite satellite, drone drones, Alab Alabuga). The same first letter keeps a word
--     from matching the tail of another ("Jong" in "Malligyong"); shorter words are too
--     short for trigrams to tell a misspelling from another word;
--   * the other names of the actor or place the word names (Kiev: Kyiv).
-- When the whole query is the name of an actor or place, any of its other names will also
-- do ("Corea del Nord": North Korea, DPRK, ...).
--
-- Why 0.55: typos of names score 0.58 or more against the right word (Pyongang 0.58,
-- Shoigo 0.71, Budanow 0.75), while unrelated words that share only a syllable with a word
-- of the documents score 0.5 (Trump~trust, Paris~partner, banana~ban).
--
-- Not parallel safe: its SET clauses change settings, which parallel mode forbids.
create function search_tsquery(query text) returns tsquery
language plpgsql stable
set pg_trgm.word_similarity_threshold = 0.55
as $$
declare
    folded constant text := search_fold(query);
    result tsquery;
    w text;
    forms tsquery;
begin
    if folded is null or folded = '' then
        return null;
    end if;
    foreach w in array string_to_array(folded, ' ') loop
        forms := plainto_tsquery('simple', w);
        if length(w) >= 4 then
            -- <% is word_similarity >= pg_trgm.word_similarity_threshold, set above; written as
            -- the operator so that the trigram index on search_words serves it.
            forms := coalesce(forms || (
                select search_any(plainto_tsquery('simple', s.word))
                from (select v.word from search_words v
                      where w <% v.word and v.word <> w and left(v.word, 1) = left(w, 1)
                      order by word_similarity(w, v.word) desc, v.word
                      limit 5) s), forms);
        end if;
        forms := coalesce(forms || search_aliases(w), forms);
        result := coalesce(result && forms, forms);
    end loop;
    if position(' ' in folded) > 0 then
        result := coalesce(result || search_aliases(folded), result);
    end if;
    return result;
end
$$;

-- <% and word_similarity come from pg_trgm, in a schema known only now.
do $$
begin
    execute format('alter function search_tsquery(text) set search_path = %I, %I, pg_catalog', current_schema(),
        (select extnamespace::regnamespace::text from pg_extension where extname = 'pg_trgm'));
end
$$;

-- What to show of a hit: the passage (title, name or other text) that best shows why it
-- matched, cut to about 30 words around the first word that matched.
create function search_excerpt(title text, names text[], body text[], query tsquery, typed text)
returns text
language plpgsql stable parallel safe as $$
declare
    folded_typed constant text := search_fold(typed);
    passage text;
    terms text[];
    words text[];
    hit integer;
    n integer;
    first_word integer;
    last_word integer;
begin
    -- A passage that is exactly what was typed (a name, as a rule), else one that is the same
    -- once folded, else the first passage (title and names come first) that matches the whole
    -- query, else the one that matches most of it.
    select u.p into passage
    from unnest(title || names || body) with ordinality as u(p, i),
         lateral (select to_tsvector('simple', search_fold(u.p)) as v) t
    order by lower(btrim(u.p)) = lower(btrim(typed)) desc,
             search_fold(u.p) = folded_typed desc,
             t.v @@ query desc,
             case when t.v @@ query then u.i end,
             ts_rank(t.v, query) desc,
             u.i
    limit 1;
    words := regexp_split_to_array(btrim(passage), '\s+');
    n := coalesce(array_length(words, 1), 0);
    if n <= 30 then
        return passage;
    end if;
    terms := array(select m[1] from regexp_matches(query::text, '''([^'']+)''', 'g') m);
    hit := coalesce((select u.i from unnest(words) with ordinality as u(x, i)
                     where string_to_array(search_fold(u.x), ' ') && terms order by u.i limit 1), 1);
    first_word := greatest(1, hit - 10);
    last_word := least(n, first_word + 29);
    first_word := greatest(1, last_word - 29);
    return case when first_word > 1 then '… ' else '' end
        || array_to_string(words[first_word:last_word], ' ')
        || case when last_word < n then ' …' else '' end;
end
$$;

-- Documents for data loaded before this migration; later loads refresh them themselves.
select refresh_search_documents();
