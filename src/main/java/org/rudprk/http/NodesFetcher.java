package org.rudprk.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

import org.rudprk.dataset.api.DatasetApi;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.execution.ResultPath;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;

/**
 * {@code nodes(ids:)} answers per ID: an ID this API did not issue gives null at its position and
 * an error (INVALID_ID) whose path ends with that position, and the other IDs are answered by
 * {@link DatasetApi#nodes} (SmallRye's resolver, which cannot report per-item errors itself).
 */
final class NodesFetcher implements DataFetcher<Object> {

    private final DataFetcher<?> resolver;
    private final org.rudprk.common.LookupFields lookups;

    NodesFetcher(DataFetcher<?> resolver, org.rudprk.common.LookupFields lookups) {
        this.resolver = resolver;
        this.lookups = lookups;
    }

    @Override
    public Object get(DataFetchingEnvironment env) throws Exception {
        List<?> ids = env.getArgument("ids");
        if (ids == null || ids.size() > DatasetApi.MAX_NODES) {
            return resolver.get(env); // the resolver says what is wrong with the argument
        }
        List<Integer> bad = new ArrayList<>();
        List<String> good = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = String.valueOf(ids.get(i));
            if (DatasetApi.nodeParts(id, lookups) == null) {
                bad.add(i);
            } else {
                good.add(id);
            }
        }
        if (bad.isEmpty()) {
            return resolver.get(env);
        }
        List<GraphQLError> errors = new ArrayList<>();
        ResultPath path = env.getExecutionStepInfo().getPath();
        for (int i : bad) {
            GraphqlErrorBuilder<?> error = GraphqlErrorBuilder.newError().message("'" + ids.get(i)
                    + "' is not an ID issued by this API").path(path.segment(i))
                    .extensions(Map.of("code", "INVALID_ID", "classification", "DataFetchingException"));
            if (env.getField().getSourceLocation() != null) {
                error.location(env.getField().getSourceLocation());
            }
            errors.add(error.build());
        }
        if (good.isEmpty()) {
            List<Object> nulls = new ArrayList<>();
            ids.forEach(x -> nulls.add(null));
            return DataFetcherResult.newResult().data(nulls).errors(errors).build();
        }
        Map<String, Object> arguments = new HashMap<>(env.getArguments());
        arguments.put("ids", good);
        DataFetchingEnvironment valid = DataFetchingEnvironmentImpl.newDataFetchingEnvironment(env)
                .arguments(arguments).build();
        Object result = resolver.get(valid);
        if (result instanceof CompletionStage<?> stage) {
            return stage.thenApply(r -> merge(r, ids.size(), bad, errors));
        }
        return merge(result, ids.size(), bad, errors);
    }

    /** The resolver's answer for the valid IDs, with null and an error at each malformed one. */
    private static Object merge(Object result, int size, List<Integer> bad, List<GraphQLError> errors) {
        Object data = result instanceof DataFetcherResult<?> r ? r.getData() : result;
        List<GraphQLError> all = new ArrayList<>(errors);
        if (result instanceof DataFetcherResult<?> r) {
            all.addAll(0, r.getErrors());
        }
        if (!(data instanceof List<?> answered)) {
            return DataFetcherResult.newResult().data(null).errors(all).build();
        }
        List<Object> out = new ArrayList<>(size);
        int next = 0;
        for (int i = 0; i < size; i++) {
            out.add(bad.contains(i) ? null : answered.get(next++));
        }
        return DataFetcherResult.newResult().data(out).errors(all)
                .localContext(result instanceof DataFetcherResult<?> r ? r.getLocalContext() : null).build();
    }
}
