package org.rudprk.statement.query;

import java.util.List;
import java.util.function.Function;

import org.rudprk.actor.api.Actor;
import org.rudprk.export.Column;
import org.rudprk.record.ActorRole;
import org.rudprk.record.api.RecordBase;
import org.rudprk.record.RecordKind;
import org.rudprk.record.query.RecordKindDescription;
import org.rudprk.statement.StatementKind;
import org.rudprk.statement.api.Statement;
import org.rudprk.statement.entity.StatementEntity;

/** Statements: table statements (see {@link StatementEntity}), said by a speaker. */
public final class StatementDescription extends RecordKindDescription {

    public StatementDescription() {
        super(RecordKind.STATEMENT, StatementEntity.class, "st", API_TEXT, ActorRole.SPEAKER);
    }

    @Override
    public RecordBase toApi(RecordBase.Core core, Function<String, Object> column, List<Actor> principals) {
        return new Statement(core, StatementKind.valueOf((String) column.apply("statement_kind")),
                (String) column.apply("context"), (String) column.apply("quote"),
                (String) column.apply("quote_original"), principals.get(0));
    }

    @Override
    public List<Column> exportColumns() {
        return List.of(
                exportOwn("statement_kind", "Statements: REMARK, INTERVIEW, OFFICIAL_STATEMENT, ..."),
                exportActors("speaker", ActorRole.SPEAKER, "Statements: who said it (actor slug)."),
                exportOwn("context", "Statements: the occasion."),
                exportOwn("quote", "Statements: the words in English, where the wording is the fact."),
                exportOwn("quote_original", "Statements: the words as printed in the (Italian) source."));
    }

    /** What the lists of statements say in the API (Query.statements, Actor.statements). */
    private static final ApiText API_TEXT = new ApiText("What named actors said, earliest first unless ordered otherwise.",
            "What this actor said, earliest first.", ActorRole.SPEAKER, List.of());
}
