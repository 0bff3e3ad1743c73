package org.rudprk.seed;

import java.util.List;

/**
 * A curator's mistake in seeds/: every problem found, each naming the file, the record and
 * the field. Thrown before anything is written, or inside the load transaction so that it
 * rolls back.
 */
public class SeedException extends RuntimeException {

    private final List<String> problems;

    public SeedException(List<String> problems) {
        super(format(problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    private static String format(List<String> problems) {
        StringBuilder sb = new StringBuilder("The curated seeds were not loaded; the database is unchanged. ")
                .append(problems.size()).append(problems.size() == 1 ? " problem:" : " problems:");
        for (String p : problems) {
            sb.append("\n  - ").append(p);
        }
        return sb.toString();
    }
}
