package org.rudprk.statement.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.rudprk.actor.api.Actor;
import org.rudprk.record.api.Record;
import org.rudprk.record.api.RecordBase;
import org.rudprk.statement.StatementKind;

/** What a named actor said, when, and in what context. */
@Type("Statement")
@Description("What a named actor said, when, and in what context.")
public class Statement extends RecordBase implements Record {

    @NonNull
    @Description("In what form it was said.")
    public final StatementKind statementKind;

    @Description("The occasion or context.")
    public final String context;

    @Description("The words, rendered in English, where the wording itself is the fact.")
    public final String quote;

    @Description("The words as printed in the source (Italian), where the wording itself is the fact.")
    public final String quoteOriginal;

    @Description("Who said it.")
    public final Actor speaker;

    public Statement(Core core, StatementKind statementKind, String context, String quote, String quoteOriginal,
            Actor speaker) {
        super(core);
        this.speaker = speaker;
        this.statementKind = statementKind;
        this.context = context;
        this.quote = quote;
        this.quoteOriginal = quoteOriginal;
    }
}
