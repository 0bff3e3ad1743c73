package org.rudprk.http;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import org.jboss.logging.Logger;

import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.schema.GraphQLSchema;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLAbstractHandler;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * GraphQL over HTTP, as the specification asks: GET for queries, POST with JSON,
 * application/graphql-response+json with 4xx for request errors, 405/406/413/415 where they
 * belong. Refuses over-sized, over-deep, alias-heavy and over-costly documents before they
 * run, and turns a database outage into a quick 503. Execution itself is SmallRye's.
 */
final class GraphQLHttpHandler extends SmallRyeGraphQLAbstractHandler {

    private static final Logger LOG = Logger.getLogger(GraphQLHttpHandler.class);
    static final String GRAPHQL_RESPONSE_JSON = "application/graphql-response+json";
    static final String JSON = "application/json";

    /** One JSON provider: {@code Json.createXxx} looks the provider up with a ServiceLoader on every call. */
    private static final JsonProvider JSONP = JsonProvider.provider();

    private final Limits limits;
    private final GraphQLSchema schema;
    private final ParserOptions parserOptions;
    /** Parsed documents by their text: clients send the same few documents over and over. */
    private final BoundedCache<String, Document> documents = new BoundedCache<>(500);
    /** Depth, aliases and cost of a document run with given variables (page sizes can be variables). */
    private final BoundedCache<AnalysisKey, QueryAnalysis.Result> analyses = new BoundedCache<>(500);

    private record AnalysisKey(String query, String operationName, Map<String, Object> variables) {
    }

    GraphQLHttpHandler(CurrentIdentityAssociation identity, CurrentVertxRequest request, Limits limits,
            GraphQLSchema schema) {
        // runBlocking: the route runs this handler on a worker thread, and every data fetcher
        // of a request runs inline on that thread, one after another. Otherwise SmallRye hands
        // each blocking fetcher to the worker pool on its own, and sibling batch fetchers of one
        // request then use the request's Hibernate session from two threads at once.
        super(identity, request, true);
        this.limits = limits;
        this.schema = schema;
        this.parserOptions = ParserOptions.getDefaultOperationParserOptions().transform(o -> o
                .maxTokens(limits.maxTokens()).captureSourceLocation(false).captureIgnoredChars(false));
    }

    /** A refusal before execution: HTTP status, extensions.code and message. */
    record Refusal(int status, String code, String message) {
    }

    private static final class RefusedException extends RuntimeException {
        final Refusal refusal;

        RefusedException(int status, String code, String message) {
            super(message, null, false, false);
            this.refusal = new Refusal(status, code, message);
        }
    }

    @Override
    protected void doHandle(RoutingContext ctx) {
        HttpServerResponse response = ctx.response();
        String mediaType = negotiate(ctx.request().getHeader("Accept"));
        if (mediaType == null) {
            refuse(ctx, JSON, new Refusal(406, "NOT_ACCEPTABLE", "this endpoint answers in "
                    + GRAPHQL_RESPONSE_JSON + " or " + JSON + "; the Accept header allows neither"));
            return;
        }
        HttpMethod method = ctx.request().method();
        if (method != HttpMethod.GET && method != HttpMethod.POST) {
            response.putHeader("Allow", "GET, POST");
            refuse(ctx, mediaType, new Refusal(405, "METHOD_NOT_ALLOWED", "use GET or POST"));
            return;
        }
        try {
            JsonObject request = method == HttpMethod.GET ? fromQueryString(ctx) : fromBody(ctx);
            String query = request.getString("query");
            if (query.length() > limits.maxDocumentChars()) {
                throw refusal(mediaType, "DOCUMENT_TOO_LARGE", "the document has " + query.length()
                        + " characters; at most " + limits.maxDocumentChars() + " are accepted");
            }
            Document document = parse(query, mediaType);
            String operationName = request.containsKey("operationName") && !request.isNull("operationName")
                    ? request.getString("operationName") : null;
            if (document != null) {
                refuseUnsupportedDirectives(document, mediaType);
                check(document, query, operationName, variables(request), method, mediaType);
            }
            response.putHeader("Content-Type", mediaType + "; charset=utf-8");
            getExecutionService().executeSync(request, getMetaData(ctx), new Writer(ctx, mediaType));
        } catch (RefusedException e) {
            refuse(ctx, mediaType, e.refusal);
        }
    }

    /** A document using a directive the server does not honour (@defer) is refused, not half-run. */
    private static void refuseUnsupportedDirectives(Document document, String mediaType) {
        String directive = ServedSchema.unsupportedDirective(document);
        if (directive != null) {
            throw refusal(mediaType, "UNSUPPORTED_DIRECTIVE", "the directive @" + directive + " is not supported "
                    + "by this server (see the directives in the schema)");
        }
    }

