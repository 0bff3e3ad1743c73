package org.rudprk.record.api;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.dataloader.BatchLoaderWithContext;
import org.dataloader.CacheKey;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderOptions;
import org.rudprk.actor.api.Actor;
import org.rudprk.citation.query.CitationRepository;
import org.rudprk.citation.api.EstimateConnection;
import org.rudprk.common.NestedPages;
import org.rudprk.common.Pages;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.SchemaTransformer;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import org.rudprk.record.ActorRole;
import org.rudprk.record.RecordKind;
import org.rudprk.record.query.RecordKindDescription;
import org.rudprk.record.query.RecordRepository;

/**
 * The GraphQL fields every kind of record has, declared once for all kinds. SmallRye GraphQL
 * names a field after its Java method, so declaring them in Java took the same four resolvers
 * per kind; instead, for each of {@link RecordKind#descriptions()}, this adds to the schema
 * SmallRye built (before it is served, {@link org.rudprk.http.ServedSchema}):
 * <ul>
 * <li>on Query, {@code shipment(id)}, {@code shipmentBySlug(slug)} and {@code shipments(first,
 * after, last, before, filter, orderBy)}: the fields {@code record}, {@code recordBySlug} and
 * {@code records} narrowed to the kind, with their arguments and resolvers ({@link RecordApi}
 * reads the kind from the field's name, {@link #kindOf});</li>
 * <li>on Actor, {@code shipments(role, first, after)}, batched here as SmallRye batches a
 * {@code @Source List} resolver: one load per field for every actor of the operation, with the
 * arguments of its first selection;</li>
 * <li>on the kind's type, its figures ({@code Shipment.valueUsd(first, after)}): the record's
 * estimates of one metric, with the arguments of {@code estimates}, batched the same way;</li>
 * <li>the types ShipmentConnection and ShipmentEdge: RecordConnection and RecordEdge with the
 * kind's type for their items (the objects are RecordConnection and RecordEdge, read by the
 * same property fetchers).</li>
 * </ul>
 * The kind's own texts come from {@link RecordKindDescription#apiText()}; the rest of every
 * description is written below once.
 */
@ApplicationScoped
public class RecordKindApi {

    @Inject
    EntityManager em;

    private static final Map<String, RecordKind> KIND_OF_FIELD = new HashMap<>();

    static {
        for (RecordKindDescription d : RecordKind.descriptions()) {
            for (String field : List.of(singular(d), singular(d) + "BySlug", d.listName())) {
                KIND_OF_FIELD.put(field, d.kind());
            }
        }
    }

    /** The kind a Query field is about: SHIPMENT for shipment, shipmentBySlug and shipments; null for record's. */
    public static RecordKind kindOf(String queryField) {
        return KIND_OF_FIELD.get(queryField);
    }

    /** {@code schema} with every kind's fields and types added. */
    public GraphQLSchema addFields(GraphQLSchema schema) {
        GraphQLSchema typed = schema;
        for (RecordKindDescription d : RecordKind.descriptions()) {
            typed = withPageTypes(typed, d);
        }
        GraphQLSchema pages = typed;
        String queryName = pages.getQueryType().getName();
        GraphQLSchema fielded = SchemaTransformer.transformSchema(pages, new GraphQLTypeVisitorStub() {
            @Override
            public TraversalControl visitGraphQLObjectType(GraphQLObjectType node,
                    TraverserContext<GraphQLSchemaElement> context) {
                if (node.getName().equals(queryName)) {
                    return changeNode(context, node.transform(b -> RecordKind.descriptions().forEach(d -> {
                        b.field(byId(node, pages, d)).field(bySlug(node, pages, d)).field(list(node, pages, d));
                    })));
                }
                RecordKindDescription kind = RecordKind.descriptions().stream()
                        .filter(d -> d.typeName().equals(node.getName())).findFirst().orElse(null);
                if (kind != null && !kind.apiText().figures().isEmpty()) {
                    return changeNode(context, node.transform(b -> kind.apiText().figures().forEach(f -> {
                        b.field(figure(node, f));
                    })));
                }
                if (node.getName().equals(Actor.TYPE)) {
                    return changeNode(context, node.transform(b -> RecordKind.descriptions().forEach(d -> {
                        b.field(ofActor(node, pages, d));
                    })));
                }
                return TraversalControl.CONTINUE;
            }
        });
        GraphQLCodeRegistry registry = fielded.getCodeRegistry().transform(c -> {
            GraphQLObjectType query = fielded.getQueryType();
            for (RecordKindDescription d : RecordKind.descriptions()) {
                sameFetcher(c, fielded, query, "record", singular(d));
                sameFetcher(c, fielded, query, "recordBySlug", singular(d) + "BySlug");
                sameFetcher(c, fielded, query, "records", d.listName());
                c.dataFetcher(FieldCoordinates.coordinates(Actor.TYPE, d.listName()), ofActorFetcher(d));
                for (RecordKindDescription.Figure f : d.apiText().figures()) {
                    c.dataFetcher(FieldCoordinates.coordinates(d.typeName(), f.field()), figureFetcher(d, f));
                }
                for (String type : List.of("Connection", "Edge")) {
                    GraphQLObjectType record = fielded.getObjectType("Record" + type);
                    for (GraphQLFieldDefinition f : record.getFieldDefinitions()) {
                        sameFetcher(c, fielded, record, f.getName(), d.typeName() + type, f.getName());
                    }
                }
            }
        });
        return fielded.transform(b -> b.codeRegistry(registry));
    }

