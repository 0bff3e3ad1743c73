package org.rudprk.http;

import java.util.List;
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

    private final GraphQLSchema schema;

    TeachingErrors(GraphQLSchema schema) {
        this.schema = schema;
    }

    /** A better message for a validation error, or null to keep graphql-java's. */
    String improve(GraphQLError error) {
        return improve(error, schema);
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
    private static final Pattern INPUT_FIELD_UNDEFINED = Pattern.compile("field '([^']+)' is not defined in '([^']+)'|'([^']+)' is not defined in input type '([^']+)'|contains a field not in '([^']+)': '([^']+)'");

    private static String improve(GraphQLError error, GraphQLSchema schema) {
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
            String name = input.group(1) != null ? input.group(1) : input.group(3) != null ? input.group(3) : input.group(6);
            String typeName = input.group(2) != null ? input.group(2) : input.group(4) != null ? input.group(4) : input.group(5);
            if (schema.getType(typeName) instanceof GraphQLInputObjectType t) {
                List<String> fields = t.getFieldDefinitions().stream().map(f -> f.getName()).toList();
                String near = didYouMean(name, fields);
                // graphql-java quotes the whole literal (ObjectValue{objectFields=[...]}): say the
                // field, the type and what it has instead.
                return "Input type '" + typeName + "' has no field '" + name + "'" + (near.isEmpty() ? "." : near)
                        + " Fields of " + typeName + ": " + String.join(", ", fields) + ".";
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

    /** "; did you mean 'x'?" with the nearest names, or "" when none is near (see Suggestions). */
    static String didYouMean(String given, List<String> candidates) {
        return org.rudprk.common.Suggestions.didYouMean(given, candidates);
    }
}
