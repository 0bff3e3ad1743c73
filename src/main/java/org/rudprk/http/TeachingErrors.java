package org.rudprk.http;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphQLException;
import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.Document;
import graphql.language.EnumValue;
import graphql.language.Field;
import graphql.language.FloatValue;
import graphql.language.FragmentDefinition;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.Node;
import graphql.language.NullValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.SourceLocation;
import graphql.language.StringValue;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.Value;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;

/**
 * Error messages that say what to do next: a syntax error names its line, column and the
 * offending token; a wrong enum value lists the valid ones; an unknown field, argument or input
 * field suggests the nearest valid name and lists the type's.
 * <p>
 * Built from structure, not from graphql-java's wording: the kind of a validation error
 * ({@link ValidationErrorType}) and its location lead to the node of the document it is about
 * (re-parsed, only when there is an error), the schema gives the type there, and the value
 * written (in the document, or in the request's variables) is walked against that type to find
 * the first part that does not fit. Where that finds nothing, graphql-java's message stays.
 */
final class TeachingErrors {

    private final GraphQLSchema schema;

    TeachingErrors(GraphQLSchema schema) {
        this.schema = schema;
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

    /** The errors of one request: its document (parsed on first use) and variables. */
    Request about(String query, String variablesJson) {
        return new Request(query, variablesJson);
    }

    final class Request {
        private final String query;
        private final String variablesJson;
        private Document document;
        private boolean parsed;
        private JsonObject variables;

        private Request(String query, String variablesJson) {
            this.query = query;
            this.variablesJson = variablesJson;
        }

        /** A better message for a request error, or null to keep graphql-java's. */
        String improve(GraphQLError error) {
            try {
                if (error instanceof ValidationError v) {
                    return validation(v);
                }
                if (error instanceof GraphQLException && error.getErrorType() == ErrorType.ValidationError) {
                    // A variable's value graphql-java could not coerce to its declared type.
                    return variables();
                }
            } catch (RuntimeException e) {
                // The explanation is a courtesy: graphql-java's own message is still right.
            }
            return null;
        }

        private Document document() {
            if (!parsed) {
                parsed = true;
                try {
                    document = new Parser().parseDocument(ParserEnvironment.newParserEnvironment().document(query)
                            .parserOptions(ParserOptions.getDefaultOperationParserOptions()).build());
                } catch (RuntimeException e) {
                    document = null;
                }
            }
            return document;
        }

        private String validation(ValidationError error) {
            graphql.validation.ValidationErrorClassification type = error.getValidationErrorType();
            if (error.getLocations() == null || error.getLocations().isEmpty() || document() == null) {
                return null;
            }
            SourceLocation at = error.getLocations().get(0);
            if (type == ValidationErrorType.FieldUndefined) {
                At<Field> field = find(Field.class, at);
                if (field != null && field.parent instanceof GraphQLFieldsContainer c) {
                    List<String> names = c.getFieldDefinitions().stream().map(GraphQLFieldDefinition::getName).toList();
                    return "Field '" + field.node.getName() + "' does not exist on type '" + c.getName() + "'"
                            + didYouMean(field.node.getName(), names);
                }
            } else if (type == ValidationErrorType.UnknownArgument) {
                At<Argument> argument = find(Argument.class, at);
                if (argument != null && argument.field != null) {
                    List<String> names = argument.field.getArguments().stream().map(GraphQLArgument::getName).toList();
                    return "Field '" + argument.field.getName() + "' has no argument '" + argument.node.getName() + "'"
                            + suggestionThen(didYouMean(argument.node.getName(), names))
                            + (names.isEmpty() ? "It takes none." : "Arguments of " + argument.field.getName() + ": "
                                    + String.join(", ", names) + ".");
                }
            } else if (type == ValidationErrorType.WrongType) {
                At<Argument> argument = find(Argument.class, at);
                if (argument != null && argument.field != null
                        && argument.field.getArgument(argument.node.getName()) != null) {
                    GraphQLArgument definition = argument.field.getArgument(argument.node.getName());
                    return capitalised(misfit(argument.node.getValue(), definition.getType(), new Where("argument", argument.node.getName())));
                }
            }
            return null;
        }

        /** The first part of a written value that does not fit its type, said plainly; null when none is found. */
        private String misfit(Value<?> value, GraphQLInputType type, Where where) {
            if (value instanceof VariableReference ref) {
                JsonValue given = variable(ref.getName());
                return given == null ? null : misfit(literal(given), type, new Where("variable", ref.getName()));
            }
            if (type instanceof GraphQLNonNull nonNull) {
                return value instanceof NullValue ? where + " must not be null" : misfit(value, (GraphQLInputType) nonNull.getWrappedType(), where);
            }
            if (value instanceof NullValue) {
                return null;
            }
            if (type instanceof GraphQLList list) {
                GraphQLInputType item = (GraphQLInputType) list.getWrappedType();
                if (value instanceof ArrayValue array) {
                    for (int i = 0; i < array.getValues().size(); i++) {
                        String m = misfit(array.getValues().get(i), item, where.item(i));
                        if (m != null) {
                            return m;
                        }
                    }
                    return null;
                }
                return misfit(value, item, where);
            }
            if (type instanceof GraphQLInputObjectType object) {
                if (!(value instanceof ObjectValue written)) {
                    return where + " must be an input object of type " + object.getName() + " ({...}). " + fieldsOf(object);
                }
                for (ObjectField f : written.getObjectFields()) {
                    GraphQLInputObjectField field = object.getField(f.getName());
                    if (field == null) {
                        return noSuchField(object, f.getName(), where);
                    }
                    String m = misfit(f.getValue(), field.getType(), where.field(f.getName()));
                    if (m != null) {
                        return m;
                    }
                }
                return null;
            }
            if (type instanceof GraphQLEnumType e) {
                if (value instanceof EnumValue v) {
                    return e.getValue(v.getName()) != null ? null : notAValue(e, v.getName(), where);
                }
                if (value instanceof StringValue s && where.variable()) {
                    // JSON has no enum literal: a variable names the value as a string.
                    return e.getValue(s.getValue()) != null ? null : notAValue(e, s.getValue(), where);
                }
                if (value instanceof StringValue s) {
                    return where + " is the string \"" + s.getValue() + "\"; enum values are written without quotes"
                            + (e.getValue(s.getValue()) != null ? ": " + s.getValue() + "."
                                    : ". " + valuesOf(e) + didYouMean(s.getValue(), names(e)));
                }
                return where + " must be a value of enum " + e.getName() + ". " + valuesOf(e);
            }
            if (type instanceof GraphQLScalarType scalar) {
                String kind = literalKind(value);
                String expected = StrictScalars.misfitLiteral(scalar.getName(), value);
                return expected == null || kind == null ? null
                        : where + " must be " + scalar.getName() + " (" + expected + "); it is " + kind;
            }
            return null;
        }

        /** A variable's JSON value as the literal that would say the same in a document. */
        private Value<?> literal(JsonValue v) {
            return switch (v.getValueType()) {
                case NULL -> NullValue.of();
                case TRUE -> BooleanValue.of(true);
                case FALSE -> BooleanValue.of(false);
                case STRING -> StringValue.of(((JsonString) v).getString());
                case NUMBER -> number(((jakarta.json.JsonNumber) v).bigDecimalValue());
                case ARRAY -> ArrayValue.newArrayValue().values(v.asJsonArray().stream().<Value>map(this::literal).toList()).build();
                case OBJECT -> ObjectValue.newObjectValue().objectFields(v.asJsonObject().entrySet().stream()
                        .map(e -> new ObjectField(e.getKey(), literal(e.getValue()))).toList()).build();
            };
        }

        /** A JSON number as a literal: whole numbers (2, 2.0) as Int literals, as input coercion takes them. */
        private static Value<?> number(java.math.BigDecimal n) {
            try {
                return new IntValue(n.toBigIntegerExact());
            } catch (ArithmeticException e) {
                return new FloatValue(n);
            }
        }

        /** The first variable whose value does not fit its declared type, said plainly; null when none. */
        private String variables() {
            if (document() == null) {
                return null;
            }
            JsonObject values = variablesObject();
            for (OperationDefinition op : document.getDefinitionsOfType(OperationDefinition.class)) {
                for (VariableDefinition v : op.getVariableDefinitions()) {
                    JsonValue given = values == null ? null : values.get(v.getName());
                    GraphQLType declared = declared(v.getType());
                    if (given != null && declared instanceof GraphQLInputType input) {
                        String m = misfit(literal(given), input, new Where("variable", v.getName()));
                        if (m != null) {
                            return capitalised(m);
                        }
                    }
                }
            }
            return null;
        }

        private JsonValue variable(String name) {
            JsonObject values = variablesObject();
            return values == null ? null : values.get(name);
        }

        /** The request's variables, parsed on first use. */
        private JsonObject variablesObject() {
            if (variables == null && variablesJson != null && !variablesJson.isEmpty()) {
                try (var reader = org.rudprk.common.Json.PROVIDER.createReader(new StringReader(variablesJson))) {
                    variables = reader.readObject();
                }
            }
            return variables;
        }

        /** The schema type a variable definition names (with its list and non-null wrappers). */
        private GraphQLType declared(Type<?> type) {
            if (type instanceof graphql.language.NonNullType n) {
                GraphQLType inner = declared(n.getType());
                return inner == null ? null : GraphQLNonNull.nonNull(inner);
            }
            if (type instanceof graphql.language.ListType l) {
                GraphQLType inner = declared(l.getType());
                return inner == null ? null : GraphQLList.list(inner);
            }
            return type instanceof TypeName t ? schema.getType(t.getName()) : null;
        }

        /**
         * The node of this class written at this location, with the type it is selected on (a
         * field) or the definition of the field it is given to (an argument).
         */
        private <N extends Node<?>> At<N> find(Class<N> kind, SourceLocation at) {
            for (OperationDefinition op : document.getDefinitionsOfType(OperationDefinition.class)) {
                GraphQLNamedType root = switch (op.getOperation()) {
                    case QUERY -> schema.getQueryType();
                    case MUTATION -> schema.getMutationType();
                    case SUBSCRIPTION -> schema.getSubscriptionType();
                };
                At<N> found = root == null ? null : find(kind, at, op.getSelectionSet(), root);
                if (found != null) {
                    return found;
                }
            }
            for (FragmentDefinition f : document.getDefinitionsOfType(FragmentDefinition.class)) {
                GraphQLType on = schema.getType(f.getTypeCondition().getName());
                At<N> found = on == null ? null : find(kind, at, f.getSelectionSet(), on);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }

        private <N extends Node<?>> At<N> find(Class<N> kind, SourceLocation at, SelectionSet set, GraphQLType on) {
            if (set == null) {
                return null;
            }
            for (Selection<?> s : set.getSelections()) {
                if (s instanceof Field f) {
                    if (kind == Field.class && same(f.getSourceLocation(), at)) {
                        return new At<>(kind.cast(f), on, null);
                    }
                    GraphQLFieldDefinition definition = on instanceof GraphQLFieldsContainer c ? c.getFieldDefinition(f.getName()) : null;
                    if (kind == Argument.class) {
                        for (Argument a : f.getArguments()) {
                            if (same(a.getSourceLocation(), at)) {
                                return new At<>(kind.cast(a), on, definition);
                            }
                        }
                    }
                    if (definition != null) {
                        At<N> found = find(kind, at, f.getSelectionSet(), GraphQLTypeUtil.unwrapAll(definition.getType()));
                        if (found != null) {
                            return found;
                        }
                    }
                } else if (s instanceof InlineFragment i) {
                    GraphQLType inner = i.getTypeCondition() == null ? on : schema.getType(i.getTypeCondition().getName());
                    At<N> found = inner == null ? null : find(kind, at, i.getSelectionSet(), inner);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        }
    }

    /** Where in a value: an argument or a variable, then fields and list items ("argument 'filter.kind[0]'"). */
    private record Where(String kind, String path) {
        Where field(String name) {
            return new Where(kind, path + "." + name);
        }

        boolean variable() {
            return kind.equals("variable");
        }

        Where item(int i) {
            return new Where(kind, path + "[" + i + "]");
        }

        @Override
        public String toString() {
            return kind + " '" + path + "'";
        }
    }

    /** "; did you mean 'x'? " before what follows, or ". " when nothing is near. */
    private static String suggestionThen(String near) {
        return near.isEmpty() ? ". " : near + " ";
    }

    private static String capitalised(String message) {
        return message == null || message.isEmpty() ? message
                : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }

    /** A node found in the document, the type it was selected on, and (for an argument) its field. */
    private record At<N>(N node, GraphQLType parent, GraphQLFieldDefinition field) {
    }

    private static boolean same(SourceLocation a, SourceLocation b) {
        return a != null && b != null && a.getLine() == b.getLine() && a.getColumn() == b.getColumn();
    }

    private static String noSuchField(GraphQLInputObjectType object, String name, Where where) {
        List<String> fields = object.getFieldDefinitions().stream().map(GraphQLInputObjectField::getName).toList();
        String near = didYouMean(name, fields);
        return "Input type '" + object.getName() + "' has no field '" + name + "' (in " + where + ")"
                + suggestionThen(near) + fieldsOf(object);
    }

    private static String fieldsOf(GraphQLInputObjectType object) {
        return "Fields of " + object.getName() + ": "
                + String.join(", ", object.getFieldDefinitions().stream().map(GraphQLInputObjectField::getName).toList()) + ".";
    }

    private static String notAValue(GraphQLEnumType e, String given, Where where) {
        return where + " has the value '" + given + "', which is not a value of enum " + e.getName() + ". "
                + valuesOf(e) + didYouMean(given, names(e));
    }

    private static String valuesOf(GraphQLEnumType e) {
        return "Valid values of " + e.getName() + ": " + String.join(", ", names(e));
    }

    private static List<String> names(GraphQLEnumType e) {
        return e.getValues().stream().map(GraphQLEnumValueDefinition::getName).toList();
    }

    /** What kind of literal was written, for "Int … ; a string was written". */
    static String literalKind(Value<?> value) {
        if (value instanceof StringValue s) {
            return "the string \"" + s.getValue() + "\"";
        }
        if (value instanceof IntValue i) {
            return "the number " + i.getValue();
        }
        if (value instanceof FloatValue f) {
            return "the number " + f.getValue().toPlainString();
        }
        if (value instanceof BooleanValue) {
            return "a boolean";
        }
        if (value instanceof EnumValue e) {
            return "the name " + e.getName();
        }
        if (value instanceof ObjectValue) {
            return "an object";
        }
        if (value instanceof ArrayValue) {
            return "a list";
        }
        return null;
    }

    /** "; did you mean 'x'?" with the nearest names, or "" when none is near (see Suggestions). */
    static String didYouMean(String given, List<String> candidates) {
        return org.rudprk.common.Suggestions.didYouMean(given, candidates);
    }
}
