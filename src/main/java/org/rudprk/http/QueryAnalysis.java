package org.rudprk.http;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.CoercedVariables;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * Measures the operation that will run, after validation, with its variables coerced (defaults
 * applied), {@code @include}/{@code @skip} evaluated and fragments expanded: depth, aliases,
 * estimated cost and the number of nodes it may return.
 * <p>
 * Every list of this schema that grows with the data is a connection whose page size is at
 * most 100 (default 20), so a page size multiplies exactly what a field can return: 50 actors
 * with 50 shipments each are 2,500 shipment nodes. The lists that are not connections are
 * {@code nodes(ids)} (as many items as IDs given) and introspection, whose lists the fixed
 * schema bounds; re-entering a type's lists through a field's type ({@code fields { type {
 * fields ...}}}) would multiply them, and is refused.
 */
final class QueryAnalysis {

    /**
     * Depth, aliases, estimated cost (fields resolved), nodes (objects in lists), and the first
     * violation of a rule that is not a number (null when none).
     */
    record Result(int depth, int aliases, long cost, long nodes, Violation violation, Set<String> counted) {
    }

    /** A rule broken by the shape of the operation: its code and what to say. */
    record Violation(String code, String message) {
    }

    /**
     * Items assumed per list that is neither a connection nor nodes(ids): introspection (types,
     * fields, arguments...) and the groups of aggregate with their sums.
     */
    static final int INTROSPECTION_LIST_ESTIMATE = 10;

    /** The list fields of {@code __Type}; nested one inside another they re-enter the schema. */
    private static final Set<String> TYPE_LISTS = Set.of("fields", "inputFields", "interfaces", "possibleTypes",
            "enumValues");

    private QueryAnalysis() {
    }

    static Result analyse(GraphQLSchema schema, OperationDefinition operation,
            Map<String, FragmentDefinition> fragments, CoercedVariables variables) {
        QueryTraverser traverser = QueryTraverser.newQueryTraverser().schema(schema).root(operation)
                .rootParentType(schema.getQueryType()).fragmentsByName(fragments).coercedVariables(variables).build();
        int[] depth = { 0 };
        int[] aliases = { 0 };
        long[] cost = { 0 };
        long[] nodes = { 0 };
        Violation[] violation = { null };
        Set<String> counted = new java.util.HashSet<>();
        // The arguments each batched field is asked with, by parent type and field name: SmallRye
        // loads one field of one type for all its parents in a batch, with one set of arguments.
        Map<String, Map<String, Object>> argumentsByField = new HashMap<>();
        traverser.visitPreOrder(new QueryVisitorStub() {
            @Override
            public void visitField(QueryVisitorFieldEnvironment env) {
                if (env.isTypeNameIntrospectionField()) {
                    return;
                }
                if (env.getField().getAlias() != null) {
                    aliases[0]++;
                }
                QueryVisitorFieldEnvironment list = env.getParentEnvironment();
                if ("totalCount".equals(env.getFieldDefinition().getName()) && list != null
                        && list.getParentEnvironment() != null) {
                    counted.add(list.getFieldsContainer().getName() + "." + list.getFieldDefinition().getName());
                }
                int level = 0;
                long items = 1;
                for (QueryVisitorFieldEnvironment p = env.getParentEnvironment(); p != null;
                        p = p.getParentEnvironment()) {
                    level += unwrapsAType(p) ? 0 : 1;
                    items = saturatingMultiply(items, multiplier(p));
                }
                depth[0] = Math.max(depth[0], level + (unwrapsAType(env) ? 0 : 1));
                cost[0] = saturatingAdd(cost[0], items);
                if (holdsNodes(env)) {
                    nodes[0] = saturatingAdd(nodes[0], saturatingMultiply(items, multiplier(env)));
                }
                if (violation[0] == null) {
                    violation[0] = reentersTheSchema(env);
                }
                if (violation[0] == null && env.getParentEnvironment() != null
                        && !env.getFieldDefinition().getArguments().isEmpty()
                        && !env.getFieldsContainer().getName().startsWith("__")) {
                    String key = env.getFieldsContainer().getName() + "." + env.getFieldDefinition().getName();
                    Map<String, Object> before = argumentsByField.putIfAbsent(key, env.getArguments());
                    if (before != null && !Objects.equals(before, env.getArguments())) {
                        violation[0] = new Violation("ARGUMENT_CONFLICT", "field '" + key + "' is asked with "
                                + "different arguments in one operation (" + before + " and " + env.getArguments()
                                + "); nested fields are loaded in one batch per type and field, so ask for the same "
                                + "arguments everywhere, or send separate requests");
                    }
                }
            }
        });
        return new Result(depth[0], aliases[0], cost[0], nodes[0], violation[0], Set.copyOf(counted));
    }

