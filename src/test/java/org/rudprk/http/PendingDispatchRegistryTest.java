package org.rudprk.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.dataloader.BatchLoader;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;
import org.junit.jupiter.api.Test;

/** The registry graphql-java dispatches: loaders with keys are sent, idle ones are left alone. */
class PendingDispatchRegistryTest {

    private final AtomicInteger batches = new AtomicInteger();

    private DataLoader<Long, String> loader() {
        BatchLoader<Long, String> names = keys -> {
            batches.incrementAndGet();
            return CompletableFuture.completedFuture(keys.stream().map(k -> "record " + k).toList());
        };
        return DataLoaderFactory.newDataLoader(names);
    }

    @Test
    void dispatchesTheLoadersWithKeysAndLeavesIdleOnesUntouched() throws Exception {
        DataLoader<Long, String> busy = loader();
        DataLoader<Long, String> idle = loader();
        DataLoaderRegistry smallrye = DataLoaderRegistry.newRegistry().register("busy", busy).register("idle", idle)
                .build();
        DataLoaderRegistry registry = PendingDispatchRegistry.over(smallrye);
        assertTrue((Object) registry.getDataLoader("busy") == busy, "the same loader instances, shared with the data fetchers");

        CompletableFuture<String> one = busy.load(1L);
        CompletableFuture<String> two = busy.load(2L);
        Instant idleBefore = idle.getLastDispatchTime();
        Thread.sleep(5);

        assertEquals(2, registry.dispatchAllWithCount(), "both keys of the busy loader sent");
        assertEquals("record 1", one.get());
        assertEquals("record 2", two.get());
        assertEquals(1, batches.get(), "one batch for the two keys");
        assertEquals(idleBefore, idle.getLastDispatchTime(), "the idle loader was not dispatched");
        registry.dispatchAll();
        assertEquals(1, batches.get(), "nothing left to send");

        // What the check above would see without this registry: the plain one dispatches the idle
        // loader too (and stamps it), so the assertion can fail.
        Thread.sleep(5);
        smallrye.dispatchAll();
        assertNotEquals(idleBefore, idle.getLastDispatchTime());
        assertEquals(List.of("busy", "idle"), List.copyOf(new java.util.TreeSet<>(registry.getKeys())));
    }

    /**
     * The engine's one instrumentation (installed in the running API: DocumentCacheTest and LimitsTest
     * see its hooks run) hands graphql-java this registry in place of SmallRye's, with the same loaders.
     */
    @Test
    void theInstrumentationHandsGraphqlJavaThisRegistry() {
        DataLoader<Long, String> busy = loader();
        DataLoaderRegistry smallrye = DataLoaderRegistry.newRegistry().register("busy", busy).build();
        graphql.ExecutionInput input = graphql.ExecutionInput.newExecutionInput().query("{ __typename }")
                .dataLoaderRegistry(smallrye).build();
        graphql.ExecutionInput instrumented = new LimitsInstrumentation(null, null).instrumentExecutionInput(input, null, null);
        assertTrue(instrumented.getDataLoaderRegistry() instanceof PendingDispatchRegistry);
        assertTrue((Object) instrumented.getDataLoaderRegistry().getDataLoader("busy") == busy);
        assertTrue(new LimitsInstrumentation(null, null).instrumentExecutionInput(instrumented, null, null) == instrumented,
                "wrapped once");
    }
}
