package org.rudprk.http;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import graphql.Directives;
import graphql.Scalars;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.NodeVisitorStub;
import graphql.language.NodeTraverser;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLAppliedDirectiveArgument;
import graphql.schema.GraphQLArgument;
import graphql.introspection.Introspection;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLUnionType;
import graphql.schema.TypeResolver;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.SchemaTransformer;
import graphql.schema.idl.SchemaPrinter;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import io.vertx.ext.web.Router;

/**
 * The schema as clients see it: every scalar declared with a description (and
 * {@code @specifiedBy} where a specification exists), and no directive the server does not
 * honour. graphql-java adds {@code @defer} and {@code @experimental_disableErrorPropagation} to
 * every schema it builds, and SmallRye adds {@code @constraint} and {@code @rolesAllowed}; none
 * of them does anything here (deferred fields would come back inline), so introspection does not
 * list them and a document that uses one is refused ({@link #unsupportedDirective}).
 * SmallRye's unused {@code BigInteger} scalar is dropped, and its built-in scalars take input as the
 * specification says ({@link StrictScalars}). Every root field is nullable, so an
 * error in one never wipes out its siblings ({@code search} and {@code aggregate} are declared
 * non-null in Java); {@code nodes(ids:)} takes {@code [ID!]!} and answers per ID
 * ({@link NodesFetcher}).
 *
 * Each kind of record's look-ups and lists are added ({@link org.rudprk.record.api.RecordKindApi}), and the
 * look-ups of actors, places and sources ({@link org.rudprk.common.LookupFields}).
 *
 * <p>The schema is swapped in through SmallRye's public hook before the engine is built
 * ({@link ServedSchemaEvents}); {@code /graphql/schema.graphql} prints the
 * same schema in graphql-java's canonical order (types, fields and arguments sorted by name).
 */
@ApplicationScoped
public class ServedSchema {

    /** Directives graphql-java or SmallRye declare that this server does not implement. */
    /** Directives every GraphQL implementation knows; SDL files leave their definitions out. */
    static final Set<String> BUILT_IN_DIRECTIVES = Set.of("include", "skip", "deprecated", "specifiedBy", "oneOf");

    static final Set<String> UNSUPPORTED_DIRECTIVES = Set.of("defer", "experimental_disableErrorPropagation",
            "constraint", "rolesAllowed", "stream");

    private record ScalarDoc(String description, String specifiedBy) {
    }

    private static final Map<String, ScalarDoc> SCALARS = Map.of(
            "Date", new ScalarDoc("A calendar date without time or zone, as an RFC 3339 full-date string "
                    + "(`2024-06-19`).", "https://scalars.graphql.org/andimarek/local-date.html"),
            "DateTime", new ScalarDoc("An instant with its UTC offset, as an RFC 3339 date-time string "
                    + "(`2026-11-21T09:30:00.123456Z`).", "https://scalars.graphql.org/andimarek/date-time.html"),
            "BigDecimal", new ScalarDoc("An exact decimal number, written as a JSON number (`5500000000`, `0.5`); "
                    + "clients that parse JSON numbers as IEEE doubles may round values beyond 2^53.", null));

    @Inject
    GraphQLSchema original;

    @Inject
    org.rudprk.record.api.RecordKindApi kinds;

    @Inject
    org.rudprk.common.LookupFields lookups;

    private volatile GraphQLSchema served;

    /** The schema clients see (introspection, execution and the SDL). */
    public GraphQLSchema schema() {
        GraphQLSchema s = served;
        if (s == null) {
            synchronized (this) {
                if (served == null) {
                    served = clean(lookups.addFields(kinds.addFields(original)), lookups);
                }
                s = served;
            }
        }
        return s;
    }

    void register(@Observes Router router) {
        router.get("/graphql/schema.graphql").order(-101).handler(ctx -> ctx.response()
                .putHeader("Content-Type", "text/plain; charset=utf-8").end(sdl()));
    }

    /** The SDL in graphql-java's canonical order: what src/main/graphql/schema.graphql holds. */
    public String sdl() {
        return print(schema());
    }

    public static String print(GraphQLSchema schema) {
        return new SchemaPrinter(SchemaPrinter.Options.defaultOptions().includeScalarTypes(true)
                .includeDirectiveDefinitions(true).includeSchemaDefinition(false)
                .includeDirectives(name -> !UNSUPPORTED_DIRECTIVES.contains(name))
                .includeDirectiveDefinition(name -> !UNSUPPORTED_DIRECTIVES.contains(name)
                        && !BUILT_IN_DIRECTIVES.contains(name))).print(schema);
    }

