package org.rudprk.common;

import java.util.ArrayList;
import java.util.List;

/**
 * A SQL text assembled from fixed fragments with positional parameters. User input only
 * ever travels as parameters, never as SQL text.
 */
public final class Sql {

    private final StringBuilder text = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    public Sql append(String fragment, Object... values) {
        int from = 0;
        int valueIndex = 0;
        for (int i = fragment.indexOf('?'); i >= 0; i = fragment.indexOf('?', from)) {
            if (valueIndex >= values.length) {
                throw new IllegalArgumentException("more placeholders than values in: " + fragment);
            }
            text.append(fragment, from, i).append('?').append(params.size() + 1);
            params.add(values[valueIndex++]);
            from = i + 1;
        }
        if (valueIndex != values.length) {
            throw new IllegalArgumentException("more values than placeholders in: " + fragment);
        }
        text.append(fragment, from, fragment.length());
        return this;
    }

    public Sql append(Sql other) {
        String renumbered = other.text.toString();
        // Shift the other's ?N placeholders past ours, highest first so ?1 does not clobber ?10.
        for (int n = other.params.size(); n >= 1; n--) {
            renumbered = renumbered.replace("?" + n, "?#" + (n + params.size()));
        }
        text.append(renumbered.replace("?#", "?"));
        params.addAll(other.params);
        return this;
    }

    public String text() {
        return text.toString();
    }

    public List<Object> params() {
        return params;
    }

    public jakarta.persistence.Query bind(jakarta.persistence.Query query) {
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query;
    }
}
