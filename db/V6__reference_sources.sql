-- Outside knowledge only as outside knowledge.
--
-- Everything in the dataset comes from the five articles, except where a record needs a
-- fact none of them gives (the day the full-scale invasion of Ukraine began, which article
-- 000 counts from without dating it). Such a fact may only be cited to a source of its own
-- kind, REFERENCE: a reference work with a title and an address (url), not in the corpus,
-- so without a corpus file. The API marks its citations (Citation.inArticles false) and
-- filters can exclude them.
alter type source_kind add value 'REFERENCE';

alter table sources alter column corpus_file drop not null;
-- Written against the text of the kind, since a value added to an enum cannot be used in
-- the transaction that adds it.
alter table sources add constraint sources_reference_check
    check ((kind::text = 'REFERENCE') = (corpus_file is null) and (kind::text <> 'REFERENCE' or url is not null));
