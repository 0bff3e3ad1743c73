package org.rudprk.source.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.rudprk.common.FuzzyDate;
import org.rudprk.common.GlobalId;
import org.rudprk.common.Node;
import org.rudprk.source.SourceKind;
import org.rudprk.source.entity.SourceEntity;

/** A document the dataset was built from. */
@Type("Source")
@Description("A document the dataset was built from: one of the five news articles of the corpus.")
public record Source(
        @Ignore long dbId,
        @NonNull @Description("Human-readable unique identifier.") String slug,
        @NonNull @Description("Title, in English.") String title,
        @Description("Title as published, in the source's language, where it has one.") String titleOriginal,
        @Description("Publisher, when the source itself names it; null when unknown.") String publisher,
        @NonNull @Description("ISO 639-1 code of the source's language.") String language,
        @NonNull @Description("What kind of document this is.") SourceKind kind,
        @NonNull @Description("When it was published, to the precision known.") FuzzyDate published,
        @Description("File name of the source in the project's corpus; null for a REFERENCE source, which is outside it.") String corpusFile,
        @NonNull @Description("Number of paragraphs (non-blank lines of the corpus file); citations count paragraphs from 1.") int paragraphCount,
        @Description("Address of the original, when known.") String url,
        @Description("How the curators dated or identified this source.") String notes) implements Node {

    public static final String TYPE = "Source";

    @Override
    @Id
    @NonNull
    @Description("Opaque global ID, stable across releases of the dataset.")
    public String getId() {
        return GlobalId.of(TYPE, slug);
    }

    public static Source of(SourceEntity e) {
        return new Source(e.id, e.slug, e.title, e.titleOriginal, e.publisher, e.language, e.kind,
                new FuzzyDate(e.publishedEarliest, e.publishedLatest, e.publishedPrecision), e.corpusFile,
                e.paragraphCount, e.url, e.notes);
    }
}
