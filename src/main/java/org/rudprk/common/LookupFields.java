package org.rudprk.common;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import graphql.Scalars;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.SchemaTransformer;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

/**
 * The two root look-ups of every type with a slug (actors, places, sources), declared once:
 * {@code actor(id)}, null when there is none, and {@code actorBySlug(slug)}, an unknown slug
 * refused with UNKNOWN_SLUG and the nearest known slugs ({@link SlugLookup}). A feature declares
 * its type with one {@link Type} (a CDI producer next to its resolvers); the served schema gets
 * the fields from here ({@link org.rudprk.http.ServedSchema}), named after the type, with the
 * texts below written once. Their errors take the same path as every resolver's (SmallRye's
 * exception handler, so the same codes); their result objects are the type's own records, read
 * by the same property fetchers.
 */
@ApplicationScoped
public class LookupFields {

    /**
     * A type with a slug: its GraphQL name ({@code Location}), how the texts name one ({@code A
     * place}, {@code place}; the noun is also the kind an unknown slug is checked against), a slug
     * to give as an example (or null), and its look-ups.
     */
    public record Type(String typeName, String article, String noun, String slugExample, SlugLookup<?> lookup) {

        /** {@code location}: the type's name with a lower-case first letter. */
        String byIdField() {
            return Character.toLowerCase(typeName.charAt(0)) + typeName.substring(1);
        }

        String bySlugField() {
            return byIdField() + "BySlug";
        }
    }

    /** The declared types by GraphQL name, collected once (node(id) asks on every call). */
    private final Map<String, Type> types = new LinkedHashMap<>();

    @Inject
    void collect(Instance<Type> declared) {
        declared.forEach(t -> types.put(t.typeName(), t));
    }

    /** The declared types, for nodes(ids): one statement per type asked. */
    public java.util.Collection<Type> types() {
        return java.util.Collections.unmodifiableCollection(types.values());
    }

    /** The declared type of this GraphQL name ({@code Actor}), or null (node(id) asks). */
    public Type type(String typeName) {
        return types.get(typeName);
    }

    /** {@code schema} with both look-ups of every declared type added to Query. */
    public GraphQLSchema addFields(GraphQLSchema schema) {
        String queryName = schema.getQueryType().getName();
        GraphQLSchema fielded = SchemaTransformer.transformSchema(schema, new GraphQLTypeVisitorStub() {
            @Override
            public TraversalControl visitGraphQLObjectType(GraphQLObjectType node,
                    TraverserContext<GraphQLSchemaElement> context) {
                if (!node.getName().equals(queryName)) {
                    return TraversalControl.CONTINUE;
                }
                return changeNode(context, node.transform(b -> types.values().forEach(t -> b.field(byId(schema, t))
                        .field(bySlug(schema, t)))));
            }
        });
        return fielded.transform(s -> s.codeRegistry(fielded.getCodeRegistry().transform(c -> types.values().forEach(t -> {
            DataFetcher<Object> byId = env -> t.lookup().byGlobalId(env.getArgument("id"), t.typeName());
            DataFetcher<Object> bySlug = env -> t.lookup().bySlugOrRefuse(env.getArgument("slug"), t.noun());
            c.dataFetcher(FieldCoordinates.coordinates(queryName, t.byIdField()), byId);
            c.dataFetcher(FieldCoordinates.coordinates(queryName, t.bySlugField()), bySlug);
        }))));
    }

    private static GraphQLFieldDefinition byId(GraphQLSchema schema, Type t) {
        return field(schema, t, t.byIdField(), "by its global ID; null when there is none.", "id",
                Scalars.GraphQLID.getName(), "global ID.");
    }

    private static GraphQLFieldDefinition bySlug(GraphQLSchema schema, Type t) {
        return field(schema, t, t.bySlugField(), "by its slug; an unknown slug is refused with UNKNOWN_SLUG and the "
                + "nearest known slugs.", "slug", Scalars.GraphQLString.getName(),
                t.slugExample() == null ? "slug." : "slug, e.g. '" + t.slugExample() + "'.");
    }

    private static GraphQLFieldDefinition field(GraphQLSchema schema, Type t, String name, String what,
            String argument, String argumentType, String argumentWhat) {
        return GraphQLFieldDefinition.newFieldDefinition().name(name).description(t.article() + " " + what)
                .type(schema.getObjectType(t.typeName()))
                .argument(GraphQLArgument.newArgument().name(argument).type(GraphQLNonNull.nonNull(
                        // the schema's own scalar object: a schema holds one object per type name
                        (graphql.schema.GraphQLInputType) schema.getType(argumentType)))
                        .description("The " + t.noun() + "'s " + argumentWhat))
                .build();
    }
}
