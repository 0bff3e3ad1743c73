package org.rudprk.actor.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.rudprk.common.GlobalId;
import org.rudprk.common.Node;
import org.rudprk.actor.ActorKind;

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

    /**
     * The columns {@link #read} reads, of table actors as {@code a}, labelled id, country_id,
     * slug, kind, name, iso_code, description.
     */
    public static final String COLUMNS = "a.id, a.country_id, a.slug, a.kind::text as kind, a.name, a.iso_code, "
            + "a.description";

    /** {@link #COLUMNS} with each label prefixed (p1_id, p1_slug...), for a row holding several actors. */
    public static String columns(String alias, String prefix) {
        return "%1$s.id as %2$sid, %1$s.country_id as %2$scountry_id, %1$s.slug as %2$sslug, %1$s.kind as %2$skind, "
                .formatted(alias, prefix) + "%1$s.name as %2$sname, %1$s.iso_code as %2$siso_code, "
                .formatted(alias, prefix) + "%1$s.description as %2$sdescription".formatted(alias, prefix);
    }

    /** The labels of {@link #COLUMNS} under one prefix, made once (rows are read per label). */
    private record Labels(String id, String countryId, String slug, String kind, String name, String isoCode,
            String description) {
        static Labels of(String p) {
            return new Labels(p + "id", p + "country_id", p + "slug", p + "kind", p + "name", p + "iso_code",
                    p + "description");
        }
    }

    private static final java.util.Map<String, Labels> LABELS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The actor in a row's {@link #COLUMNS}, labelled with {@code prefix}; null when its key is null. */
    public static Actor read(org.rudprk.common.Row row, String prefix) {
        Labels l = LABELS.computeIfAbsent(prefix, Labels::of);
        Long id = row.longOrNull(l.id());
        return id == null ? null : new Actor(id, row.longOrNull(l.countryId()), row.text(l.slug()),
                row.enumOf(ActorKind.class, l.kind()), row.text(l.name()), row.text(l.isoCode()),
                row.text(l.description()));
    }

    /** The actor in a row's {@link #COLUMNS} (unprefixed labels). */
    public static Actor read(org.rudprk.common.Row row) {
        return read(row, "");
    }
}
