package org.rudprk.http;

import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;

import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.rudprk.common.errors.DatabaseUnavailableException;
import org.rudprk.dataset.DatasetVersionHeader;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.schema.GraphQLSchema;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.smallrye.graphql.execution.ExecutionService;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * GraphQL over HTTP, as the specification asks: GET (and HEAD) for queries, POST with JSON,
 * application/graphql-response+json with 4xx for request errors, 405/406/413/414/415 where they
 * belong. Refuses over-sized, over-deep, alias-heavy and over-costly documents before they
 * run, and turns a database outage into a quick 503. Execution itself is SmallRye's.
 *
 * <p>Caching: successful answers are kept in memory by dataset release, document, operation name
 * and variables ({@link AnswerStore}), so a repeated query costs no SQL; GET and HEAD answers carry
 * a strong ETag (release and a hash of the body), Cache-Control public with max-age and
 * stale-while-revalidate (immutable when the request pins the release) and Vary; If-None-Match is
 * answered 304. Errors are never cached (no-store). Automatic persisted queries follow Apollo's
 * protocol (extensions.persistedQuery, version 1, sha256Hash).
 *
 * <p>What a request asks (media type, parameters, pin, persisted query) is read by
 * {@link GraphQLRequests}; the errors of an answer are built by {@link ErrorAnswers}.
 */
final class GraphQLHttpHandler implements Handler<RoutingContext> {

    private static final Logger LOG = Logger.getLogger(GraphQLHttpHandler.class);
    static final String GRAPHQL_RESPONSE_JSON = "application/graphql-response+json";
    static final String JSON = "application/json";

    private final Limits limits;
    private final HttpCaching caching;
    private final DatasetVersionHeader releases;
    private final AnswerStore store;
    private final GraphQLRequests requests;
    private final TeachingErrors teaching;

    /** Pins the dataset release the answer must come from (request header; on GET also ?datasetVersion=). */
    static final String PINNED_VERSION_HEADER = "X-Dataset-Version";
    static final String PINNED_VERSION_PARAMETER = "datasetVersion";
    /** The request headers an answer depends on: its format, CORS, and the pinned release. */
    static final String VARY = "Accept, Origin, " + PINNED_VERSION_HEADER;

    private final TransactionManager transactions;
    private final Session session;
    private final ManagedContext requestContext = Arc.container().requestContext();
    private volatile ExecutionService executionService;

    GraphQLHttpHandler(Limits limits, HttpCaching caching, DatasetVersionHeader releases,
            GraphQLSchema schema, TransactionManager transactions, Session session) {
        this.limits = limits;
        this.caching = caching;
        this.releases = releases;
        this.store = new AnswerStore(caching.responseCacheBytes(), caching.persistedQueryBytes());
        this.requests = new GraphQLRequests(limits, store);
        this.teaching = new TeachingErrors(schema);
        this.transactions = transactions;
        this.session = session;
    }

    /**
     * Runs on a worker thread (the route's blocking handler) inside a request scope of its own,
     * activated here and destroyed when the answer is written. Every resolver runs inline on this
     * thread (PropertyFetchers gives them SmallRye's own fetcher), so the scope stays active
     * throughout and no fetcher needs to be handed it.
     */
    @Override
    public void handle(RoutingContext ctx) {
        boolean ours = !requestContext.isActive();
        if (ours) {
            requestContext.activate();
        }
        try {
            doHandle(ctx);
        } finally {
            if (ours) {
                requestContext.terminate();
            }
        }
    }

    /** A refusal before execution: HTTP status, extensions.code and message. */
    record Refusal(int status, String code, String message) {
    }