    /** ShipmentEdge and ShipmentConnection: RecordEdge and RecordConnection of shipments. */
    private static GraphQLSchema withPageTypes(GraphQLSchema schema, RecordKindDescription d) {
        GraphQLObjectType item = schema.getObjectType(d.typeName());
        GraphQLObjectType recordEdge = schema.getObjectType("RecordEdge");
        GraphQLObjectType edge = recordEdge.transform(b -> b.name(d.typeName() + "Edge")
                .description(capitalized(article(d) + " and its cursor."))
                .field(recordEdge.getFieldDefinition("node").transform(f -> f.type(GraphQLNonNull.nonNull(item)))));
        GraphQLObjectType recordPage = schema.getObjectType("RecordConnection");
        GraphQLObjectType page = recordPage.transform(b -> b.name(d.typeName() + "Connection")
                .description("A page of " + d.listName() + ".")
                .field(recordPage.getFieldDefinition("edges").transform(f -> f.type(listOf(edge))))
                .field(recordPage.getFieldDefinition("nodes").transform(f -> f.type(listOf(item)))));
        return schema.transform(b -> b.additionalType(page));
    }

    private static GraphQLNonNull listOf(GraphQLObjectType type) {
        return GraphQLNonNull.nonNull(GraphQLList.list(GraphQLNonNull.nonNull(type)));
    }

    /** shipment(id): record(id) for one kind. */
    private static GraphQLFieldDefinition byId(GraphQLObjectType query, GraphQLSchema schema,
            RecordKindDescription d) {
        return narrowed(query.getFieldDefinition("record"), singular(d), article(d) + " by its global ID",
                schema.getObjectType(d.typeName()), "id", "The " + singular(d) + "'s global ID.");
    }

    /** shipmentBySlug(slug): recordBySlug(slug) for one kind. */
    private static GraphQLFieldDefinition bySlug(GraphQLObjectType query, GraphQLSchema schema,
            RecordKindDescription d) {
        return narrowed(query.getFieldDefinition("recordBySlug"), singular(d) + "BySlug", article(d)
                + " by its slug", schema.getObjectType(d.typeName()), "slug", "The " + singular(d) + "'s slug.");
    }

    private static GraphQLFieldDefinition narrowed(GraphQLFieldDefinition field, String name, String what,
            GraphQLObjectType type, String argument, String argumentDescription) {
        return field.transform(b -> b.name(name).description(capitalized(what) + "; null when there is none.")
                .type(type).argument(field.getArgument(argument).transform(a -> a.description(argumentDescription))));
    }

    /** shipments(first, after, last, before, filter, orderBy): records(...) of one kind. */
    private static GraphQLFieldDefinition list(GraphQLObjectType query, GraphQLSchema schema,
            RecordKindDescription d) {
        GraphQLFieldDefinition records = query.getFieldDefinition("records");
        return records.transform(b -> b.name(d.listName()).description(d.apiText().list())
                .type(schema.getObjectType(d.typeName() + "Connection"))
                .argument(records.getArgument("filter").transform(a -> a.description("Only " + d.listName()
                        + " matching this condition."))));
    }

    /** Actor.shipments(role, first, after), with the first, after and role of Actor.involvements. */
    private static GraphQLFieldDefinition ofActor(GraphQLObjectType actor, GraphQLSchema schema,
            RecordKindDescription d) {
        GraphQLFieldDefinition involvements = actor.getFieldDefinition("involvements");
        GraphQLFieldDefinition.Builder b = GraphQLFieldDefinition.newFieldDefinition().name(d.listName())
                .description(d.apiText().ofActor())
                .type(GraphQLNonNull.nonNull(schema.getObjectType(d.typeName() + "Connection")))
                .argument(involvements.getArgument("first")).argument(involvements.getArgument("after"));
        if (d.apiText().onlyRole() == null) {
            b.argument(involvements.getArgument("role").transform(a -> a.description("Only " + d.listName()
                    + " where the actor has this role.")));
        }
        return b.build();
    }

    /** Shipment.valueUsd(first, after): the record's estimates of one metric, paged as Record.estimates. */
    private static GraphQLFieldDefinition figure(GraphQLObjectType type, RecordKindDescription.Figure figure) {
        GraphQLFieldDefinition estimates = type.getFieldDefinition("estimates");
        return estimates.transform(b -> b.name(figure.field()).description(figure.description()));
    }

