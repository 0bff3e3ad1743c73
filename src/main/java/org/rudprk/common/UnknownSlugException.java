package org.rudprk.common;

import io.smallrye.graphql.api.ErrorCode;

/** A slug in a filter or look-up that names nothing in the dataset (with the nearest known slugs). */
@ErrorCode("UNKNOWN_SLUG")
public class UnknownSlugException extends ApiException {

    public UnknownSlugException(String message) {
        super(message);
    }
}
