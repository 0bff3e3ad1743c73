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
import org.rudprk.record.RecordKindApi;
import org.rudprk.record.RecordLookup;
import org.rudprk.record.RecordOrder;
import org.rudprk.statement.StatementConnection.StatementEdge;

/** Statements: look-ups, the list, and the fields only a statement has. */
@GraphQLApi
public class StatementApi extends RecordKindApi<Statement, StatementEdge, StatementConnection> {

    @Inject
    public StatementApi(RecordLookup lookup) {
        super(lookup, RecordKind.STATEMENT, Statement.class, StatementEdge::new, StatementConnection::new);
    }

    @Query
    @Description("A statement by its global ID; null when there is none.")
    public Statement statement(@NonNull @Id @Description("The statement's global ID.") String id) {
        return byId(id);
    }

    @Query
    @Description("A statement by its slug; null when there is none.")
    public Statement statementBySlug(@NonNull @Description("The statement's slug.") String slug) {
        return bySlug(slug);
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
        return page(filter, orderBy, first, after, last, before);
    }

    @Name("statements")
    @Description("What this actor said, earliest first.")
    public List<@NonNull StatementConnection> statementsOfActor(@Source List<Actor> list,
            @DefaultValue("20") @Description(Pages.FIRST_DESCRIPTION) Integer first,
            @Description(Pages.AFTER_DESCRIPTION) String after) {
        // One statement per batch: each actor's page cut by a lateral LIMIT first+1 (NestedPages).
        return ofActors(list, ActorRole.SPEAKER, first, after);
    }
}