    private void doHandle(RoutingContext ctx) {
        HttpServerResponse response = ctx.response();
        String mediaType = GraphQLRequests.negotiate(ctx.request().getHeader("Accept"));
        if (mediaType == null) {
            refuse(ctx, JSON, new Refusal(406, "NOT_ACCEPTABLE", "this endpoint answers in "
                    + GRAPHQL_RESPONSE_JSON + " or " + JSON + "; the Accept header allows neither"));
            return;
        }
        HttpMethod method = ctx.request().method();
        boolean get = method == HttpMethod.GET || method == HttpMethod.HEAD;
        if (!get && method != HttpMethod.POST) {
            response.putHeader("Allow", "GET, HEAD, POST");
            refuse(ctx, mediaType, new Refusal(405, "METHOD_NOT_ALLOWED", "use GET, HEAD or POST"));
            return;
        }
        if (get) {
            response.putHeader("Vary", VARY);
        }
        try {
            if (get && ctx.request().uri().length() > caching.maxUrlChars()) {
                throw new RefusedException(414, "URI_TOO_LONG", "the request URL has " + ctx.request().uri().length()
                        + " characters; at most " + caching.maxUrlChars() + " are read (send the document with POST)");
            }
            JsonObject request = requests.persisted(get ? requests.fromQueryString(ctx) : requests.fromBody(ctx), mediaType);
            // The release last read in the background names the kept answer to look for; the one an
            // executed answer is labelled with, and a pin is checked against, is read in the
            // request's own snapshot (execute), so a release loaded a moment ago is never mislabelled.
            String pinned = GraphQLRequests.pinnedVersion(ctx, get);
            String version = releases.version();
            String query = request.getString("query");
            if (query.length() > limits.maxDocumentChars()) {
                throw RefusedException.document(mediaType, "DOCUMENT_TOO_LARGE", "the document has " + query.length()
                        + " characters; at most " + limits.maxDocumentChars() + " are accepted");
            }
            String operationName = request.containsKey("operationName") && !request.isNull("operationName")
                    ? request.getString("operationName") : null;
            AnswerStore.Key key = new AnswerStore.Key(version, query, operationName, GraphQLRequests.variablesText(request));
            // Only answers of a query that ran without an error are kept (RequestFacts.query): one
            // found here is served as it was, with no parsing.
            // A pin on another release than the last one read is settled by the snapshot, not the store.
            AnswerStore.Answer kept = pinned == null || pinned.equals(version) ? store.answer(key) : null;
            if (kept != null) {
                answer(new Exchange(ctx, mediaType, get, pinned, key, null), kept);
                return;
            }
            // Not parsed here: graphql-java parses it for SmallRye, whose cache keeps it once valid,
            // and the checks a document earns are made there (LimitsInstrumentation, RequestFacts).
            RequestFacts facts = new RequestFacts(get);
            Exchange exchange = new Exchange(ctx, mediaType, get, pinned, key, facts);
            response.putHeader("Content-Type", mediaType + "; charset=utf-8");
            execute(request, exchange);
        } catch (RefusedException e) {
            refuse(ctx, mediaType, e);
        }
    }

    /** 409: the request pins a release other than the one its snapshot reads. */
    private static RefusedException versionMismatch(String pinned, String serving) {
        return new RefusedException(409, "DATASET_VERSION_MISMATCH", "the request pins dataset release '" + pinned
                + "', but this server serves '" + serving + "'; drop the pin or ask a server of that release");
    }

    /** A refusal, with where in the document for a syntax error. */
    private static void refuse(RoutingContext ctx, String mediaType, RefusedException e) {
        if (e.location != null && e.location.getLine() > 0) {
            ctx.response().setStatusCode(e.refusal.status()).putHeader("Content-Type", mediaType + "; charset=utf-8")
                    .putHeader("Cache-Control", "no-store");
            end(ctx, errorBody(e.refusal.code(), e.refusal.message(),
                    List.of(ordered("line", e.location.getLine(), "column", e.location.getColumn()))));
        } else {
            refuse(ctx, mediaType, e.refusal);
        }
    }

