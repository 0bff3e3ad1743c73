package org.rudprk.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The nearest known names to a mistyped one (edit distance, or one containing the other). */
public final class Suggestions {

    private Suggestions() {
    }

    /** Up to {@code max} candidates close to {@code given}, nearest first. */
    public static List<String> nearest(String given, Collection<String> candidates, int max) {
        String g = given.toLowerCase(Locale.ROOT);
        record Scored(String name, int distance) {
        }
        List<Scored> scored = new ArrayList<>();
        for (String c : candidates) {
            String lc = c.toLowerCase(Locale.ROOT);
            int d = distance(g, lc);
            boolean contains = g.length() >= 3 && (lc.contains(g) || g.contains(lc));
            if (d <= Math.max(2, g.length() / 3) || contains) {
                scored.add(new Scored(c, contains ? Math.min(d, 1) : d));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name));
        return scored.stream().limit(max).map(Scored::name).toList();
    }

    /** "; did you mean 'x'?" or "; did you mean one of 'x', 'y'?", or "" when nothing is near. */
    public static String didYouMean(String given, Collection<String> candidates) {
        List<String> near = nearest(given, candidates, 3);
        if (near.isEmpty()) {
            return "";
        }
        return near.size() == 1 ? "; did you mean '" + near.get(0) + "'?"
                : "; did you mean one of " + String.join(", ", near.stream().map(n -> "'" + n + "'").toList()) + "?";
    }

    /** Levenshtein distance. */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
