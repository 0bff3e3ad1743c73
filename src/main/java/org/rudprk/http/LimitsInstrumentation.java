package org.rudprk.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


import org.jboss.logging.Logger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.ParserOptions;
import graphql.validation.ValidationError;
import io.smallrye.graphql.execution.QueryCache;

/**
 * Enforces the published limits inside graphql-java, on the operation that will actually run:
 * after validation, with variables coerced and their defaults applied, {@code @include} and
 * {@code @skip} evaluated and fragments expanded (see {@link QueryAnalysis}). It fails closed:
 * when the analysis itself fails, the request is refused ({@code ANALYSIS_FAILED}), never run
 * unchecked. Registered through SmallRye GraphQL's public SPI ({@link Registration}). It also makes
 * the checks a document earns before it runs, for the HTTP edge, which does not parse documents: a
 * directive the server does not honour, and over GET anything but a query ({@link RequestFacts}). And
 * it hands graphql-java the data loaders it needs: SmallRye's registry as a
 * {@link PendingDispatchRegistry}, or none for an operation that reaches no loader ({@link LoaderUse}).
 */
public final class LimitsInstrumentation extends SimplePerformantInstrumentation {

    private static final Logger LOG = Logger.getLogger(LimitsInstrumentation.class);

    private final Limits limits;

    /**
     * SmallRye's document cache, whose one hook (validation: it keeps a document once valid) this
     * instrumentation calls itself; null when SmallRye's chain holds more and this one is chained
     * beside it instead.
     */
    private final Instrumentation documentCache;

    /** Documents validated so far: a document SmallRye's cache holds is not validated again (tests read it). */
    private static final java.util.concurrent.atomic.LongAdder VALIDATIONS = new java.util.concurrent.atomic.LongAdder();

    public static long validations() {
        return VALIDATIONS.sum();
    }

    LimitsInstrumentation(Limits limits, Instrumentation documentCache) {
        this.limits = limits;
        this.documentCache = documentCache;
    }

    /**
     * Analyses by document, operation and coerced variables: clients repeat the same few, and
     * SmallRye's document cache hands back the same parsed document for the same text.
     */
    private final Cache<AnalysisKey, QueryAnalysis.Result> analyses = Caffeine.newBuilder().maximumSize(500).build();

    private record AnalysisKey(Object document, String operation, Map<String, Object> variables) {
    }

    /**
     * Puts the limits into graphql-java when SmallRye GraphQL builds it: an {@code EventingService}
     * (SmallRye's public SPI, registered in META-INF/services; enabled without a configuration key).
     * The limits join SmallRye's own instrumentation chain rather than replace it: that chain holds
     * the validation hook through which SmallRye's document cache keeps a document once it has
     * validated, so without it every request was parsed and validated again.
     */
    public static final class Registration extends ApplicationEventingService {
        @Override
        protected GraphQL.Builder build(GraphQL.Builder builder) {
            // The builder has no getter: what SmallRye put in it is read from a first build.
            Instrumentation smallrye = builder.build().getInstrumentation();
            Limits limits = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                    .unwrap(io.smallrye.config.SmallRyeConfig.class).getConfigMapping(Limits.class);
            // Every document is parsed by graphql-java for SmallRye (the HTTP edge does not parse
            // it): the token limit is the parser's, for every operation it parses (graphql-java's
            // public default; it stops at the token past the limit).
            ParserOptions.setDefaultOperationParserOptions(ParserOptions.getDefaultOperationParserOptions()
                    .transform(o -> o.maxTokens(limits.maxTokens())));
            List<Instrumentation> theirs = smallrye instanceof ChainedInstrumentation chain
                    ? chain.getInstrumentations() : List.of(smallrye);
            if (theirs.size() == 1 && theirs.get(0) instanceof QueryCache cache) {
                // SmallRye's default chain is its document cache alone: call its validation hook
                // from here, so graphql-java's per-field hooks (several per field of every answer)
                // go to one no-op instrumentation instead of through two chains of two.
                return builder.instrumentation(new LimitsInstrumentation(limits, cache));
            }
            return builder.instrumentation(new ChainedInstrumentation(smallrye, new LimitsInstrumentation(limits, null)));
        }
    }

