package org.rudprk.agreement.api;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.rudprk.actor.api.Actor;
import org.rudprk.actor.api.ActorConnection;
import org.rudprk.common.NestedPages;
import org.rudprk.common.Pages;
import org.rudprk.record.ActorRole;
import org.rudprk.agreement.ProvisionTopic;
import org.rudprk.agreement.entity.ProvisionEntity;
import org.rudprk.record.query.SubtypeColumn;

/** The fields only an agreement has; the look-ups and lists of every kind are RecordKindApi's. */
@GraphQLApi
public class AgreementApi {

    @Inject
    NestedPages nested;

    @Description("The states party to the agreement.")
    public List<@NonNull ActorConnection> parties(@Source List<Agreement> list,
            @DefaultValue("20") @Description(Pages.FIRST_DESCRIPTION) Integer first,
            @Description(Pages.AFTER_DESCRIPTION) String after) {
        // One query per batch: record_actors JOIN actors WHERE record_id = each agreement AND role = PARTY (lateral), keyset by name, at most first (max 100) per agreement; +1 query for totalCount.
        return actors(list, ActorRole.PARTY, first, after);
    }

    @Description("The people who signed it.")
    public List<@NonNull ActorConnection> signatories(@Source List<Agreement> list,
            @DefaultValue("20") @Description(Pages.FIRST_DESCRIPTION) Integer first,
            @Description(Pages.AFTER_DESCRIPTION) String after) {
        // One query per batch: record_actors JOIN actors WHERE record_id = each agreement AND role = SIGNATORY (lateral), keyset by name, at most first (max 100) per agreement; +1 query for totalCount.
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
        // One query per batch: agreement_provisions WHERE agreement_id = each agreement (lateral), keyset by ordinal, at most first (max 100) per agreement; +1 query for totalCount.
        return nested.pages(ids(list), PROVISIONS, first, after, ProvisionConnection.ProvisionEdge::new,
                ProvisionConnection::new);
    }

    private static final NestedPages.Relation<Provision> PROVISIONS = NestedPages.Relation.of(
            "AGREEMENT_PROVISIONS", "select " + SubtypeColumn.selectList(ProvisionEntity.class, "p") + " {keys} "
                    + "from " + SubtypeColumn.table(ProvisionEntity.class) + " p where p.agreement_id = parent_.id",
            List.of(new NestedPages.Key("p.ordinal", "integer")), row -> new Provision(row.id("agreement_id"),
                    row.integer("ordinal"), row.enumOf(ProvisionTopic.class, "topic"), row.text("text")));

}
