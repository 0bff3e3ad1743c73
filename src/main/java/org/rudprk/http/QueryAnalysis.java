package org.rudprk.http;

import java.util.Map;

import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.CoercedVariables;
import graphql.language.Document;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * Measures a parsed document before it runs: depth, aliases and estimated cost, where
 * page sizes multiply (50 actors with 50 shipments each cost 2,500 shipment fields).
 */
final class QueryAnalysis {

    record Result(int depth, int aliases, long cost) {
    }

    private QueryAnalysis() {
    }

    static Result analyse(GraphQLSchema schema, Document document, String operationName,
            Map<String, Object> variables, int nestedListEstimate) {
        QueryTraverser traverser = QueryTraverser.newQueryTraverser().schema(schema).document(document)
                .operationName(operationName).coercedVariables(CoercedVariables.of(variables)).build();
        int[] depth = { 0 };
        int[] aliases = { 0 };
        long[] cost = { 0 };
        traverser.visitPreOrder(new QueryVisitorStub() {
            @Override
            public void visitField(QueryVisitorFieldEnvironment env) {
                if (env.isTypeNameIntrospectionField()) {
                    return;
                }
                if (env.getField().getAlias() != null) {
                    aliases[0]++;
                }
                int level = 0;
                long items = 1;
                for (QueryVisitorFieldEnvironment p = env.getParentEnvironment(); p != null;
                        p = p.getParentEnvironment()) {
                    level += unwrapsAType(p) ? 0 : 1;
                    items = saturatingMultiply(items, multiplier(p, nestedListEstimate));
                }
                depth[0] = Math.max(depth[0], level + (unwrapsAType(env) ? 0 : 1));
                cost[0] = saturatingAdd(cost[0], items);
            }
        });
        return new Result(depth[0], aliases[0], cost[0]);
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

    /** How many items a field yields per parent item. */
    private static long multiplier(QueryVisitorFieldEnvironment env, int nestedListEstimate) {
        Map<String, Object> args = env.getArguments();
        for (String size : new String[] { "first", "last" }) {
            if (args.get(size) instanceof Number n) {
                return Math.max(n.longValue(), 1);
            }
        }
        GraphQLType type = GraphQLTypeUtil.unwrapNonNull(env.getFieldDefinition().getType());
        GraphQLType named = GraphQLTypeUtil.unwrapAll(type);
        String parent = env.getFieldsContainer() == null ? "" : env.getFieldsContainer().getName();
        if (named instanceof GraphQLNamedType n && n.getName().endsWith("Connection")) {
            return 20;
        }
        if (type instanceof GraphQLList) {
            // edges and nodes are the page itself, already counted on the connection.
            return parent.endsWith("Connection") ? 1 : nestedListEstimate;
        }
        return 1;
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
