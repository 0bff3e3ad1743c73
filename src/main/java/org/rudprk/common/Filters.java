package org.rudprk.common;

import java.util.List;
import java.util.function.Function;

/**
 * What every filter shares: and/or/not composition with bounded depth and size, and
 * checked lists. Each collection's filter supplies its own field conditions.
 */
public final class Filters {

    /** Deepest nesting of and/or/not accepted. */
    public static final int MAX_DEPTH = 5;
    /** Most conditions one filter may hold. */
    public static final int MAX_CONDITIONS = 50;

    private int conditions;

    /** The known slugs of a kind ("actor", "place", "source"), or null: set by {@link KnownSlugs}. */
    private static volatile Function<String, java.util.Set<String>> knownSlugs;

    static void knownSlugs(Function<String, java.util.Set<String>> known) {
        knownSlugs = known;
    }

    /**
     * Refuses a slug that names no {@code kind} ("actor", "place", "source") of the dataset, with
     * the nearest known ones: an unknown slug would otherwise match nothing and read as a finding.
     */
    public static void checkKnown(String kind, java.util.Collection<String> slugs, String path) {
        Function<String, java.util.Set<String>> known = knownSlugs;
        java.util.Set<String> all = known == null ? null : known.apply(kind);
        if (all == null || all.isEmpty()) {
            return;
        }
        for (String slug : slugs) {
            if (slug != null && !all.contains(slug)) {
                throw new UnknownSlugException(path, kind, slug, all);
            }
        }
    }

    /** {@link #list} of slugs of a kind, each checked with {@link #checkKnown}. */
    public List<String> known(String kind, List<String> values, String path) {
        list(values, path);
        checkKnown(kind, values, path);
        return values;
    }

    /** Turns actor slugs into their keys, or null: then filters compare slugs in SQL. */
    private final Function<List<String>, List<Long>> actorIds;

    public Filters() {
        this(null);
    }

    /**
     * Limits shared by one filter, resolving actor slugs to keys with {@code actorIds} so that
     * the SQL compares keys: PostgreSQL then plans with what it knows of each actor (North
     * Korea supplies half the shipments, most actors a handful), which it cannot do through
     * a join on the slug.
     */
    public Filters(Function<List<String>, List<Long>> actorIds) {
        this.actorIds = actorIds;
    }

    /** The keys of these actor slugs (unknown slugs have none), or null without a resolver. */
    public List<Long> actorIds(List<String> slugs) {
        return actorIds == null ? null : actorIds.apply(slugs);
    }

    /** Combines {@code and}, {@code or} and {@code not} of a filter with its own fields. */
    public <F> Sql compose(F filter, String path, int depth, List<F> and, List<F> or, F not,
            Function<F, Sql> fields, FieldBuilder<F> recurse) {
        if (depth > MAX_DEPTH) {
            throw new InvalidArgumentException("argument '" + path + "' nests and/or/not more than " + MAX_DEPTH
                    + " levels deep");
        }
        Sql all = new Sql().append("true");
        if (and != null) {
            nonEmpty(and, path + ".and");
            for (int i = 0; i < and.size(); i++) {
                all.append(" and (").append(recurse.build(and.get(i), path + ".and[" + i + "]", depth + 1)).append(")");
            }
        }
        if (or != null) {
            nonEmpty(or, path + ".or");
            Sql any = new Sql().append("false");
            for (int i = 0; i < or.size(); i++) {
                any.append(" or (").append(recurse.build(or.get(i), path + ".or[" + i + "]", depth + 1)).append(")");
            }
            all.append(" and (").append(any).append(")");
        }
        if (not != null) {
            all.append(" and not (").append(recurse.build(not, path + ".not", depth + 1)).append(")");
        }
        return all.append(" and ").append(fields.apply(filter));
    }

    /** Builds the condition of a nested filter. */
    @FunctionalInterface
    public interface FieldBuilder<F> {
        Sql build(F filter, String path, int depth);
    }

    /**
     * {@code column in (cast(? as type), ...)}: the enum column compared as its own type, so
     * that an index on it can be used (a cast of the column to text cannot).
     */
    public Sql enumIn(String column, String type, List<? extends Enum<?>> values, String path) {
        List<String> names = names(values, path);
        String placeholders = String.join(", ", java.util.Collections.nCopies(names.size(), "cast(? as " + type + ")"));
        return new Sql().append(column + " in (" + placeholders + ")", names.toArray());
    }

    /**
     * The conditions every table's filter starts with, each when given: {@code alias.slug in
     * (slugs)}, then {@code alias.kind in (kinds)} (an enum column of SQL type {@code kindType}).
     */
    public Sql slugsAndKind(String alias, List<String> slugs, String kindType, List<? extends Enum<?>> kinds,
            String path) {
        Sql all = new Sql().append("true");
        if (slugs != null) {
            all.append(" and " + alias + ".slug in (?)", list(slugs, path + ".slugs"));
        }
        if (kinds != null) {
            all.append(" and ").append(enumIn(alias + ".kind", kindType, kinds, path + ".kind"));
        }
        return all;
    }

    public List<String> names(List<? extends Enum<?>> values, String path) {
        nonEmpty(values, path);
        return values.stream().map(Enum::name).toList();
    }

    public List<String> list(List<String> values, String path) {
        nonEmpty(values, path);
        return values;
    }

    public void nonEmpty(List<?> values, String path) {
        if (values.isEmpty()) {
            throw new InvalidArgumentException("argument '" + path + "' is an empty list; leave it out instead");
        }
        if (values.stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidArgumentException("argument '" + path + "' holds a null");
        }
        count(path);
    }

    public void count(String path) {
        if (++conditions > MAX_CONDITIONS) {
            throw new InvalidArgumentException("argument 'filter' holds more than " + MAX_CONDITIONS
                    + " conditions (at " + path + ")");
        }
    }
}
