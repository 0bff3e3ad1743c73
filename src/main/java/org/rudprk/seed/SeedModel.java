package org.rudprk.seed;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.rudprk.common.FuzzyDate;

/**
 * The curated dataset as read from seeds/, checked but not yet written. References are
 * slugs wrapped in {@link Ref} so that a dangling one can be reported where it was written.
 */
final class SeedModel {

    private SeedModel() {
    }

    /** A reference by slug, with the place (file, record, field) it was written. */
    record Ref(String slug, String where) {
    }

    record Dataset(List<Source> sources, List<Actor> actors, List<Location> locations, List<Record> records) {
    }

    record Source(String where, String slug, String title, String titleOriginal, String publisher, String language,
            String kind, FuzzyDate published, String corpusFile, int paragraphCount, String url, String notes,
            Map<Integer, String> uncitedParagraphs) {
    }

    /**
     * {@code source}: the article (with {@code paragraph}) that gives the name, or a REFERENCE
     * source (without one) for a name none of the articles gives; {@code where} names the name.
     */
    record Name(String name, String language, String kind, Ref source, Integer paragraph, String where) {
    }

    /** {@code where} names the paragraph field, where a bad paragraph is reported. */
    record Role(String title, Ref organisation, FuzzyDate from, FuzzyDate to, Ref source, Integer paragraph,
            String where) {
    }

    record Actor(String where, String slug, String kind, String name, Ref country, String isoCode,
            Ref isoCodeSource, String description, List<Name> names, List<Role> roles) {
    }

    record Location(String where, String slug, String name, String kind, Ref country, Ref parent, Double latitude,
            Double longitude, Ref coordinatesSource, String description, List<Name> names) {
    }

    record Involvement(Ref actor, String role, String note) {
    }

    record Placement(Ref location, String role) {
    }

    record Link(Ref record, String relation) {
    }

    /** {@code nature}: ESTIMATE, THRESHOLD, HYPOTHESIS or FORECAST. */
    record Estimate(String metric, String qualifier, BigDecimal low, BigDecimal high, String unit, String label,
            String nature) {
    }

    /** {@code where} names the paragraph field, where a bad paragraph is reported. */
    /**
     * {@code claim} is the curators' name of a claim shared with other records' citations
     * (null: this citation's claim supports this record only); {@code claimWhere} names that
     * field. {@code firmness}: STATED, HEDGED or REPORTED_SPEECH.
     */
    record Citation(String where, Ref source, int paragraph, Ref claimant, String stance, FuzzyDate claimedOn,
            String summary, String quote, List<Estimate> estimates, String claim, String claimWhere,
            String firmness) {
    }

    /**
     * One entry of a record's period basis: the citation (by source and paragraph, among the
     * record's own citations) whose text gives a date, and the date it gives.
     */
    record Basis(Ref source, Integer paragraph, FuzzyDate gives, String where) {
    }

    /**
     * One record of any kind. {@code columns} holds the values of its kind's own columns by
     * column name (enums as their names), {@code kept} what its kind's description kept for
     * writing its other rows (an agreement's provisions).
     */
    record Record(String file, String where, String kind, String slug, String title, String summary, String status,
            FuzzyDate start, FuzzyDate end, Map<String, Object> columns, List<Involvement> actors,
            List<Placement> locations, List<Link> links, List<Citation> citations, Map<String, Object> kept,
            List<Basis> basis) {
    }
}
