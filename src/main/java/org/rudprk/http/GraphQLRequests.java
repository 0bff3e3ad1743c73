package org.rudprk.http;

import java.util.List;
import java.util.Locale;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import io.vertx.ext.web.RoutingContext;

/**
 * What an HTTP request to /graphql asks, read as GraphQL over HTTP defines it: the media type to
 * answer in, the parameters (query, operationName, variables, extensions) from a POST body or a
 * GET query string, the release it pins, and Apollo's automatic persisted queries. Every mistake
 * is a {@link RefusedException} with its status, code and message; nothing here executes.
 */
final class GraphQLRequests {

    private static final JsonProvider JSONP = org.rudprk.common.Json.PROVIDER;

    private final Limits limits;
    private final AnswerStore store;

    GraphQLRequests(Limits limits, AnswerStore store) {
        this.limits = limits;
        this.store = store;
    }

    static String variablesText(JsonObject request) {
        JsonValue v = request.get("variables");
        return v == null || v.getValueType() != JsonValue.ValueType.OBJECT || v.asJsonObject().isEmpty() ? "{}"
                : v.toString();
    }

    /** The release the request pins, from the header or (GET) the datasetVersion parameter; null when none. */
    static String pinnedVersion(RoutingContext ctx, boolean get) {
        String header = ctx.request().getHeader(GraphQLHttpHandler.PINNED_VERSION_HEADER);
        String parameter = get ? ctx.queryParams().get(GraphQLHttpHandler.PINNED_VERSION_PARAMETER) : null;
        if (header != null && parameter != null && !header.trim().equals(parameter.trim())) {
            throw new RefusedException(400, "BAD_REQUEST", "the " + GraphQLHttpHandler.PINNED_VERSION_HEADER + " header and the "
                    + GraphQLHttpHandler.PINNED_VERSION_PARAMETER + " parameter pin different releases");
        }
        String pinned = header != null ? header : parameter;
        return pinned == null || pinned.isBlank() ? null : pinned.trim();
    }

    /**
     * Automatic persisted queries, as Apollo's protocol defines them: with
     * extensions.persistedQuery {version: 1, sha256Hash} and no query, the query kept under that
     * hash, or PersistedQueryNotFound so the client sends the text; with the text, the hash is
     * checked against it and the text kept (in a store bounded in bytes).
     */
    JsonObject persisted(JsonObject request, String mediaType) {
        JsonValue extensions = request.get("extensions");
        JsonValue pq = extensions != null && extensions.getValueType() == JsonValue.ValueType.OBJECT
                ? extensions.asJsonObject().get("persistedQuery") : null;
        if (pq == null || pq.getValueType() == JsonValue.ValueType.NULL) {
            requireQuery(request);
            return request;
        }
        if (!store.persistedQueriesEnabled()) {
            throw RefusedException.document(mediaType, "PERSISTED_QUERY_NOT_SUPPORTED", "PersistedQueryNotSupported");
        }
        if (pq.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new RefusedException(400, "BAD_REQUEST", "'extensions.persistedQuery' must be an object with "
                    + "'version' and 'sha256Hash'");
        }
        JsonObject p = pq.asJsonObject();
        JsonValue version = p.get("version");
        if (version == null || version.getValueType() != JsonValue.ValueType.NUMBER
                || !version.toString().equals("1")) {
            throw new RefusedException(400, "PERSISTED_QUERY_VERSION_NOT_SUPPORTED", "'extensions.persistedQuery."
                    + "version' must be 1, the only version of the automatic persisted query protocol");
        }
        JsonValue hashValue = p.get("sha256Hash");
        String hash = hashValue != null && hashValue.getValueType() == JsonValue.ValueType.STRING
                ? ((jakarta.json.JsonString) hashValue).getString().toLowerCase(Locale.ROOT) : null;
        if (hash == null || !hash.matches("[0-9a-f]{64}")) {
            throw new RefusedException(400, "BAD_REQUEST", "'extensions.persistedQuery.sha256Hash' must be the "
                    + "SHA-256 of the query as 64 hexadecimal digits");
        }
        JsonValue query = request.get("query");
        if (query != null && query.getValueType() == JsonValue.ValueType.STRING) {
            String text = ((jakarta.json.JsonString) query).getString();
            if (!AnswerStore.sha256Hex(text).equals(hash)) {
                throw new RefusedException(400, "PERSISTED_QUERY_HASH_MISMATCH", "'extensions.persistedQuery."
                        + "sha256Hash' is not the SHA-256 of 'query' (hash the exact UTF-8 text sent)");
            }
            if (text.length() <= limits.maxDocumentChars()) {
                store.persist(hash, text);
            }
            return request;
        }
        if (query != null && query.getValueType() != JsonValue.ValueType.NULL) {
            requireQuery(request); // a query that is present but not a string
        }
        String text = store.persistedQuery(hash);
        if (text == null) {
            throw RefusedException.document(mediaType, "PERSISTED_QUERY_NOT_FOUND", "PersistedQueryNotFound");
        }
        return JSONP.createObjectBuilder(request).add("query", text).build();
    }

    /** The media type to answer in, or null when the client accepts neither JSON type. */
    static String negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return GraphQLHttpHandler.JSON;
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
            if (type.equals(GraphQLHttpHandler.GRAPHQL_RESPONSE_JSON)) {
                return GraphQLHttpHandler.GRAPHQL_RESPONSE_JSON;
            }
            if (type.equals(GraphQLHttpHandler.JSON) || type.equals("*/*") || type.equals("application/*")) {
                json = true;
            }
        }
        return json ? GraphQLHttpHandler.JSON : null;
    }

    JsonObject fromBody(RoutingContext ctx) {
        String contentType = ctx.request().getHeader("Content-Type");
        String base = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (!base.equals(GraphQLHttpHandler.JSON)) {
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
                    + ErrorAnswers.firstLine(e.getMessage()));
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

    JsonObject fromQueryString(RoutingContext ctx) {
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
                            + "' must be a URL-encoded JSON object: " + ErrorAnswers.firstLine(e.getMessage()));
                }
            }
        }
        return checkParameters(b.build());
    }

    /** The request's 'query' must be a string unless it names a persisted query (checked later). */
    private static void requireQuery(JsonObject request) {
        JsonValue query = request.get("query");
        if (query == null || query.getValueType() != JsonValue.ValueType.STRING) {
            throw new RefusedException(400, "BAD_REQUEST", query == null
                    ? "the request has no 'query'; send the GraphQL document as a string"
                    : "'query' must be a string holding the GraphQL document");
        }
    }

    private static JsonObject checkParameters(JsonObject request) {
        JsonValue query = request.get("query");
        if (query != null && query.getValueType() != JsonValue.ValueType.STRING) {
            requireQuery(request);
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
}