    /**
     * Not a limit, but the one instrumentation every request passes through (see {@link Registration}):
     * SmallRye's registry of data loaders is handed to graphql-java as a {@link PendingDispatchRegistry}.
     */
    @Override
    public graphql.ExecutionInput instrumentExecutionInput(graphql.ExecutionInput input,
            graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        org.dataloader.DataLoaderRegistry loaders = input.getDataLoaderRegistry();
        if (loaders == null || loaders instanceof PendingDispatchRegistry) {
            return input;
        }
        org.dataloader.DataLoaderRegistry pending = PendingDispatchRegistry.over(loaders);
        return pending == loaders ? input : input.transform(b -> b.dataLoaderRegistry(pending));
    }

    /**
     * Whether an operation may reach a loader depends on its document and name only (the schema
     * and its fetchers are fixed; LoaderUse ignores @include and @skip): walked once per document
     * SmallRye's cache keeps, not on every request.
     */
    private final Cache<LoaderUseKey, Boolean> loaderUse = Caffeine.newBuilder().maximumSize(500).build();

    private record LoaderUseKey(Object document, String operation) {
    }

    /** Executions run without data loaders (see {@link #instrumentExecutionContext}), for tests. */
    private static final java.util.concurrent.atomic.LongAdder LOADER_FREE = new java.util.concurrent.atomic.LongAdder();

    public static long loaderFreeExecutions() {
        return LOADER_FREE.sum();
    }

    /**
     * An operation that cannot reach a field resolved through a data loader ({@link LoaderUse}) runs
     * without SmallRye's registry: graphql-java then skips its per-level dispatch bookkeeping (a
     * lock and counters per field of the answer), which it only does for a registry other than its
     * own empty one.
     */
    @Override
    public ExecutionContext instrumentExecutionContext(ExecutionContext ctx,
            graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        org.dataloader.DataLoaderRegistry none =
                graphql.execution.instrumentation.dataloader.EmptyDataLoaderRegistryInstance.EMPTY_DATALOADER_REGISTRY;
        if (ctx.getDataLoaderRegistry() == none || loaderUse.get(new LoaderUseKey(ctx.getDocument(),
                ctx.getOperationDefinition().getName()), k -> LoaderUse.mayUseLoaders(ctx))) {
            return ctx;
        }
        LOADER_FREE.increment();
        return ctx.transform(b -> b.dataLoaderRegistry(none));
    }

