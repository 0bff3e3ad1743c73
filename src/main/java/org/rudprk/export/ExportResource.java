package org.rudprk.export;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.rudprk.common.Json;
import org.rudprk.actor.api.ActorFilter;
import org.rudprk.actor.query.ActorFilters;
import org.rudprk.common.ApiException;
import org.rudprk.common.Filters;
import org.rudprk.common.Sql;
import org.rudprk.dataset.DatasetVersionHeader;
import org.rudprk.record.api.RecordFilter;
import org.rudprk.record.query.RecordFilters;
import org.rudprk.record.RecordOrder;

/**
 * Exports of whole collections as CSV or JSON Lines, with the filters and orderings of the
 * GraphQL API: {@code GET /export/records.csv?filter={"kind":["EVENT"]}&orderBy=DATE_DESC}. This
 * resource answers the index ({@code GET /export}) and checks a request's parameters; the
 * download itself is streamed by {@link ExportRoute}, on the exports' own threads.
 * The filter JSON is read into the very input classes of the GraphQL arguments and turned into
 * SQL by the same code, so an export holds exactly the items the GraphQL list pages through,
 * in the same order.
 */
@Path("/export")
@jakarta.inject.Singleton
public class ExportResource {

    static final String CSV = "text/csv; charset=UTF-8; header=present";
    static final String JSON_LINES = "application/x-ndjson; charset=UTF-8";

    private static final JsonProvider JSON = Json.PROVIDER;

    /** The path a GraphQL refusal names: "argument 'filter.period.overlaps': ...". */
    private static final java.util.regex.Pattern ARGUMENT = java.util.regex.Pattern.compile("argument '([^']+)'");

    @Inject
    DatasetVersionHeader dataset;

    /** What can be exported, how, and every column with its meaning. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String index() {
        JsonArrayBuilder collections = JSON.createArrayBuilder();
        for (ExportCollection c : ExportCollection.values()) {
            JsonObjectBuilder parameters = JSON.createObjectBuilder();
            parameters(c).forEach(parameters::add);
            JsonArrayBuilder columns = JSON.createArrayBuilder();
            for (Column col : c.columns(1)) {
                columns.add(JSON.createObjectBuilder().add("name", col.name()).add("type", col.type().name())
                        .add("description", col.description()));
            }
            collections.add(JSON.createObjectBuilder().add("name", c.urlName())
                    .add("csv", "/export/" + c.urlName() + ".csv").add("jsonl", "/export/" + c.urlName() + ".jsonl")
                    .add("parameters", parameters).add("columns", columns));
        }
        return JSON.createObjectBuilder().add("datasetVersion", dataset.version()).add("collections", collections)
                .build().toString();
    }

    /** Checks the query parameters and turns the filters into SQL before anything is sent. */
    static ExportRequest request(ExportCollection collection, Map<String, List<String>> query) {
        Set<String> allowed = Set.copyOf(parameters(collection).keySet());
        for (Map.Entry<String, List<String>> p : query.entrySet()) {
            if (!allowed.contains(p.getKey())) {
                throw ExportException.badRequest("unknown query parameter '" + p.getKey() + "'; /export/"
                        + collection.urlName() + " takes " + String.join(", ", allowed.stream().sorted().toList()),
                        p.getKey());
            }
            if (p.getValue().size() > 1) {
                throw ExportException.badRequest("query parameter '" + p.getKey() + "' is given "
                        + p.getValue().size() + " times; give it once", p.getKey());
            }
        }
        String filter = first(query, "filter");
        try {
            return switch (collection.shape()) {
                case RECORD -> new ExportRequest(collection,
                        RecordFilters.toSql(JsonParameter.parse("filter", filter, RecordFilter.class)), null,
                        order(first(query, "orderBy")));
                case CITATION -> {
                    Filters limits = new Filters();
                    RecordFilter.CitationFilter citation = JsonParameter.parse("filter", filter,
                            RecordFilter.CitationFilter.class);
                    RecordFilter record = JsonParameter.parse("record", first(query, "record"), RecordFilter.class);
                    Sql c = citation == null ? null : RecordFilters.citation(citation, "filter", limits);
                    Sql r = record == null ? null : RecordFilters.toSql(record, limits, "record", 0);
                    yield new ExportRequest(collection, c, r, null);
                }
                case ACTOR -> new ExportRequest(collection,
                        ActorFilters.toSql(JsonParameter.parse("filter", filter, ActorFilter.class)), null, null);
            };
        } catch (ApiException e) {
            // The GraphQL API's own refusals (empty lists, bad ranges, too many conditions), word for word.
            java.util.regex.Matcher m = ARGUMENT.matcher(e.getMessage());
            String path = m.find() ? m.group(1) : null;
            String parameter = path == null ? "filter" : path.split("[.\\[]", 2)[0];
            throw new ExportException(400, e.code(), e.getMessage(), parameter, path, null, null);
        }
    }

    private static RecordOrder order(String value) {
        if (value == null || value.isBlank()) {
            return RecordOrder.DATE_ASC;
        }
        try {
            return RecordOrder.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            throw ExportException.badRequest("query parameter 'orderBy' is '" + value + "'; use one of "
                    + Arrays.stream(RecordOrder.values()).map(Enum::name).collect(Collectors.joining(", ")),
                    "orderBy");
        }
    }

    /** The query parameters each collection takes, with what they mean. */
    static Map<String, String> parameters(ExportCollection collection) {
        Map<String, String> p = new LinkedHashMap<>();
        switch (collection.shape()) {
            case RECORD -> {
                p.put("filter", "RecordFilter as JSON, as the GraphQL argument `" + collection.urlName()
                        + "(filter:)`");
                p.put("orderBy", "RecordOrder: DATE_ASC (default), DATE_DESC, TITLE_ASC, VALUE_DESC, VALUE_ASC");
            }
            case CITATION -> {
                p.put("filter", "CitationFilter as JSON, as the GraphQL argument `citations(filter:)`");
                p.put("record", "RecordFilter as JSON, as the GraphQL argument `citations(record:)`");
            }
            case ACTOR -> p.put("filter", "ActorFilter as JSON, as the GraphQL argument `actors(filter:)`");
        }
        return p;
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
