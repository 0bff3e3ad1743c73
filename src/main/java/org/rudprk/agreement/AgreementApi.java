package org.rudprk.agreement;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.rudprk.actor.Actor;
import org.rudprk.actor.ActorConnection;
import org.rudprk.agreement.AgreementConnection.AgreementEdge;
import org.rudprk.common.NestedPages;
import org.rudprk.common.Pages;
import org.rudprk.record.ActorRole;
import org.rudprk.record.RecordFilter;
import org.rudprk.record.RecordKind;
import org.rudprk.record.RecordKindApi;
import org.rudprk.record.RecordLookup;
import org.rudprk.record.RecordOrder;

/** Agreements: look-ups, the list, and the fields only an agreement has. */
@GraphQLApi
public class AgreementApi extends RecordKindApi<Agreement, AgreementEdge, AgreementConnection> {

    @Inject
    NestedPages nested;

    @Inject
    public AgreementApi(RecordLookup lookup) {
        super(lookup, RecordKind.AGREEMENT, Agreement.class, AgreementEdge::new, AgreementConnection::new);
    }

    @Query
    @Description("An agreement by its global ID; null when there is none.")
    public Agreement agreement(@NonNull @Id @Description("The agreement's global ID.") String id) {
        return byId(id);
    }

    @Query
    @Description("An agreement by its slug; null when there is none.")
    public Agreement agreementBySlug(@NonNull @Description("The agreement's slug.") String slug) {
        return bySlug(slug);
    }

    @Query
    @Description("Agreements between states, earliest first unless ordered otherwise.")
    public AgreementConnection agreements(
            @Description(Pages.FIRST_DESCRIPTION) Integer first,
            @Description(Pages.AFTER_DESCRIPTION) String after,
            @Description(Pages.LAST_DESCRIPTION) Integer last,
            @Description(Pages.BEFORE_DESCRIPTION) String before,
            @Description("Only agreements matching this condition.") RecordFilter filter,
            @DefaultValue("DATE_ASC") @Description("The order of the list.") RecordOrder orderBy) {
        return page(filter, orderBy, first, after, last, before);
    }

    @Description("The states party to the agreement.")
    public List<@NonNull ActorConnection> parties(@Source List<Agreement> list,
            @DefaultValue("20") @Description(Pages.FIRST_DESCRIPTION) Integer first,
            @Description(Pages.AFTER_DESCRIPTION) String after) {
        // One statement per batch: each agreement's page cut by a lateral LIMIT first+1 (NestedPages).
        return actors(list, ActorRole.PARTY, first, after);
    }

    @Description("The people who signed it.")
    public List<@NonNull ActorConnection> signatories(@Source List<Agreement> list,
            @DefaultValue("20") @Description(Pages.FIRST_DESCRIPTION) Integer first,
            @Description(Pages.AFTER_DESCRIPTION) String after) {
        // One statement per batch: each agreement's page cut by a lateral LIMIT first+1 (NestedPages).
        return actors(list, ActorRole.SIGNATORY, first, after);
    }

    /** For each agreement, a page of its actors in one role. */
    private List<ActorConnection> actors(List<Agreement> list, ActorRole role, Integer first, String after) {
        return nested.pages(ids(list), inRole(role), first, after, ActorConnection.ActorEdge::new,
                ActorConnection::new);
    }

    /** The actors of agreement parent_.id in one role, by name. */
    private static NestedPages.Relation<Actor> inRole(ActorRole role) {
        return NestedPages.Relation.of("AGREEMENT_" + role.name(), "select " + Actor.COLUMNS + " {keys} from "
                + "record_actors ra join actors a on a.id = ra.actor_id where ra.record_id = parent_.id and ra.role = '"
                + role.name() + "'", List.of(new NestedPages.Key("a.name", "text"), new NestedPages.Key("a.slug",
                        "text")), Actor::read);
    }

    private static List<Long> ids(List<Agreement> list) {
        return list.stream().map(Agreement::dbId).toList();
    }

    @Description("The provisions of the agreement, in order.")
    public List<@NonNull ProvisionConnection> provisions(@Source List<Agreement> list,
            @DefaultValue("20") @Description(Pages.FIRST_DESCRIPTION) Integer first,
            @Description(Pages.AFTER_DESCRIPTION) String after) {
        // One statement per batch: each agreement's page cut by a lateral LIMIT first+1 (NestedPages).
        return nested.pages(ids(list), PROVISIONS, first, after, ProvisionConnection.ProvisionEdge::new,
                ProvisionConnection::new);
    }

    private static final NestedPages.Relation<Provision> PROVISIONS = NestedPages.Relation.of(
            "AGREEMENT_PROVISIONS", "select p.agreement_id, p.ordinal, p.topic::text as topic, p.text {keys} "
                    + "from agreement_provisions p where p.agreement_id = parent_.id",
            List.of(new NestedPages.Key("p.ordinal", "integer")), row -> new Provision(row.id("agreement_id"),
                    row.integer("ordinal"), row.enumOf(ProvisionTopic.class, "topic"), row.text("text")));

    @Name("agreements")
    @Description("Agreements this actor is party to or signed, earliest first.")
    public List<@NonNull AgreementConnection> agreementsOfActor(@Source List<Actor> list,
            @Description("Only agreements where the actor has this role.") ActorRole role,
            @DefaultValue("20") @Description(Pages.FIRST_DESCRIPTION) Integer first,
            @Description(Pages.AFTER_DESCRIPTION) String after) {
        // One statement per batch: each actor's page cut by a lateral LIMIT first+1 (NestedPages).
        return ofActors(list, role, first, after);
    }
}