    /**
     * Runs once per document text: a document that validates is then kept by SmallRye's cache,
     * which skips this hook. A document refused here is never kept (the cache keeps a document when
     * its validation completes, and this throws first), so it is refused every time it comes.
     */
    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
            InstrumentationState state) {
        VALIDATIONS.increment();
        InstrumentationContext<List<ValidationError>> keep = documentCache == null
                ? super.beginValidation(parameters, state) : documentCache.beginValidation(parameters, null);
        refuseDocument(parameters.getDocument(), parameters.getOperation(), RequestFacts.of(parameters.getGraphQLContext()));
        return keep;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext ctx = parameters.getExecutionContext();
        RequestFacts facts = RequestFacts.of(ctx.getGraphQLContext());
        refuseOverGet(ctx.getOperationDefinition(), facts);
        check(ctx);
        facts.query = ctx.getOperationDefinition().getOperation() == OperationDefinition.Operation.QUERY;
        return super.beginExecuteOperation(parameters, state);
    }

    /**
     * What the document itself earns, before it is validated: a directive this server does not
     * honour (@defer: it would be half-run), and over GET an operation that is not a query (checked
     * here too, since a document naming a mutation fails validation and never runs).
     */
    private static void refuseDocument(Document document, String operationName, RequestFacts facts) {
        String directive = ServedSchema.unsupportedDirective(document);
        if (directive != null) {
            throw refusal("UNSUPPORTED_DIRECTIVE", "the directive @" + directive + " is not supported by this "
                    + "server (see the directives in the schema)", null, null);
        }
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        operations.stream().filter(o -> operationName == null ? operations.size() == 1 : operationName.equals(o.getName()))
                .findFirst().ifPresent(o -> refuseOverGet(o, facts)); // none: graphql-java reports the operation
    }

    /** GET (and HEAD) only run queries: anything else is refused with METHOD_NOT_ALLOWED, answered 405. */
    private static void refuseOverGet(OperationDefinition operation, RequestFacts facts) {
        if (facts.get && operation.getOperation() != OperationDefinition.Operation.QUERY) {
            throw refusal(METHOD_NOT_ALLOWED, "GET only runs queries; send a "
                    + operation.getOperation().name().toLowerCase(java.util.Locale.ROOT) + " with POST", null, null);
        }
    }

    /** The code of a refusal the HTTP edge answers with 405. */
    static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";

    private void check(ExecutionContext ctx) {
        QueryAnalysis.Result r;
        try {
            AnalysisKey key = new AnalysisKey(ctx.getDocument(), ctx.getOperationDefinition().getName(),
                    ctx.getCoercedVariables().toMap());
            r = analyses.getIfPresent(key);
            if (r == null) {
                r = QueryAnalysis.analyse(ctx.getGraphQLSchema(), ctx.getOperationDefinition(),
                        ctx.getFragmentsByName(), ctx.getCoercedVariables());
                analyses.put(key, r);
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "the limits analysis failed; the request is refused");
            throw refusal("ANALYSIS_FAILED", "the server could not measure this operation against its limits, so "
                    + "it does not run it; simplify the operation", null, null);
        }
        if (r.violation() != null) {
            throw refusal(r.violation().code(), r.violation().message(), null, null);
        }
        if (r.depth() > limits.maxDepth()) {
            throw refusal("DEPTH_LIMIT", "the operation nests fields " + r.depth() + " levels deep; at most "
                    + limits.maxDepth() + " are allowed", r.depth(), limits.maxDepth());
        }
        if (r.aliases() > limits.maxAliases()) {
            throw refusal("ALIAS_LIMIT", "the operation uses " + r.aliases() + " aliases; at most "
                    + limits.maxAliases() + " are allowed", r.aliases(), limits.maxAliases());
        }
        if (r.nodes() > limits.maxNodes()) {
            throw refusal("NODE_LIMIT", "the operation may return " + r.nodes() + " nodes (page sizes multiply: "
                    + "first: 100 under first: 100 is 10,000); at most " + limits.maxNodes() + " are allowed",
                    r.nodes(), limits.maxNodes());
        }
        // Nested connections are loaded in one batch per field, seen through its first caller:
        // tell them which fields are counted anywhere in the operation (see Pages.countAsked).
        ctx.getGraphQLContext().put(org.rudprk.common.Pages.COUNTED_FIELDS, r.counted());
        if (r.cost() > limits.maxCost()) {
            throw refusal("COST_LIMIT", "the operation's estimated cost is " + r.cost() + " fields; at most "
                    + limits.maxCost() + " is allowed (page sizes multiply: ask for smaller pages or fewer nested "
                    + "lists)", r.cost(), limits.maxCost());
        }
    }

    /** A refusal with its code, and the figure computed and the figure allowed where there are figures. */
    private static AbortExecutionException refusal(String code, String message, Number computed, Number allowed) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code);
        if (computed != null) {
            extensions.put("computed", computed);
            extensions.put("allowed", allowed);
        }
        return new AbortExecutionException(List.of(GraphqlErrorBuilder.newError().message(message)
                .extensions(extensions).build()));
    }
}
