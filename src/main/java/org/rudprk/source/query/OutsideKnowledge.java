package org.rudprk.source.query;

import org.rudprk.common.NestedPages;

/**
 * The "in the articles or not" filter of names: a name is outside knowledge when it is cited to
 * a REFERENCE source; the canonical English name (no source) and names cited to an article are
 * in the articles.
 */
public final class OutsideKnowledge {

    private OutsideKnowledge() {
    }

    /**
     * {@code relation} narrowed to the rows whose {@code alias.source_id} is in the articles
     * ({@code inArticles} true) or a REFERENCE source (false); null leaves it as it is. The
     * condition is a literal (no placeholders), as NestedPages wants.
     */
    public static <T> NestedPages.Relation<T> filter(NestedPages.Relation<T> relation, String alias,
            Boolean inArticles) {
        if (inArticles == null) {
            return relation;
        }
        String reference = alias + ".source_id in (select id from sources where kind = 'REFERENCE')";
        return relation.and(inArticles ? "(" + alias + ".source_id is null or not " + reference + ")" : reference);
    }
}
