package org.rudprk.statement;

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
import org.rudprk.common.Pages;
import org.rudprk.record.ActorRole;
import org.rudprk.record.RecordFilter;
import org.rudprk.record.RecordKind;
import org.rudprk.record.RecordLookup;
import org.rudprk.record.RecordOrder;

/** Statements: look-ups, the list, and the fields only a statement has. */
@GraphQLApi
public class StatementApi {

    @Inject
    RecordLookup lookup;


    @Query
    @Description("A statement by its global ID; null when there is none.")
    public Statement statement(@NonNull @Id @Description("The statement's global ID.") String id) {
        return lookup.byId(id, RecordKind.STATEMENT, Statement.class);
    }

    @Query
    @Description("A statement by its slug; null when there is none.")
    public Statement statementBySlug(@NonNull @Description("The statement's slug.") String slug) {
        return lookup.bySlug(slug, RecordKind.STATEMENT, Statement.class);
    }

    @Query
    @Description("What named actors said, earliest first unless ordered otherwise.")
    public StatementConnection statements(
            @Description(Pages.FIRST_DESCRIPTION) Integer first,
            @Description(Pages.AFTER_DESCRIPTION) String after,
            @Description(Pages.LAST_DESCRIPTION) Integer last,
            @Description(Pages.BEFORE_DESCRIPTION) String before,
            @Description("Only statements matching this condition.") RecordFilter filter,
            @DefaultValue("DATE_ASC") @Description("The order of the list.") RecordOrder orderBy) {
        return lookup.page(RecordKind.STATEMENT, Statement.class, filter, orderBy, first, after, last, before,
                StatementConnection.StatementEdge::new, StatementConnection::new);
    }

    @Name("statements")
    @Description("What this actor said, earliest first.")
    public List<@NonNull StatementConnection> statementsOfActor(@Source List<Actor> list,
            @DefaultValue("20") @Description(Pages.FIRST_DESCRIPTION) Integer first,
            @Description(Pages.AFTER_DESCRIPTION) String after) {
        // One statement per batch: each actor's page cut by a lateral LIMIT first+1 (NestedPages).
        return lookup.pagesOfActors(list, ActorRole.SPEAKER, RecordKind.STATEMENT, Statement.class, first, after,
                StatementConnection.StatementEdge::new, StatementConnection::new);
    }
}