    /**
     * Runs the operation in one read-only transaction, so every field of the answer reads one
     * snapshot of the database and one answer never mixes two dataset releases. The default
     * datasource opens its transactions at REPEATABLE READ and READ ONLY (application.properties:
     * transaction-isolation-level, and the driver's readOnly), so the snapshot is taken by the
     * first statement and kept to the last. Every data fetcher of the request runs inline on this
     * thread (SmallRye's own fetchers, see PropertyFetchers), where the transaction is bound. Nothing is written, so it always ends
     * with a rollback, which also ends it cleanly when a failed statement marked it rollback-only.
     */
    private void execute(JsonObject request, Exchange exchange) {
        Outcome outcome = new Outcome();
        Exchange x = exchange;
        RefusedException refused = null;
        try {
            transactions.begin();
            try {
                // Read-only, as outside a transaction: entities are not snapshotted for dirty checks.
                session.setDefaultReadOnly(true);
                session.setHibernateFlushMode(FlushMode.MANUAL);
                // The snapshot's first read: the release every field of this answer comes from.
                String release = releases.inSnapshot(session);
                if (x.pinned() != null && !x.pinned().equals(release)) {
                    refused = versionMismatch(x.pinned(), release);
                } else {
                    if (!release.equals(x.key().datasetVersion())) {
                        x = x.readFrom(release);
                    }
                    executionService().executeSync(request, metadata(x.facts()), outcome);
                }
            } finally {
                endSmallRyeContext();
                transactions.rollback();
            }
        } catch (NotSupportedException | SystemException e) {
            outcome.failure = e;
        } catch (DatabaseUnavailableException e) {
            // The release could not be read: the same 503 a field that cannot reach the database earns.
            unavailable(x.ctx(), e);
            return;
        }
        // Written once the transaction is over, so the connection is back in the pool first.
        if (refused != null) {
            refuse(x.ctx(), x.mediaType(), refused);
        } else if (outcome.failure != null) {
            new Writer(x).fail(outcome.failure);
        } else {
            new Writer(x).write(outcome.response);
        }
    }

    private static final java.util.concurrent.atomic.LongAdder CONTEXTS_LEFT_SET = new java.util.concurrent.atomic.LongAdder();

    /**
     * SmallRye keeps a resolver's context in a thread local (SmallRyeContextManager); its own
     * fetchers leave it set, and on a pooled worker thread the next request would start from it:
     * kept across requests, the contexts and the DataLoaders they reach piled up (140 MiB of heap
     * after a minute of benchmark queries (c) then (a), 2026-12-02). PropertyFetchers.Resolver
     * clears it after every call, as Quarkus's fetchers do; this clears whatever is still set
     * when the request ends and counts it, so a test can tell that no fetcher leaves one behind.
     */
    private static void endSmallRyeContext() {
        if (io.smallrye.graphql.execution.context.SmallRyeContextManager.getCurrentSmallRyeContext() != null) {
            CONTEXTS_LEFT_SET.increment();
            io.smallrye.graphql.execution.context.SmallRyeContextManager.clearCurrentSmallRyeContext();
        }
    }

    /** How many requests ended with a SmallRye context still set (see {@link #endSmallRyeContext}). */
    static long contextsLeftSet() {
        return CONTEXTS_LEFT_SET.sum();
    }

    /** SmallRye GraphQL's engine, the one its own endpoint runs (a CDI bean). */
    private ExecutionService executionService() {
        ExecutionService e = executionService;
        if (e == null) {
            e = executionService = Arc.container().instance(ExecutionService.class).get();
        }
        return e;
    }

    /** The execution's metadata, which SmallRye puts in graphql-java's context (and adds to: mutable). */
    private static Map<String, Object> metadata(RequestFacts facts) {
        Map<String, Object> metadata = new java.util.HashMap<>(4);
        metadata.put(RequestFacts.KEY, facts);
        return metadata;
    }

    /** What SmallRye's execution produced, kept until the transaction is over. */
    private static final class Outcome implements ExecutionResponseWriter {
        ExecutionResponse response;
        Throwable failure;

        @Override
        public void write(ExecutionResponse r) {
            response = r;
        }