    /** The media type to answer in, or null when the client accepts neither JSON type. */
    static String negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return JSON;
        }
        boolean json = false;
        for (String part : accept.split(",")) {
            String[] pieces = part.trim().split(";");
            String type = pieces[0].trim().toLowerCase(Locale.ROOT);
            boolean refused = false;
            for (int i = 1; i < pieces.length; i++) {
                String p = pieces[i].trim().replace(" ", "");
                if (p.equals("q=0") || p.equals("q=0.0") || p.equals("q=0.00") || p.equals("q=0.000")) {
                    refused = true;
                }
            }
            if (refused) {
                continue;
            }
            if (type.equals(GRAPHQL_RESPONSE_JSON)) {
                return GRAPHQL_RESPONSE_JSON;
            }
            if (type.equals(JSON) || type.equals("*/*") || type.equals("application/*")) {
                json = true;
            }
        }
        return json ? JSON : null;
    }

    private JsonObject fromBody(RoutingContext ctx) {
        String contentType = ctx.request().getHeader("Content-Type");
        String base = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (!base.equals(JSON)) {
            throw new RefusedException(415, "UNSUPPORTED_MEDIA_TYPE", contentType == null
                    ? "a POST needs Content-Type: application/json"
                    : "Content-Type '" + contentType + "' is not supported; send application/json");
        }
        String body = ctx.body() == null ? null : ctx.body().asString("UTF-8");
        if (body == null || body.isBlank()) {
            throw new RefusedException(400, "BAD_REQUEST", "the request body is empty; send a JSON object with "
                    + "at least a 'query' string");
        }
        JsonValue value;
        try (var reader = JSONP.createReader(new java.io.StringReader(body))) {
            value = reader.readValue();
        } catch (RuntimeException e) {
            throw new RefusedException(400, "MALFORMED_JSON", "the request body is not valid JSON: "
                    + firstLine(e.getMessage()));
        }
        if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            throw new RefusedException(400, "BATCHING_NOT_SUPPORTED", "batched requests (a JSON array) are not "
                    + "accepted; send one operation per request");
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new RefusedException(400, "BAD_REQUEST", "the request body must be a JSON object");
        }
        return checkParameters(value.asJsonObject());
    }

    private JsonObject fromQueryString(RoutingContext ctx) {
        JsonObjectBuilder b = JSONP.createObjectBuilder();
        var params = ctx.queryParams();
        for (String name : List.of("query", "operationName")) {
            if (params.getAll(name).size() > 1) {
                throw new RefusedException(400, "BAD_REQUEST", "parameter '" + name + "' is given more than once");
            }
            if (params.get(name) != null) {
                b.add(name, params.get(name));
            }
        }
        for (String name : List.of("variables", "extensions")) {
            String raw = params.get(name);
            if (raw != null && !raw.isEmpty()) {
                try (var reader = JSONP.createReader(new java.io.StringReader(raw))) {
                    b.add(name, reader.readValue());
                } catch (RuntimeException e) {
                    throw new RefusedException(400, "BAD_REQUEST", "parameter '" + name
                            + "' must be a URL-encoded JSON object: " + firstLine(e.getMessage()));
                }
            }
        }
        return checkParameters(b.build());
    }

    private static JsonObject checkParameters(JsonObject request) {
        JsonValue query = request.get("query");
        if (query == null || query.getValueType() != JsonValue.ValueType.STRING) {
            throw new RefusedException(400, "BAD_REQUEST", query == null
                    ? "the request has no 'query'; send the GraphQL document as a string"
                    : "'query' must be a string holding the GraphQL document");
        }
        type(request, "operationName", JsonValue.ValueType.STRING, "a string");
        type(request, "variables", JsonValue.ValueType.OBJECT, "an object");
        type(request, "extensions", JsonValue.ValueType.OBJECT, "an object");
        return request;
    }

    private static void type(JsonObject request, String name, JsonValue.ValueType expected, String what) {
        JsonValue v = request.get(name);
        if (v != null && v.getValueType() != JsonValue.ValueType.NULL && v.getValueType() != expected) {
            throw new RefusedException(400, "BAD_REQUEST", "'" + name + "' must be " + what + " or null");
        }
    }

    /**
     * Parses with the token limit; null when the document has a syntax error SmallRye will
     * report. Documents that parse are kept (a bounded cache), so a client repeating a query
     * pays for parsing once.
     */
    private Document parse(String query, String mediaType) {
        Document cached = documents.get(query);
        if (cached != null) {
            return cached;
        }
        try {
            Document document = new Parser().parseDocument(ParserEnvironment.newParserEnvironment().document(query)
                    .parserOptions(parserOptions).build());
            documents.put(query, document);
            return document;
        } catch (ParseCancelledException e) {
            throw refusal(mediaType, "TOO_MANY_TOKENS", "the document has more than " + limits.maxTokens()
                    + " tokens");
        } catch (InvalidSyntaxException e) {
            return null;
        }
    }

    /** A bounded map, least recently used out first. */
    static final class BoundedCache<K, V> {
        private final int capacity;
        private final Map<K, V> map;

        BoundedCache(int capacity) {
            this.capacity = capacity;
            this.map = new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                    return size() > BoundedCache.this.capacity;
                }
            };
        }

        synchronized V get(K key) {
            return map.get(key);
        }

        synchronized void put(K key, V value) {
            map.put(key, value);
        }
    }

    private void check(Document document, String query, String operationName, Map<String, Object> variables,
            HttpMethod method, String mediaType) {
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        OperationDefinition operation = operations.stream()
                .filter(o -> operationName == null ? operations.size() == 1 : operationName.equals(o.getName()))
                .findFirst().orElse(null);
        if (operation == null) {
            return; // SmallRye reports the unknown or ambiguous operation.
        }
        if (method == HttpMethod.GET && operation.getOperation() != OperationDefinition.Operation.QUERY) {
            throw new RefusedException(405, "METHOD_NOT_ALLOWED", "GET only runs queries; send a "
                    + operation.getOperation().name().toLowerCase(Locale.ROOT) + " with POST");
        }
        AnalysisKey key = new AnalysisKey(query, operationName, variables);
        QueryAnalysis.Result r = analyses.get(key);
        if (r == null) {
            try {
                r = QueryAnalysis.analyse(schema, document, operationName, variables, limits.nestedListEstimate());
            } catch (RuntimeException e) {
                return; // an invalid document: SmallRye's validation says what is wrong.
            }
            analyses.put(key, r);
        }
        if (r.depth() > limits.maxDepth()) {
            throw refusal(mediaType, "DEPTH_LIMIT", "the query nests fields " + r.depth() + " levels deep; at most "
                    + limits.maxDepth() + " are allowed");
        }
        if (r.aliases() > limits.maxAliases()) {
            throw refusal(mediaType, "ALIAS_LIMIT", "the query uses " + r.aliases() + " aliases; at most "
                    + limits.maxAliases() + " are allowed");
        }
        if (r.cost() > limits.maxCost()) {
            throw refusal(mediaType, "COST_LIMIT", "the query's estimated cost is " + r.cost() + "; at most "
                    + limits.maxCost() + " is allowed (page sizes multiply: ask for smaller pages or fewer nested "
                    + "lists)");
        }
    }

    private static Map<String, Object> variables(JsonObject request) {
        JsonValue v = request.get("variables");
        if (v == null || v.getValueType() != JsonValue.ValueType.OBJECT) {
            return Map.of();
        }
        Map<String, Object> out = new HashMap<>();
        v.asJsonObject().forEach((k, value) -> out.put(k, plain(value)));
        return out;
    }

    private static Object plain(JsonValue v) {
        return switch (v.getValueType()) {
            case STRING -> ((jakarta.json.JsonString) v).getString();
            case NUMBER -> ((jakarta.json.JsonNumber) v).isIntegral() ? (Object) ((jakarta.json.JsonNumber) v).longValue()
                    : ((jakarta.json.JsonNumber) v).doubleValue();
            case TRUE -> true;
            case FALSE -> false;
            case NULL -> null;
            case ARRAY -> v.asJsonArray().stream().map(GraphQLHttpHandler::plain).toList();
            case OBJECT -> {
                Map<String, Object> m = new HashMap<>();
                v.asJsonObject().forEach((k, x) -> m.put(k, plain(x)));
                yield m;
            }
        };
    }

    /** A document-level refusal: 400 with graphql-response+json, 200 with legacy application/json. */
    private static RefusedException refusal(String mediaType, String code, String message) {
        return new RefusedException(GRAPHQL_RESPONSE_JSON.equals(mediaType) ? 400 : 200, code, message);
    }

    static void refuse(RoutingContext ctx, String mediaType, Refusal r) {
        ctx.response().setStatusCode(r.status()).putHeader("Content-Type", mediaType + "; charset=utf-8")
                .end(errorBody(r.code(), r.message()));
    }

    static String errorBody(String code, String message) {
        return JSONP.createObjectBuilder().add("errors", JSONP.createArrayBuilder().add(JSONP.createObjectBuilder()
                .add("message", message).add("extensions", JSONP.createObjectBuilder().add("code", code))))
                .build().toString();
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    /** Writes SmallRye's result with the status the media type calls for. */
    private static final class Writer implements ExecutionResponseWriter {
        private final RoutingContext ctx;
        private final String mediaType;

        Writer(RoutingContext ctx, String mediaType) {
            this.ctx = ctx;
            this.mediaType = mediaType;
        }

        @Override
        public void write(ExecutionResponse response) {
            HttpServerResponse http = ctx.response();
            if (http.ended() || http.closed()) {
                return;
            }
            ExecutionResult result = response.getExecutionResult();
            Fault fault = fault(result.getErrors());
            if (fault == Fault.DATABASE_UNAVAILABLE) {
                http.setStatusCode(503).putHeader("Retry-After", "5")
                        .end(errorBody("SERVICE_UNAVAILABLE", "The database is unavailable right now; try again in "
                                + "a few seconds."));
                return;
            }
            String body = result.getErrors().isEmpty() ? ResponseJson.write(result) : sanitized(response);
            int status = GRAPHQL_RESPONSE_JSON.equals(mediaType) && !result.isDataPresent() ? 400 : 200;
            http.setStatusCode(status).end(body);
        }

        @Override
        public void fail(Throwable t) {
            LOG.error("GraphQL execution failed", t);
            if (!ctx.response().ended()) {
                ctx.response().setStatusCode(500).end(errorBody("INTERNAL_ERROR", "The server failed to answer; "
                        + "the failure is logged."));
            }
        }
    }

    enum Fault {
        NONE, DATABASE_UNAVAILABLE
    }

    /** Whether the database being out of reach is behind the errors. */
    static Fault fault(List<GraphQLError> errors) {
        for (GraphQLError e : errors) {
            if (e instanceof ExceptionWhileDataFetching f) {
                for (Throwable t = f.getException(); t != null; t = t.getCause()) {
                    if (t instanceof SQLException sql) {
                        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
                        if (state.startsWith("08") || state.equals("57P01") || state.equals("57P03")
                                || String.valueOf(sql.getMessage()).contains("Acquisition timeout")) {
                            return Fault.DATABASE_UNAVAILABLE;
                        }
                    }
                    if (t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                        return Fault.DATABASE_UNAVAILABLE;
                    }
                }
            }
        }
        return Fault.NONE;
    }

    /**
     * The result with every error from an unexpected failure replaced by a plain one: no
     * exception class, SQL or stack trace reaches the client (they are logged). Statement
     * timeouts and values the database cannot take say what they are.
     */
    private static String sanitized(ExecutionResponse response) {
        JsonObject json = response.getExecutionResultAsJsonObject();
        List<GraphQLError> errors = response.getExecutionResult().getErrors();
        JsonArrayBuilder out = JSONP.createArrayBuilder();
        var original = json.getJsonArray("errors");
        for (int i = 0; i < original.size(); i++) {
            JsonObject error = original.getJsonObject(i);
            String[] replacement = i < errors.size() ? replacement(errors.get(i)) : null;
            if (replacement == null) {
                out.add(error);
            } else {
                JsonObjectBuilder e = JSONP.createObjectBuilder(error);
                e.add("message", replacement[1]);
                e.add("extensions", JSONP.createObjectBuilder().add("code", replacement[0]));
                out.add(e);
            }
        }
        return JSONP.createObjectBuilder(json).add("errors", out).build().toString();
    }

    /** {code, message} for an error that must not reach the client as it is, else null. */
    private static String[] replacement(GraphQLError error) {
        if (!(error instanceof ExceptionWhileDataFetching f)) {
            return null;
        }
        for (Throwable t = f.getException(); t != null; t = t.getCause()) {
            if (t instanceof org.rudprk.common.ApiException) {
                return null;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                if (sql.getSQLState().equals("57014")) {
                    return new String[] { "STATEMENT_TIMEOUT", "The query ran past the per-request database time "
                            + "limit; ask for less (smaller pages, fewer nested lists)." };
                }
                if (sql.getSQLState().startsWith("22")) {
                    return new String[] { "INVALID_ARGUMENT", "A value in the request cannot be used (for example "
                            + "a NUL character or an out-of-range number)." };
                }
            }
        }
        return new String[] { "INTERNAL_ERROR", "The server failed to answer this field; the failure is logged." };
    }
}
