package org.rudprk.seed;

import java.util.List;

import org.rudprk.record.ActorRole;

/**
 * The fields of one seed record (or of one entry of a list in it), as a kind's description
 * reads the fields only its kind has (see
 * {@link org.rudprk.record.query.RecordKindDescription#readSeed}). A problem is reported with the
 * file, the record and the field, like every other seed problem.
 */
public interface SeedFields {

    /** A text field; null when absent (a problem when {@code required}). */
    String text(String field, boolean required);

    /** An enum field, as the constant's name; null when absent or not one of {@code type}'s constants. */
    <E extends Enum<E>> String enumValue(String field, Class<E> type, boolean required);

    /** Each slug of a list field names an actor involved in this role. */
    void involveEach(String field, ActorRole role);

    /** The entries of a list of mappings, each allowed only {@code allowed} fields. */
    List<SeedFields> list(String field, String... allowed);

    /** Keeps a value for {@link org.rudprk.record.query.RecordKindDescription#writeSeed}. */
    void keep(String key, Object value);

    /**
     * Once every actor of the record is read: a problem on {@code field} unless at least
     * {@code atLeast} actors are involved in {@code role}.
     */
    void requireInvolved(ActorRole role, int atLeast, String field, String message);
}
