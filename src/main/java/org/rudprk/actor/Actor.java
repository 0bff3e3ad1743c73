package org.rudprk.actor;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.rudprk.common.GlobalId;
import org.rudprk.common.Node;

/** A state, person, body, service or organisation. */
@Type("Actor")
@Description("A state, person, government body, intelligence service, organisation, think tank, media outlet, "
        + "or a collective voice a source cites (analysts, several governments). Actors supply, receive, send, "
        + "host, sign, speak, and make the claims in citations.")
public record Actor(
        @Ignore long dbId,
        @Ignore Long countryId,
        @NonNull @Description("Human-readable unique identifier, stable across releases.") String slug,
        @NonNull @Description("What kind of actor.") ActorKind kind,
        @NonNull @Description("Canonical English name; see names for other spellings and languages.") String name,
        @Description("ISO 3166-1 alpha-3 code, for states. Outside knowledge: none of the articles gives a "
                + "code; isoCodeSource names the reference work.") String isoCode,
        @Description("Who this is, in one sentence.") String description) implements Node {

    public static final String TYPE = "Actor";

    @Override
    @Id
    @NonNull
    @Description("Opaque global ID, stable across releases of the dataset.")
    public String getId() {
        return GlobalId.of(TYPE, slug);
    }

    /** The columns {@link #fromRow} reads, of table actors as {@code a}. */
    public static final String COLUMNS = "a.id, a.country_id, a.slug, a.kind::text, a.name, a.iso_code, a.description";

    /** The actor in a row's seven {@link #COLUMNS} from index {@code at}; null when its key is null. */
    public static Actor fromRow(Object[] row, int at) {
        if (row[at] == null) {
            return null;
        }
        return new Actor(((Number) row[at]).longValue(), row[at + 1] == null ? null : ((Number) row[at + 1]).longValue(),
                (String) row[at + 2], ActorKind.valueOf((String) row[at + 3]), (String) row[at + 4],
                (String) row[at + 5], (String) row[at + 6]);
    }

    public static Actor of(ActorEntity e) {
        return new Actor(e.id, e.countryId, e.slug, e.kind, e.name, e.isoCode, e.description);
    }
}