        @Override
        public void fail(Throwable t) {
            failure = t;
        }
    }

    /** One request being answered: what caching needs to know about it. */
    /**
     * One request on its way to an answer. {@code pinned} is the release the client asked for (null
     * when none); {@code key} names the release the answer is labelled with (ETag, X-Dataset-Version)
     * and kept under: the one its snapshot read, once executed.
     */
    private record Exchange(RoutingContext ctx, String mediaType, boolean get, String pinned, AnswerStore.Key key,
            RequestFacts facts) {
        Exchange readFrom(String release) {
            return new Exchange(ctx, mediaType, get, pinned, new AnswerStore.Key(release, key.query(),
                    key.operationName(), key.variables()), facts);
        }
    }

    /**
     * Why the document does not parse, or null when it does: asked only when an answer has no data,
     * since SmallRye reports a document it cannot parse without saying where ("Unparseable input
     * document"). Parses with graphql-java's own options, which carry the token limit
     * ({@link LimitsInstrumentation.Registration}), so both parsers refuse the same documents.
     */
    private RefusedException syntaxRefusal(String query, String mediaType) {
        try {
            new Parser().parseDocument(ParserEnvironment.newParserEnvironment().document(query)
                    .parserOptions(ParserOptions.getDefaultOperationParserOptions()).build());
            return null;
        } catch (ParseCancelledException e) {
            return RefusedException.document(mediaType, "TOO_MANY_TOKENS", "the document has more than " + limits.maxTokens()
                    + " tokens");
        } catch (InvalidSyntaxException e) {
            return syntaxError(mediaType, e);
        }
    }

    /** A syntax error: where (line, column) and which token, as graphql-java found it. */
    private static RefusedException syntaxError(String mediaType, InvalidSyntaxException e) {
        RefusedException r = RefusedException.document(mediaType, "GRAPHQL_PARSE_FAILED", TeachingErrors.syntax(e));
        r.location = e.getLocation();
        return r;
    }


    /** An error: never cached. */
    static void refuse(RoutingContext ctx, String mediaType, Refusal r) {
        ctx.response().setStatusCode(r.status()).putHeader("Content-Type", mediaType + "; charset=utf-8")
                .putHeader("Cache-Control", "no-store");
        end(ctx, errorBody(r.code(), r.message()));
    }

    /** Ends the response with a body, or only its length for HEAD. */
    static void end(RoutingContext ctx, String body) {
        if (ctx.request().method() == HttpMethod.HEAD) {
            ctx.response().putHeader("Content-Length",
                    String.valueOf(body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)).end();
        } else {
            ctx.response().end(body);
        }
    }

    /**
     * A successful answer. GET and HEAD get a strong ETag (release, body hash and media type),
     * Cache-Control public with max-age and stale-while-revalidate, or immutable when the request
     * pins the release; a matching If-None-Match gets 304 with no body. POST answers carry no
     * caching headers (HTTP caches do not store them).
     */
    private void answer(Exchange x, AnswerStore.Answer answer) {
        HttpServerResponse http = x.ctx().response();
        http.putHeader("Content-Type", x.mediaType() + "; charset=utf-8");
        // The release this answer was read from, which may be newer than the one the filter named.
        http.putHeader(DatasetVersionHeader.HEADER, x.key().datasetVersion());
        if (x.get()) {
            String etag = "\"" + x.key().datasetVersion() + "." + answer.hash()
                    + (GRAPHQL_RESPONSE_JSON.equals(x.mediaType()) ? ".g" : ".j") + "\"";
            http.putHeader("ETag", etag).putHeader("Cache-Control", x.pinned() != null
                    ? "public, max-age=" + caching.pinnedMaxAge() + ", immutable"
                    : "public, max-age=" + caching.maxAge() + ", stale-while-revalidate="
                            + caching.staleWhileRevalidate());
            if (matches(x.ctx().request().getHeader("If-None-Match"), etag)) {
                http.headers().remove("Content-Type");
                http.setStatusCode(304).end();
                return;
            }
        }
        http.setStatusCode(200);
        end(x.ctx(), answer.body());
    }

