package org.rudprk.statement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.rudprk.actor.Actor;
import org.rudprk.record.Record;
import org.rudprk.record.RecordBase;

/** What a named actor said, when, and in what context. */
@Type("Statement")
@Description("What a named actor said, when, and in what context.")
public class Statement extends RecordBase implements Record {

    private final StatementKind statementKind;
    private final String context;
    private final String quote;
    private final String quoteOriginal;

    private final Actor speaker;

    public Statement(Core core, StatementKind statementKind, String context, String quote, String quoteOriginal,
            Actor speaker) {
        super(core);
        this.speaker = speaker;
        this.statementKind = statementKind;
        this.context = context;
        this.quote = quote;
        this.quoteOriginal = quoteOriginal;
    }

    @Description("Who said it.")
    public Actor getSpeaker() {
        return speaker;
    }

    @NonNull
    @Description("In what form it was said.")
    public StatementKind getStatementKind() {
        return statementKind;
    }

    @Description("The occasion or context.")
    public String getContext() {
        return context;
    }

    @Description("The words, rendered in English, where the wording itself is the fact.")
    public String getQuote() {
        return quote;
    }

    @Description("The words as printed in the source (Italian), where the wording itself is the fact.")
    public String getQuoteOriginal() {
        return quoteOriginal;
    }
}