    private static void sameFetcher(GraphQLCodeRegistry.Builder c, GraphQLSchema schema, GraphQLObjectType type,
            String from, String to) {
        sameFetcher(c, schema, type, from, type.getName(), to);
    }

    /** Field {@code to} of {@code toType} resolved as {@code type.from} is. */
    private static void sameFetcher(GraphQLCodeRegistry.Builder c, GraphQLSchema schema, GraphQLObjectType type,
            String from, String toType, String to) {
        DataFetcher<?> fetcher = schema.getCodeRegistry().getDataFetcher(FieldCoordinates.coordinates(type.getName(),
                from), type.getFieldDefinition(from));
        c.dataFetcher(FieldCoordinates.coordinates(toType, to), fetcher);
    }

    /**
     * Actor.shipments: one query for every actor of the operation, WHERE ra.actor_id = parent_.id
     * over the unnested actor keys (lateral), keyset page by date, at most {@code first} (≤ 100)
     * per actor; totalCount, when asked, one more query for the batch (NestedPages).
     */
    private DataFetcher<CompletableFuture<Object>> ofActorFetcher(RecordKindDescription d) {
        return batched(Actor.TYPE + "_" + d.listName(), (actors, env) -> {
            Object asked = env.getArgument("role");
            ActorRole role = d.apiText().onlyRole() != null ? d.apiText().onlyRole()
                    : asked == null ? null : ActorRole.valueOf(asked.toString());
            List<Long> ids = actors.stream().map(a -> ((Actor) a).dbId()).toList();
            return NestedPages.pages(em, ids, RecordRepository.recordsOfActor(role, d.kind()).map(Record.class::cast),
                    first(env), env.getArgument("after"), Pages.countAsked(env), RecordKindApi::edge,
                    RecordConnection::new);
        });
    }

    /**
     * Shipment.valueUsd: one query for every record of the operation, WHERE e.record_id =
     * parent_.id AND e.metric = the figure's, over the unnested record keys (lateral), keyset page
     * by ordinal, at most {@code first} (≤ 100) per record; totalCount one more query (NestedPages).
     */
    private DataFetcher<CompletableFuture<Object>> figureFetcher(RecordKindDescription d,
            RecordKindDescription.Figure figure) {
        return batched(d.typeName() + "_" + figure.field(), (records, env) -> NestedPages.pages(em,
                records.stream().map(r -> ((RecordBase) r).dbId()).toList(),
                CitationRepository.estimatesOfRecord(figure.metric()), first(env),
                env.getArgument("after"), Pages.countAsked(env), EstimateConnection.EstimateEdge::new,
                EstimateConnection::new));
    }

    /**
     * A field resolved as SmallRye resolves a {@code @Source List} method: every parent of the
     * operation in one load (the loader {@code name} of the request's registry), with the
     * arguments of the field's first selection (QueryAnalysis refuses others); a parent asked
     * with other arguments is another key.
     */
    private static DataFetcher<CompletableFuture<Object>> batched(String name,
            java.util.function.BiFunction<List<Object>, DataFetchingEnvironment, List<?>> load) {
        BatchLoaderWithContext<Object, Object> loader = (parents, batch) -> CompletableFuture.completedFuture(
                List.copyOf(load.apply(parents, (DataFetchingEnvironment) batch.getKeyContextsList().get(0))));
        DataLoaderOptions options = DataLoaderOptions.newOptions().setCacheKeyFunction(new CacheKey<Object>() {
            @Override
            public Object getKey(Object parent) {
                return parent;
            }

            @Override
            public Object getKeyWithContext(Object parent, Object env) {
                return List.of(parent, ((DataFetchingEnvironment) env).getArguments());
            }
        }).build();
        return env -> {
            DataLoader<Object, Object> dataLoader = env.getDataLoaderRegistry().computeIfAbsent(name,
                    n -> DataLoaderFactory.newDataLoader(loader, options));
            return dataLoader.load(env.getSource(), env);
        };
    }

    /** The argument first, which SmallRye's Int scalar hands over as a BigDecimal. */
    private static Integer first(DataFetchingEnvironment env) {
        Object first = env.getArgument("first");
        return first == null ? null : ((Number) first).intValue();
    }

    private static RecordConnection.RecordEdge edge(String cursor, Record record) {
        return new RecordConnection.RecordEdge(cursor, (RecordBase) record);
    }

    /** The kind's name in the singular: {@code shipment}. */
    private static String singular(RecordKindDescription d) {
        return d.kind().name().toLowerCase(Locale.ROOT);
    }

    /** {@code a shipment}, {@code an agreement}. */
    private static String article(RecordKindDescription d) {
        String noun = singular(d);
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
