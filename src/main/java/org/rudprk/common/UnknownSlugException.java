package org.rudprk.common;

import java.util.Collection;
import java.util.List;

import io.smallrye.graphql.api.ErrorCode;

/**
 * A slug in a filter or look-up that names nothing in the dataset. The message names the
 * argument and the slug and suggests the nearest known slugs; the answer also carries them
 * as {@code extensions.kind}, {@code extensions.slug} and {@code extensions.suggestions}, for a client to offer.
 */
@ErrorCode("UNKNOWN_SLUG")
public class UnknownSlugException extends ApiException {

    private final String kind;
    private final String slug;
    private final List<String> suggestions;

    /** Refuses {@code slug} given in {@code argument} for a {@code kind} ("actor", "place", "source"). */
    public UnknownSlugException(String argument, String kind, String slug, Collection<String> known) {
        super("argument '" + argument + "': no " + kind + " has the slug '" + slug + "'"
                + Suggestions.didYouMean(slug, known));
        this.kind = kind;
        this.slug = slug;
        this.suggestions = Suggestions.nearest(slug, known, 3);
    }

    /** What the slug was meant to name: "actor", "place" or "source". */
    public String kind() {
        return kind;
    }

    public String slug() {
        return slug;
    }

    /** The nearest known slugs, nearest first (at most three; empty when none is near). */
    public List<String> suggestions() {
        return suggestions;
    }
}
