package org.rudprk.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.GraphQLError;
import graphql.language.SourceLocation;
import graphql.parser.InvalidSyntaxException;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.validation.ValidationError;

/**
 * Error messages that say what to do next: a syntax error names its line, column and the
 * offending token; a wrong enum value lists the valid ones; an unknown field suggests the
 * nearest valid name.
 */
final class TeachingErrors {

    private TeachingErrors() {
    }

    /** "Syntax error at line 1, column 22: unexpected '{' …" from graphql-java's parser exception. */
    static String syntax(InvalidSyntaxException e) {
        SourceLocation at = e.getLocation();
        String token = e.getOffendingToken();
        StringBuilder m = new StringBuilder("Syntax error");
        if (at != null && at.getLine() > 0) {
            m.append(" at line ").append(at.getLine()).append(", column ").append(at.getColumn());
        }
        if (token != null) {
            m.append(": unexpected ").append("<EOF>".equals(token) ? "end of document" : "'" + token + "'");
        }
        m.append(" (check the brackets, parentheses and quotes before it)");
        return m.toString();
    }

    private static final Pattern ENUM_LITERAL = Pattern.compile("EnumValue\\{name='([^']*)'\\}");
    private static final Pattern QUOTED_TYPE = Pattern.compile("enum '([A-Za-z_][A-Za-z0-9_]*)'|is not a valid '([A-Za-z_][A-Za-z0-9_]*)'");
    private static final Pattern FIELD_UNDEFINED = Pattern.compile("Field '([^']+)' in type '([^']+)' is undefined");
    private static final Pattern INPUT_FIELD_UNDEFINED = Pattern.compile("field '([^']+)' is not defined in '([^']+)'|'([^']+)' is not defined in input type '([^']+)'");

    /** A better message for a validation error, or null to keep graphql-java's. */
    static String improve(GraphQLError error, GraphQLSchema schema) {
        String message = error.getMessage();
        if (schema == null || message == null || !(error instanceof ValidationError || message.contains("Variable '"))) {
            return null;
        }
        Matcher field = FIELD_UNDEFINED.matcher(message);
        if (field.find()) {
            GraphQLType type = schema.getType(field.group(2));
            if (type instanceof GraphQLFieldsContainer c) {
                List<String> names = c.getFieldDefinitions().stream().map(f -> f.getName()).toList();
                return "Field '" + field.group(1) + "' does not exist on type '" + field.group(2) + "'"
                        + didYouMean(field.group(1), names);
            }
            return null;
        }
        Matcher input = INPUT_FIELD_UNDEFINED.matcher(message);
        if (input.find()) {
            String name = input.group(1) != null ? input.group(1) : input.group(3);
            String typeName = input.group(2) != null ? input.group(2) : input.group(4);
            if (schema.getType(typeName) instanceof GraphQLInputObjectType t) {
                return message + didYouMean(name, t.getFieldDefinitions().stream().map(f -> f.getName()).toList());
            }
            return null;
        }
        Matcher enumType = QUOTED_TYPE.matcher(message);
        while (enumType.find()) {
            String typeName = enumType.group(1) != null ? enumType.group(1) : enumType.group(2);
            if (schema.getType(typeName) instanceof GraphQLEnumType e) {
                List<String> values = e.getValues().stream().map(GraphQLEnumValueDefinition::getName).toList();
                Matcher literal = ENUM_LITERAL.matcher(message);
                String given = literal.find() ? literal.group(1) : null;
                String clean = ENUM_LITERAL.matcher(message).replaceAll("$1");
                return clean + ". Valid values of " + typeName + ": " + String.join(", ", values)
                        + (given == null ? "" : didYouMean(given, values));
            }
        }
        return null;
    }

    /** "; did you mean 'x'?" with the nearest names (edit distance), or "" when none is near. */
    static String didYouMean(String given, List<String> candidates) {
        List<String> near = nearest(given, candidates, 3);
        if (near.isEmpty()) {
            return "";
        }
        return near.size() == 1 ? "; did you mean '" + near.get(0) + "'?"
                : "; did you mean one of " + String.join(", ", near.stream().map(n -> "'" + n + "'").toList()) + "?";
    }

    /** Up to {@code max} candidates close to {@code given}, nearest first. */
    static List<String> nearest(String given, List<String> candidates, int max) {
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

    /** Levenshtein distance. */
    static int distance(String a, String b) {
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
