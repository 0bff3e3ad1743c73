package org.rudprk.record.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.rudprk.citation.EstimateMetric;
import org.rudprk.citation.Stance;
import org.rudprk.deployment.DeploymentKind;
import org.rudprk.event.EventKind;
import org.rudprk.shipment.ShipmentCategory;
import org.rudprk.statement.StatementKind;
import org.rudprk.record.ActorRole;
import org.rudprk.record.RecordKind;
import org.rudprk.record.RecordStatus;

/**
 * A condition on records. Every field given must hold (they are ANDed); a list field holds
 * when any of its values does. {@code and}, {@code or} and {@code not} compose conditions.
 */
@Input("RecordFilter")
@Description("A condition on records. Every field given must hold (fields are combined with AND); a list "
        + "field holds when any of its values does. Combine conditions with and, or and not. A kind-specific "
        + "field (category, eventKind, deploymentKind, statementKind) only matches records of that kind.")
public class RecordFilter {

    @Description("All of these conditions hold.")
    public List<RecordFilter> and;

    @Description("At least one of these conditions holds.")
    public List<RecordFilter> or;

    @Description("This condition does not hold.")
    public RecordFilter not;

    @Description("The record has one of these slugs.")
    public List<String> slugs;

    @Description("The record is of one of these kinds.")
    public List<RecordKind> kind;

    @Description("The record has one of these statuses.")
    public List<RecordStatus> status;

    @Description("The record involves an actor as described (for example supplier north-korea). Use and to "
            + "require several actors, such as both Putin and Kim.")
    public InvolvementFilter involves;

    @Description("The record involves one of these places (slugs), or a place inside one of them.")
    public List<String> locations;

    @Description("When the record happened, compared with the precision each record's date actually has.")
    public PeriodFilter period;

    @Description("The record has a citation as described: a claimant, a source, a stance, or all of them in "
            + "the same citation.")
    public CitationFilter cited;

    @Description("The record has an estimate as described, e.g. a VALUE_USD with high >= 1000000000.")
    public EstimateFilter estimate;

    @Description("Shipments of one of these categories.")
    public List<ShipmentCategory> category;

    @Description("Deployments of troops or of workers.")
    public List<DeploymentKind> deploymentKind;

    @Description("Events of one of these kinds.")
    public List<EventKind> eventKind;

    @Description("Statements of one of these kinds.")
    public List<StatementKind> statementKind;

    /** An actor's part in a record. */
    @Input("InvolvementFilter")
    @Description("An actor's part in a record. All fields given must hold for the same involvement.")
    public static class InvolvementFilter {

        @Description("The actor is one of these (slugs).")
        public List<String> actors;

        @Description("The actor is one of these states (slugs), or a person or body belonging to one of them.")
        public List<String> countries;

        @Description("The actor plays one of these roles: SUPPLIER, RECIPIENT, SENDER, HOST, PARTICIPANT, SPEAKER...")
        public List<ActorRole> roles;
    }

    /** A citation of the record. */
    @Input("CitationFilter")
    @Description("A citation of the record. All fields given must hold for the same citation.")
    public static class CitationFilter {

        @Description("The claimant is one of these actors (slugs).")
        public List<String> claimants;

        @Description("The claimant is one of these states (slugs) or belongs to one: ['united-states'] matches "
                + "the US government, US officials and US bodies.")
        public List<String> claimantCountries;

        @Description("The citation is in one of these sources (slugs).")
        public List<String> sources;

        @Description("The claimant takes one of these stances: ASSERTS, ESTIMATES, CONFIRMS, DENIES...")
        public List<Stance> stances;

        @Description("The text puts the claim this firmly: STATED, HEDGED or REPORTED_SPEECH.")
        public List<org.rudprk.citation.CitationFirmness> firmness;

        @Description("The citation carries one of these claims (Citation.claim), e.g. the claims an aggregate sum "
                + "lists.")
        public List<String> claims;

        @Description("true: the citation is in one of the articles; false: it is outside knowledge, cited to a "
                + "REFERENCE source. Records that rest on the articles alone: {not: {cited: {inArticles: false}}}.")
        public Boolean inArticles;
    }

    /** A numeric condition on one of the record's estimates. */
    @Input("EstimateFilter")
    @Description("The record has an estimate of this metric whose bounds satisfy these conditions. A bound the "
            + "source did not give never satisfies a condition: 'up to $5.5 billion' has no low bound, so test "
            + "its high bound.")
    public static class EstimateFilter {

        @Description("What is measured: VALUE_USD, QUANTITY, STRENGTH, CASUALTIES, COUNT or RATE.")
        public EstimateMetric metric;

        @Description("The unit, exactly as stored (e.g. 'troops', 'shipping containers').")
        public String unit;

        @Description("Conditions on the low bound.")
        public NumberRange low;

        @Description("Conditions on the high bound.")
        public NumberRange high;
    }

    /** Bounds on a number. */
    @Input("NumberRange")
    @Description("Bounds on a number; both given means between them, inclusive.")
    public static class NumberRange {

        @Description("At least this.")
        public java.math.BigDecimal gte;

        @Description("At most this.")
        public java.math.BigDecimal lte;
    }

    /** A period condition, precision-aware. */
    @Input("PeriodFilter")
    @Description("When a record happened, precision-aware. A range is written like a seed date, '2024', "
            + "'2024-10', '2024-autumn', '2024-06-19', or as FROM..TO ('2023-09..2024-02', '2024..' or '..2023'). "
            + "An event known only as 'autumn 2024' overlaps '2024-10' but is not within it.")
    public static class PeriodFilter {

        @Description("The record may fall in this range: its possible span and the range share at least a day.")
        public String overlaps;

        @Description("The record is known to fall in this range: its whole possible span lies inside it.")
        public String within;
    }
}