    /**
     * Whether the field is {@code __Type.ofType}: one step of unwrapping a list or non-null type
     * in introspection, a single object with no fan-out. Such steps do not count towards the
     * depth, so the standard introspection queries of GraphiQL and graphql-js (up to nine of them
     * in a row) pass, while nesting that fans out ({@code fields { type { fields ...}}}) counts.
     */
    private static boolean unwrapsAType(QueryVisitorFieldEnvironment env) {
        return "ofType".equals(env.getField().getName()) && env.getFieldsContainer() != null
                && "__Type".equals(env.getFieldsContainer().getName());
    }

    /** A list of a type ({@code fields}, {@code enumValues}...) below another: the schema walked again. */
    private static Violation reentersTheSchema(QueryVisitorFieldEnvironment env) {
        if (!isTypeList(env)) {
            return null;
        }
        for (QueryVisitorFieldEnvironment p = env.getParentEnvironment(); p != null; p = p.getParentEnvironment()) {
            if (isTypeList(p)) {
                return new Violation("INTROSPECTION_LIMIT", "introspection field '" + p.getField().getName()
                        + "' holds '" + env.getField().getName() + "' of another type: each type's fields and "
                        + "values are listed once under __schema.types or __type(name), not again through a "
                        + "field's type");
            }
        }
        return null;
    }

    private static boolean isTypeList(QueryVisitorFieldEnvironment env) {
        return env.getFieldsContainer() != null && "__Type".equals(env.getFieldsContainer().getName())
                && TYPE_LISTS.contains(env.getField().getName());
    }

    /**
     * Whether the field's items are nodes of the answer: a connection (its page), or a list of
     * objects that is not a connection's own edges or nodes (counted on the connection).
     */
    private static boolean holdsNodes(QueryVisitorFieldEnvironment env) {
        GraphQLType named = GraphQLTypeUtil.unwrapAll(env.getFieldDefinition().getType());
        if (named instanceof GraphQLNamedType n && n.getName().endsWith("Connection")) {
            return true;
        }
        // Objects only: a list of scalars (an enum list, a sum's claim identities) is a value of its field.
        return GraphQLTypeUtil.unwrapNonNull(env.getFieldDefinition().getType()) instanceof GraphQLList
                && named instanceof graphql.schema.GraphQLCompositeType
                && !(env.getFieldsContainer() != null && env.getFieldsContainer().getName().endsWith("Connection"));
    }

    /** How many items a field yields per parent item. */
    private static long multiplier(QueryVisitorFieldEnvironment env) {
        GraphQLType type = GraphQLTypeUtil.unwrapNonNull(env.getFieldDefinition().getType());
        GraphQLType named = GraphQLTypeUtil.unwrapAll(type);
        String parent = env.getFieldsContainer() == null ? "" : env.getFieldsContainer().getName();
        if (named instanceof GraphQLNamedType n && n.getName().endsWith("Connection")) {
            Map<String, Object> args = env.getArguments();
            for (String size : new String[] { "first", "last" }) {
                if (args.get(size) instanceof Number n2) {
                    return Math.max(n2.longValue(), 1);
                }
            }
            return org.rudprk.common.Pages.DEFAULT_SIZE;
        }
        if (!(type instanceof GraphQLList)) {
            return 1;
        }
        if (parent.endsWith("Connection")) {
            return 1; // edges and nodes are the page itself, already counted on the connection.
        }
        if (env.getArguments().get("ids") instanceof List<?> ids) {
            return Math.max(ids.size(), 1); // nodes(ids)
        }
        if ("aggregate".equals(env.getFieldDefinition().getName()) && "Query".equals(parent)) {
            return org.rudprk.aggregate.AggregateApi.MAX_GROUPS;
        }
        if (parent.startsWith("__")) {
            return INTROSPECTION_LIST_ESTIMATE;
        }
        // Any other list (the groups of aggregate and their sums): estimated, as introspection.
        return INTROSPECTION_LIST_ESTIMATE;
    }

    private static long saturatingMultiply(long a, long b) {
        long r = a * b;
        return (a != 0 && (r / a != b || r < 0)) ? Long.MAX_VALUE : r;
    }

    private static long saturatingAdd(long a, long b) {
        long r = a + b;
        return r < 0 ? Long.MAX_VALUE : r;
    }
}
