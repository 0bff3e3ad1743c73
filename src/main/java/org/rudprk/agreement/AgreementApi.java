package org.rudprk.agreement;

import java.util.List;
import java.util.Map;

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
import org.rudprk.common.Pages;
import org.rudprk.record.ActorRole;
import org.rudprk.record.RecordFilter;
import org.rudprk.record.RecordKind;
import org.rudprk.record.RecordLookup;
import org.rudprk.record.RecordOrder;
import org.rudprk.record.RecordRepository;

/** Agreements: look-ups, the list, and the fields only an agreement has. */
@GraphQLApi
public class AgreementApi {

    @Inject
    RecordLookup lookup;


    @Query
    @Description("An agreement by its global ID; null when there is none.")
    public Agreement agreement(@NonNull @Id @Description("The agreement's global ID.") String id) {
        return lookup.byId(id, RecordKind.AGREEMENT, Agreement.class);
    }

    @Query
    @Description("An agreement by its slug; null when there is none.")
    public Agreement agreementBySlug(@NonNull @Description("The agreement's slug.") String slug) {
        return lookup.bySlug(slug, RecordKind.AGREEMENT, Agreement.class);
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
        return lookup.page(RecordKind.AGREEMENT, Agreement.class, filter, orderBy, first, after, last, before,
                AgreementConnection.AgreementEdge::new, AgreementConnection::new);
    }

    @Description("The states party to the agreement.")
    public List<@NonNull List<@NonNull Actor>> parties(@Source List<Agreement> list) {
        return lookup.actorsInRole(list, Agreement::dbId, ActorRole.PARTY);
    }

    @Description("The people who signed it.")
    public List<@NonNull List<@NonNull Actor>> signatories(@Source List<Agreement> list) {
        return lookup.actorsInRole(list, Agreement::dbId, ActorRole.SIGNATORY);
    }

    @Description("The provisions of the agreement, in order.")
    public List<@NonNull List<@NonNull Provision>> provisions(@Source List<Agreement> list) {
        Map<Long, List<Provision>> found = RecordRepository.group(ProvisionEntity.<ProvisionEntity>list(
                "agreementId in ?1 order by agreementId, ordinal", list.stream().map(Agreement::dbId).toList())
                .stream().map(e -> new Provision(e.agreementId, e.ordinal, e.topic, e.text)).toList(),
                Provision::agreementId);
        return list.stream().map(a -> found.getOrDefault(a.dbId(), List.of())).toList();
    }

    @Name("agreements")
    @Description("Agreements this actor is party to or signed, earliest first.")
    public List<@NonNull List<@NonNull Agreement>> agreementsOfActor(@Source List<Actor> list,
            @Description("Only agreements where the actor has this role.") ActorRole role) {
        return lookup.ofActors(list.stream().map(Actor::dbId).toList(), role, RecordKind.AGREEMENT, Agreement.class);
    }
}
