package org.rudprk.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Page sizes and cursors shared by every list. A cursor is opaque to clients: base64url of
 * the list's ordering name and the keyset values of the last item seen.
 */
public final class Pages {

    /** Page size when a client does not ask for one. */
    public static final int DEFAULT_SIZE = 20;
    /** Largest page a client may ask for; more is an error, not silently clamped. */
    public static final int MAX_SIZE = 100;

    public static final String FIRST_DESCRIPTION = "How many items to return, from 0 to 100; default 20. "
            + "More than 100 is an error, not silently reduced.";
    public static final String AFTER_DESCRIPTION = "Return the items after this cursor (an edge's cursor or "
            + "pageInfo.endCursor of the previous page, from the same list and ordering).";
    public static final String LAST_DESCRIPTION = "Return the last items instead of the first, from 0 to 100 "
            + "(with before: the items just before that cursor). Not together with first.";
    public static final String BEFORE_DESCRIPTION = "Return the items before this cursor (pageInfo.startCursor of "
            + "a later page); goes with last.";

    private Pages() {
    }

    /** The page size to use, refusing sizes outside 0..MAX_SIZE. */
    public static int size(Integer first) {
        return size(first, "first");
    }

    /** The page size given in {@code argument} (first or last), refusing sizes outside 0..MAX_SIZE. */
    public static int size(Integer requested, String argument) {
        int n = requested == null ? DEFAULT_SIZE : requested;
        if (n < 0 || n > MAX_SIZE) {
            throw new InvalidArgumentException("argument '" + argument + "' is " + n + "; it must be between 0 and "
                    + MAX_SIZE + " (page through longer lists with cursors)");
        }
        return n;
    }

    public static String cursor(String ordering, String... keys) {
        String raw = ordering + "\u001f" + String.join("\u001f", keys);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The keyset values inside a cursor made for {@code ordering}.
     *
     * @throws InvalidCursorException when the cursor was not made by this API for this ordering
     */
    public static List<String> keys(String cursor, String ordering, int expectedKeys) {
        return keys(cursor, ordering, expectedKeys, "after");
    }

    /** As {@link #keys(String, String, int)}, naming the argument the cursor came in. */
    public static List<String> keys(String cursor, String ordering, int expectedKeys, String argument) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.UTF_8);
            List<String> parts = List.of(raw.split("\u001f", -1));
            if (parts.size() == expectedKeys + 1 && parts.get(0).equals(ordering)) {
                return parts.subList(1, parts.size());
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new InvalidCursorException("argument '" + argument + "': '" + cursor + "' is not a cursor of this list in "
                + ordering + " order; use a cursor from the same query");
    }

    /**
     * Builds a page read backward (for last/before): {@code fetched} is in reverse order,
     * up to size+1 items; the extra one only tells that more precede.
     */
    public static <T, E extends Edge<?>> Page<E> pageBackward(List<T> fetched, int size, boolean hasNext,
            java.util.function.Function<T, E> edge) {
        boolean more = fetched.size() > size;
        List<T> page = new java.util.ArrayList<>(fetched.subList(0, Math.min(size, fetched.size())));
        java.util.Collections.reverse(page);
        List<E> edges = page.stream().map(edge).toList();
        PageInfo info = new PageInfo(hasNext, more, edges.isEmpty() ? null : edges.get(0).getCursor(),
                edges.isEmpty() ? null : edges.get(edges.size() - 1).getCursor());
        return new Page<>(edges, info);
    }

    /** Builds a page from up to size+1 fetched items: the extra one only tells that more follow. */
    public static <T, E extends Edge<?>> Page<E> page(List<T> fetched, int size, boolean hasPrevious,
            java.util.function.Function<T, E> edge) {
        boolean more = fetched.size() > size;
        List<E> edges = fetched.subList(0, Math.min(size, fetched.size())).stream().map(edge).toList();
        PageInfo info = new PageInfo(more, hasPrevious, edges.isEmpty() ? null : edges.get(0).getCursor(),
                edges.isEmpty() ? null : edges.get(edges.size() - 1).getCursor());
        return new Page<>(edges, info);
    }

    public record Page<E>(List<E> edges, PageInfo pageInfo) {
    }

    /**
     * Runs the count query only when the client selected {@code totalCount} on the list
     * being resolved, so that paging through a large list does not count it every time.
     */
    public static Integer totalCount(io.smallrye.graphql.api.Context context, java.util.function.IntSupplier count) {
        return countAsked(context) ? count.getAsInt() : null;
    }

    /**
     * Key in the request's GraphQLContext of the nested fields ("Actor.involvements") whose
     * totalCount the operation selects anywhere; set by the limits instrumentation.
     */
    public static final String COUNTED_FIELDS = "rudprk.countedFields";

    /**
     * Whether the client selected {@code totalCount} on the list being resolved. A nested list
     * is loaded in one batch for every place the field appears, through the first of them, so
     * for it the whole operation is asked (COUNTED_FIELDS), not only that first selection.
     */
    public static boolean countAsked(io.smallrye.graphql.api.Context context) {
        return countAsked(context.unwrap(graphql.schema.DataFetchingEnvironment.class));
    }

    /** {@link #countAsked(io.smallrye.graphql.api.Context)} for a field resolved without SmallRye's context. */
    public static boolean countAsked(graphql.schema.DataFetchingEnvironment env) {
        if (env.getSelectionSet().contains("totalCount")) {
            return true;
        }
        java.util.Set<String> counted = env.getGraphQlContext().get(COUNTED_FIELDS);
        return counted != null && counted.contains(env.getExecutionStepInfo().getObjectType().getName() + "."
                + env.getFieldDefinition().getName());
    }
}
