package org.rudprk.common;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.datafetcher.PlugableBatchableDataFetcher;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.FieldHelper;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.ClassloadingService;
import io.smallrye.graphql.spi.DataFetcherService;

/**
 * Reads plain property fields (a record's title, an actor's name, a period's dates) without
 * SmallRye GraphQL's per-field context. For every field it resolves, SmallRye's own property
 * fetcher clones the request context and serialises the field's selection set twice, in case
 * the getter asks for the context; ours never do, and on a page of 50 shipments that work was
 * a fifth of the request's CPU time. Fields computed by resolvers ({@code @Query},
 * {@code @Source}) are untouched and still get the context. Registered through
 * {@code META-INF/services}; values still pass SmallRye's transformation and adaptation.
 */
public final class PropertyFetchers implements DataFetcherService {

    @Override
    public Integer getPriority() {
        return 0;
    }

    @Override
    public PlugableDataFetcher<?> getFieldDataFetcher(Field field, Type type, Reference owner) {
        return new PropertyFetcher<>(field, owner);
    }

    /**
     * The service this one stands in front of for resolvers: the next by priority among those
     * registered for SmallRye's SPI ({@code META-INF/services}, found as SmallRye finds them), in
     * Quarkus the one that runs blocking resolvers on the request's thread. Found, not named, so
     * no class of Quarkus's runtime is referred to here. Looked up on first use, not when this
     * service is made: the look-up makes a PropertyFetchers of its own.
     */
    private volatile DataFetcherService next;

    private DataFetcherService next() {
        DataFetcherService found = next;
        if (found == null) {
            next = found = lookUpNext();
        }
        return found;
    }

    private DataFetcherService lookUpNext() {
        java.util.List<DataFetcherService> others = new java.util.ArrayList<>();
        for (DataFetcherService s : java.util.ServiceLoader.load(DataFetcherService.class,
                Thread.currentThread().getContextClassLoader())) {
            if (!(s instanceof PropertyFetchers)) {
                others.add(s);
            }
        }
        return others.stream().filter(s -> s.getPriority() > getPriority())
                .min(java.util.Comparator.comparing(DataFetcherService::getPriority))
                .orElseThrow(() -> new IllegalStateException("no DataFetcherService after PropertyFetchers ("
                        + getPriority() + "): Quarkus's SmallRye GraphQL extension registers one"));
    }
    private final Map<Made, PlugableBatchableDataFetcher<?, ?>> resolvers = new ConcurrentHashMap<>();

    /**
     * For every request SmallRye asks for a new batch loader for each batched field of the schema
     * (about forty here), whether the request uses it or not, and Quarkus builds each one afresh. Such a
     * fetcher holds no state of a request (the same instances already serve every request's
     * plain resolvers), so one per operation and type is made and handed out again.
     */
    @Override
    public PlugableBatchableDataFetcher<?, ?> getOtherWrappedDataFetcher(Operation operation, Type type) {
        return resolver(operation, type);
    }

    @Override
    public PlugableBatchableDataFetcher<?, ?> getOtherFieldDataFetcher(Operation operation, Type type) {
        return resolver(operation, type);
    }

    private PlugableBatchableDataFetcher<?, ?> resolver(Operation operation, Type type) {
        return resolvers.computeIfAbsent(new Made(operation, type), m -> next().getDefaultDataFetcher(operation, type));
    }

    /** An operation and a type by identity: the schema model's equals compares them field by field. */
    private record Made(Operation operation, Type type) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Made m && m.operation == operation && m.type == type;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(operation) * 31 + System.identityHashCode(type);
        }
    }

    /** One property of one type: its getter (or public field), then SmallRye's output transformation. */
    static final class PropertyFetcher<T> implements PlugableDataFetcher<T>, TrivialDataFetcher<T> {

        private final Field field;
        private final Reference owner;
        private final FieldHelper helper;
        private volatile Accessor accessor;

        PropertyFetcher(Field field, Reference owner) {
            this.field = field;
            this.owner = owner;
            this.helper = new FieldHelper(field);
        }

        @Override
        @SuppressWarnings("unchecked")
        public T get(DataFetchingEnvironment dfe) throws Exception {
            Accessor a = accessor;
            if (a == null) {
                a = accessor = accessor();
            }
            return (T) helper.transformOrAdaptResponse(a.get(dfe.getSource()), dfe);
        }

        private Accessor accessor() throws ReflectiveOperationException {
            Class<?> type = ClassloadingService.get().loadClass(owner.getClassName());
            if (field.getMethodName() == null) {
                java.lang.reflect.Field f = type.getField(field.getPropertyName());
                f.setAccessible(true); // skips the caller check reflection otherwise makes on every read
                return f::get;
            }
            Method m = type.getMethod(field.getMethodName());
            m.setAccessible(true);
            return m::invoke;
        }
    }

    @FunctionalInterface
    private interface Accessor {
        Object get(Object source) throws ReflectiveOperationException;
    }
}
