package org.rudprk.statement;

import static org.rudprk.export.Column.Type.TEXT;

import java.util.List;
import java.util.function.Function;

import org.rudprk.actor.Actor;
import org.rudprk.export.Column;
import org.rudprk.record.ActorRole;
import org.rudprk.record.RecordBase;
import org.rudprk.record.RecordKind;
import org.rudprk.record.RecordKindDescription;

/** Statements: table statements (see {@link StatementEntity}), said by a speaker. */
public final class StatementDescription implements RecordKindDescription {

    @Override
    public RecordKind kind() {
        return RecordKind.STATEMENT;
    }

    @Override
    public Class<?> entity() {
        return StatementEntity.class;
    }

    @Override
    public String alias() {
        return "st";
    }

    @Override
    public List<ActorRole> principalRoles() {
        return List.of(ActorRole.SPEAKER);
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
                Column.ofKind(kind(), "statement_kind", TEXT, "st.statement_kind::text",
                        "Statements: REMARK, INTERVIEW, OFFICIAL_STATEMENT, ..."),
                Column.ofKind(kind(), "speaker", TEXT, Column.slugsInRole(ActorRole.SPEAKER),
                        "Statements: who said it (actor slug)."),
                Column.ofKind(kind(), "context", TEXT, "st.context", "Statements: the occasion."),
                Column.ofKind(kind(), "quote", TEXT, "st.quote",
                        "Statements: the words in English, where the wording is the fact."),
                Column.ofKind(kind(), "quote_original", TEXT, "st.quote_original",
                        "Statements: the words as printed in the (Italian) source."));
    }
}
