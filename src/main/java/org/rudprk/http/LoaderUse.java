package org.rudprk.http;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rudprk.common.PropertyFetchers;

import graphql.TrivialDataFetcher;
import graphql.execution.ExecutionContext;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;

/**
 * Whether an operation can reach a field resolved through a data loader. SmallRye hands every
 * request a registry with a loader for each batched field of the schema, and with a registry
 * graphql-java tracks every field of the answer, level by level, to know when to dispatch them
 * (its PerLevelDataLoaderDispatchStrategy, with a lock per field). An operation that cannot reach
 * one is run without the registry, which graphql-java answers with no dispatch at all: side by side
 * at 1M, benchmark queries (d) and (a), which use no loader, served 1.10-1.11× and 0.99-1.10× as
 * many requests (src/main/docs/benchmarks.md; a JFR profile had put the bookkeeping far higher).
 * <p>
 * Conservative by construction: a field can be reached without a loader only when its data
 * fetcher, on every object type the selection can land on, is one of two kinds known to use none:
 * graphql-java's trivial fetchers (a property; PropertyFetchers' are marked so) and the
 * resolvers PropertyFetchers hands SmallRye ({@link PropertyFetchers.Resolver}, a resolver called
 * for one parent; SmallRye's batched fields have its BatchDataFetcher instead).
 * Any other fetcher (a batched field, the per-kind fields that load through the registry, a
 * lambda of this project's) counts as using a loader. Introspection never does.
 */
final class LoaderUse {

    private LoaderUse() {
    }

    /** Whether this execution's operation may reach a field resolved through a data loader. */
    static boolean mayUseLoaders(ExecutionContext ctx) {
        GraphQLSchema schema = ctx.getGraphQLSchema();
        GraphQLObjectType root = switch (ctx.getOperationDefinition().getOperation()) {
            case QUERY -> schema.getQueryType();
            case MUTATION -> schema.getMutationType();
            case SUBSCRIPTION -> schema.getSubscriptionType();
        };
        if (root == null) {
            return true;
        }
        return reaches(schema, ctx.getFragmentsByName(), ctx.getOperationDefinition().getSelectionSet(), Set.of(root),
                new HashSet<>());
    }

    private static boolean reaches(GraphQLSchema schema, Map<String, FragmentDefinition> fragments, SelectionSet set,
            Set<GraphQLObjectType> on, Set<String> spreading) {
        if (set == null) {
            return false;
        }
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof Field field) {
                if (field.getName().startsWith("__")) {
                    continue; // __typename, and introspection, whose fetchers are graphql-java's own
                }
                Set<GraphQLObjectType> next = new HashSet<>();
                for (GraphQLObjectType type : on) {
                    GraphQLFieldDefinition definition = type.getFieldDefinition(field.getName());
                    if (definition == null) {
                        continue;
                    }
                    if (!loaderFree(schema.getCodeRegistry().getDataFetcher(type, definition))) {
                        return true;
                    }
                    next.addAll(objects(schema, GraphQLTypeUtil.unwrapAll(definition.getType())));
                }
                if (reaches(schema, fragments, field.getSelectionSet(), next, spreading)) {
                    return true;
                }
            } else if (selection instanceof InlineFragment inline) {
                Set<GraphQLObjectType> narrowed = inline.getTypeCondition() == null ? on
                        : narrow(schema, on, inline.getTypeCondition().getName());
                if (reaches(schema, fragments, inline.getSelectionSet(), narrowed, spreading)) {
                    return true;
                }
            } else if (selection instanceof FragmentSpread spread) {
                FragmentDefinition fragment = fragments.get(spread.getName());
                if (fragment == null) {
                    return true; // not for this walk to judge: the loaders stay
                }
                if (!spreading.add(spread.getName())) {
                    continue; // validation refuses cycles; a fragment spread twice is walked once per path
                }
                boolean reached = reaches(schema, fragments, fragment.getSelectionSet(),
                        narrow(schema, on, fragment.getTypeCondition().getName()), spreading);
                spreading.remove(spread.getName());
                if (reached) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean loaderFree(DataFetcher<?> fetcher) {
        return fetcher instanceof TrivialDataFetcher<?>
                || fetcher instanceof PropertyFetchers.Resolver<?, ?>;
    }

    /** The object types a value of this type can be. */
    private static List<GraphQLObjectType> objects(GraphQLSchema schema, GraphQLType type) {
        if (type instanceof GraphQLObjectType object) {
            return List.of(object);
        }
        if (type instanceof GraphQLInterfaceType iface) {
            return schema.getImplementations(iface);
        }
        if (type instanceof GraphQLUnionType union) {
            return union.getTypes().stream().filter(GraphQLObjectType.class::isInstance)
                    .map(GraphQLObjectType.class::cast).toList();
        }
        return List.of();
    }

    /** The types of {@code on} that a fragment on type {@code condition} applies to. */
    private static Set<GraphQLObjectType> narrow(GraphQLSchema schema, Set<GraphQLObjectType> on, String condition) {
        GraphQLType type = schema.getType(condition);
        if (type == null) {
            return on;
        }
        Set<GraphQLObjectType> narrowed = new HashSet<>(objects(schema, type));
        narrowed.retainAll(on);
        return narrowed;
    }
}