    static GraphQLSchema clean(GraphQLSchema schema, org.rudprk.common.LookupFields lookups) {
        GraphQLSchema documented = SchemaTransformer.transformSchema(schema, new GraphQLTypeVisitorStub() {
            @Override
            public TraversalControl visitGraphQLScalarType(GraphQLScalarType node,
                    TraverserContext<GraphQLSchemaElement> context) {
                if (StrictScalars.WRAPPED.contains(node.getName())) {
                    return changeNode(context, StrictScalars.strict(node));
                }
                ScalarDoc doc = SCALARS.get(node.getName());
                if (doc != null) {
                    return changeNode(context, node.transform(b -> {
                        b.description(doc.description());
                        if (doc.specifiedBy() != null) {
                            b.specifiedByUrl(doc.specifiedBy());
                            b.withAppliedDirective(Directives.SpecifiedByDirective.toAppliedDirective().transform(
                                    d -> d.argument(GraphQLAppliedDirectiveArgument.newArgument().name("url")
                                            .type(Scalars.GraphQLString).valueProgrammatic(doc.specifiedBy()))));
                        }
                    }));
                }
                return TraversalControl.CONTINUE;
            }

            @Override
            public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition node,
                    TraverserContext<GraphQLSchemaElement> context) {
                if (!(context.getParentNode() instanceof GraphQLObjectType parent)
                        || !parent.getName().equals(schema.getQueryType().getName())) {
                    return TraversalControl.CONTINUE;
                }
                GraphQLFieldDefinition field = node;
                if (field.getType() instanceof GraphQLNonNull nonNull) {
                    // Every root field is nullable: an error in one never wipes out its siblings.
                    GraphQLOutputType nullable = (GraphQLOutputType) nonNull.getWrappedType();
                    field = field.transform(b -> b.type(nullable));
                }
                if (field.getName().equals("nodes") && field.getArgument("ids") != null) {
                    // SmallRye cannot coerce a list of ID arguments, so the resolver takes strings
                    // and the schema says what they are (the schema's own ID, by name: see StrictScalars).
                    GraphQLArgument ids = field.getArgument("ids").transform(a -> a.type(GraphQLNonNull.nonNull(
                            GraphQLList.list(GraphQLNonNull.nonNull(graphql.schema.GraphQLTypeReference.typeRef(
                                    Scalars.GraphQLID.getName()))))));
                    field = field.transform(b -> b.argument(ids));
                }
                return field == node ? TraversalControl.CONTINUE : changeNode(context, field);
            }

            @Override
            public TraversalControl visitGraphQLDirective(GraphQLDirective node,
                    TraverserContext<GraphQLSchemaElement> context) {
                return UNSUPPORTED_DIRECTIVES.contains(node.getName()) ? deleteNode(context)
                        : TraversalControl.CONTINUE;
            }
        });
        // graphql-java adds @defer and @experimental_disableErrorPropagation back whenever it builds a
        // schema, so introspection filters them out; SmallRye's BigInteger is declared but used nowhere.
        DataFetcher<List<GraphQLDirective>> directives = env -> env.getGraphQLSchema().getDirectives().stream()
                .filter(d -> !UNSUPPORTED_DIRECTIVES.contains(d.getName())).toList();
        FieldCoordinates nodes = FieldCoordinates.coordinates(documented.getQueryType().getName(), "nodes");
        DataFetcher<?> nodesFetcher = documented.getCodeRegistry().getDataFetcher(nodes,
                documented.getQueryType().getFieldDefinition("nodes"));
        GraphQLCodeRegistry registry = documented.getCodeRegistry().transform(c -> {
            c.dataFetcher(FieldCoordinates.coordinates("__Schema", "directives"), directives)
                    .dataFetcher(nodes, new NodesFetcher(nodesFetcher, lookups));
            // SmallRye's type resolvers answer with the object types of the schema it built; the
            // executing schema's own type of that name is what fragments match against.
            for (graphql.schema.GraphQLNamedType type : documented.getAllTypesAsList()) {
                TypeResolver original = type instanceof GraphQLInterfaceType i ? documented.getCodeRegistry()
                        .getTypeResolver(i) : type instanceof GraphQLUnionType u
                                ? documented.getCodeRegistry().getTypeResolver(u) : null;
                if (original != null && !Introspection.isIntrospectionTypes(type)) {
                    TypeResolver served = env -> {
                        GraphQLObjectType resolved = original.getType(env);
                        return resolved == null ? null : env.getSchema().getObjectType(resolved.getName());
                    };
                    c.typeResolver(type.getName(), served);
                }
            }
        });
        return documented.transform(b -> {
            b.codeRegistry(registry);
            if (!usesType(documented, "BigInteger")) {
                b.clearAdditionalTypes();
                documented.getAdditionalTypes().stream().filter(t -> !"BigInteger".equals(
                        ((graphql.schema.GraphQLNamedType) t).getName())).forEach(b::additionalType);
            }
        });
    }

    private static boolean usesType(GraphQLSchema schema, String name) {
        String sdl = new SchemaPrinter(SchemaPrinter.Options.defaultOptions().includeScalarTypes(false)).print(schema);
        return java.util.regex.Pattern.compile("\\b" + name + "\\b").matcher(sdl).find();
    }

    /** The first directive the document uses that this server does not honour, or null. */
    static String unsupportedDirective(Document document) {
        String[] found = new String[1];
        new NodeTraverser().depthFirst(new NodeVisitorStub() {
            @Override
            public TraversalControl visitDirective(Directive node, TraverserContext<graphql.language.Node> context) {
                if (found[0] == null && UNSUPPORTED_DIRECTIVES.contains(node.getName())) {
                    found[0] = node.getName();
                    return TraversalControl.QUIT;
                }
                return TraversalControl.CONTINUE;
            }
        }, document);
        return found[0];
    }
}
