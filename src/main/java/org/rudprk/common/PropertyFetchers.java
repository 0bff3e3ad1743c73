package org.rudprk.common;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.smallrye.graphql.execution.datafetcher.DefaultDataFetcher;
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

    private final Map<Made, PlugableBatchableDataFetcher<?, ?>> resolvers = new ConcurrentHashMap<>();

    /**
     * Resolvers ({@code @Query}, {@code @Source}, batched or not) get SmallRye's own fetcher, which
     * calls the method on the thread graphql-java runs it on: the request's worker thread, inside
     * the request scope, JTA transaction and Hibernate session GraphQLHttpHandler opened for the
     * whole operation. Quarkus's fetcher (the next service by priority) would instead send each
     * resolver to the worker pool unless the execution's metadata carries Quarkus's undocumented
     * "runBlocking" entry, and would deactivate the request scope after every call; with SmallRye's,
     * the handler passes no Quarkus metadata at all. No resolver here returns a Uni, a
     * CompletionStage or a Publisher: those would still go to the services after this one.
     * <p>
     * For every request SmallRye asks for a new batch loader for each batched field of the schema
     * (about forty here), whether the request uses it or not. Such a fetcher holds no state of a
     * request (the same instances serve every request's plain resolvers), so one per operation and
     * type is made and handed out again.
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
        return resolvers.computeIfAbsent(new Made(operation, type), m -> new Resolver<>(operation, type));
    }

    /**
     * A resolver's fetcher: SmallRye's own, called inline. A class of this project's, so that
     * LoaderUse tells a resolver called for one parent (registered as the field's fetcher, and
     * using no loader) from anything else by it, not by SmallRye's class hierarchy; a
     * batched field is registered with SmallRye's BatchDataFetcher, which loads through the
     * registry, and this fetcher is then only its batch loader.
     */
    public static final class Resolver<K, T> extends DefaultDataFetcher<K, T> {
        Resolver(Operation operation, Type type) {
            super(operation, type);
        }

        /**
         * SmallRye keeps the resolver's context (its field, arguments, environment) in a thread
         * local that its own fetcher leaves set after the call; Quarkus's clears it after each
         * one. Left set, each call on a worker thread starts from the last one's context.
         */
        @Override
        public T get(DataFetchingEnvironment dfe) throws Exception {
            try {
                return super.get(dfe);
            } finally {
                SmallRyeContextManager.clearCurrentSmallRyeContext();
            }
        }

        @Override
        public java.util.concurrent.CompletionStage<List<T>> load(List<K> keys, org.dataloader.BatchLoaderEnvironment ble) {
            try {
                return super.load(keys, ble);
            } finally {
                SmallRyeContextManager.clearCurrentSmallRyeContext();
            }
        }
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
