package org.rudprk.http;

import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;

/**
 * SmallRye GraphQL's per-request DataLoaderRegistry (one loader per batched field of the schema, 43
 * here), dispatching only the loaders that hold keys. graphql-java's per-level dispatch calls
 * {@link #dispatchAll} again and again as the levels of an answer complete; the registry's own
 * version copies its list and dispatches every loader, and each dispatch of an idle loader still
 * takes its lock and reads the clock: about 3 % of the API's CPU on the benchmark's aggregate (d),
 * whose answer uses no loader at all (async-profiler, src/main/docs/benchmarks.md). A loader with no
 * keys has nothing to send, so skipping it changes no answer.
 */
final class PendingDispatchRegistry extends DataLoaderRegistry {

    /** The same loaders (the same instances, so data fetchers and graphql-java share them). */
    PendingDispatchRegistry(DataLoaderRegistry registry) {
        super(registry.getDataLoadersMap(), registry.getInstrumentation());
    }

    @Override
    public void dispatchAll() {
        dispatchAllWithCount();
    }

    @Override
    public int dispatchAllWithCount() {
        int keys = 0;
        for (DataLoader<?, ?> loader : dataLoaders.values()) {
            if (loader.dispatchDepth() > 0) {
                keys += loader.dispatchWithCounts().getKeysCount();
            }
        }
        return keys;
    }
}