    /** If-None-Match: '*' or a list of entity tags, compared weakly as RFC 9110 asks. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.trim();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals("*") || t.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    static String errorBody(String code, String message) {
        return errorBody(code, message, null);
    }

    /** An answer of one error, written by {@link ResponseJson} as every answer is. */
    private static String errorBody(String code, String message, List<Map<String, Object>> locations) {
        Map<String, Object> error = ordered("message", message);
        if (locations != null) {
            error.put("locations", locations);
        }
        error.put("extensions", ordered("code", code));
        return ResponseJson.write(ordered("errors", List.of(error)));
    }

    /** A JSON object with its members in the order given (name, value, name, value...). */
    private static Map<String, Object> ordered(Object... members) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < members.length; i += 2) {
            out.put((String) members[i], members[i + 1]);
        }
        return out;
    }


    /** Writes SmallRye's result with the status the media type calls for; keeps answers without errors. */
    private final class Writer implements ExecutionResponseWriter {
        private final Exchange exchange;

        Writer(Exchange exchange) {
            this.exchange = exchange;
        }

        @Override
        public void write(ExecutionResponse response) {
            RoutingContext ctx = exchange.ctx();
            HttpServerResponse http = ctx.response();
            if (http.ended() || http.closed()) {
                return;
            }
            ExecutionResult result = response.getExecutionResult();
            if (result.getErrors().isEmpty()) {
                String body = ResponseJson.write(result);
                // Kept under the release its snapshot read (exchange.key), whatever the background read says.
                answer(exchange, exchange.facts().query ? store.remember(exchange.key(), body) : AnswerStore.unkept(body));
                return;
            }
            RefusedException syntax = result.isDataPresent() ? null
                    : syntaxRefusal(exchange.key().query(), exchange.mediaType());
            if (syntax != null) {
                refuse(ctx, exchange.mediaType(), syntax);
                return;
            }
            http.putHeader("Cache-Control", "no-store");
            List<GraphQLError> errors = result.getErrors();
            DatabaseUnavailableException down = ErrorAnswers.databaseDown(errors);
            if (down != null) {
                unavailable(ctx, down);
                return;
            }
            ErrorAnswers.log(errors);
            Map<String, Object> answer = new java.util.LinkedHashMap<>(result.toSpecification());
            answer.put("errors", ErrorAnswers.of(errors, teaching.about(exchange.key().query(), exchange.key().variables())));
            boolean methodNotAllowed = errors.stream()
                    .anyMatch(e -> LimitsInstrumentation.METHOD_NOT_ALLOWED.equals(ErrorAnswers.code(e)));
            int status = methodNotAllowed ? 405
                    : GRAPHQL_RESPONSE_JSON.equals(exchange.mediaType()) && !result.isDataPresent() ? 400 : 200;
            http.setStatusCode(status);
            end(ctx, ResponseJson.write(answer));
        }

        @Override
        public void fail(Throwable t) {
            LOG.error("GraphQL execution failed", t);
            RoutingContext ctx = exchange.ctx();
            if (!ctx.response().ended()) {
                ctx.response().setStatusCode(500).putHeader("Cache-Control", "no-store");
                end(ctx, errorBody("INTERNAL_ERROR", "The server failed to answer; the failure is logged."));
            }
        }
    }

    /** The database, not the request: the whole answer is a 503 the client may retry. */
    private static void unavailable(RoutingContext ctx, DatabaseUnavailableException e) {
        LOG.warnf("answered 503: the database is unavailable (%s)", ErrorAnswers.firstLine(ErrorAnswers.rootMessage(e)));
        ctx.response().setStatusCode(503).putHeader("Retry-After", "5").putHeader("Cache-Control", "no-store");
        end(ctx, errorBody(DatabaseUnavailableException.CODE, e.getMessage()));
    }
}
