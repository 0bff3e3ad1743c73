package org.rudprk.record.api;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.rudprk.common.Edge;
import org.rudprk.common.Filters;
import org.rudprk.common.GlobalId;
import org.rudprk.common.InvalidArgumentException;
import org.rudprk.common.Pages;
import org.rudprk.common.Sql;
import org.rudprk.record.RecordKind;
import org.rudprk.record.RecordOrder;
import org.rudprk.record.query.RecordFilters;
import org.rudprk.record.query.RecordRepository;

/** The look-ups and lists every record kind offers, written once. */
@ApplicationScoped
public class RecordLookup {

    @Inject
    RecordRepository records;

    @Inject
    io.smallrye.graphql.api.Context context;

    public <T extends RecordBase> T byId(String id, RecordKind kind, Class<T> type) {
        return bySlug(GlobalId.slugOf(id, RecordBase.typeName(kind)), kind, type);
    }

    public <T extends RecordBase> T bySlug(String slug, RecordKind kind, Class<T> type) {
        return type.cast(records.bySlug(kind, slug));
    }

    /** A page of records of one kind (all kinds when null), as the connection type {@code C}. */
    public <T extends RecordBase, E extends Edge<?>, C> C page(RecordKind kind, Class<T> type, RecordFilter filter,
            RecordOrder order, Integer first, String after, Integer last, String before,
            BiFunction<String, T, E> edge, BiFunction<Pages.Page<E>, Integer, C> connection) {
        RecordOrder ordering = order == null ? RecordOrder.DATE_ASC : order;
        Sql condition = RecordFilters.toSql(filter, new Filters(records::actorIdsBySlug));
        Pages.Page<E> page;
        if (last != null || before != null) {
            if (first != null || after != null) {
                throw new InvalidArgumentException("give first/after or last/before, not both: first/after read "
                        + "forward, last/before backward");
            }
            int size = Pages.size(last == null ? Pages.DEFAULT_SIZE : last, "last");
            List<T> found = records.page(kind, condition, ordering, size, before, true).stream().map(type::cast)
                    .toList();
            page = Pages.pageBackward(found, size, before != null, r -> edge.apply(ordering.cursor(r), r));
        } else {
            int size = Pages.size(first);
            List<T> found = records.page(kind, condition, ordering, size, after, false).stream().map(type::cast)
                    .toList();
            page = Pages.page(found, size, after != null, r -> edge.apply(ordering.cursor(r), r));
        }
        return connection.apply(page, Pages.totalCount(context, () -> (int) records.count(kind, condition)));
    }
}
