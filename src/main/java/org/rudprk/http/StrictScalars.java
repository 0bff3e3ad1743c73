package org.rudprk.http;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Set;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.BooleanValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

/**
 * The input coercion of GraphQL's built-in scalars as the specification has it (section 3.5):
 * an {@code Int} is a whole number from -2^31 to 2^31-1, a {@code Float} a number, an
 * {@code ID} a string or a whole number; anything else, a string holding digits included, is a
 * request error. ({@code String} and {@code Boolean} are graphql-java's own, strict already.)
 * <p>
 * SmallRye's own scalars of the first three are lenient: they take {@code "2"} for an Int, pass
 * {@code "two"} on to the resolver (which then fails as a field error with {@code data} present),
 * turn {@code 3000000000} into -1294967296, and fail on {@code 2.5} as an internal error. Wrapped
 * here, each of those is refused before execution, as graphql-java's own scalars would refuse
 * them: a variable as BAD_USER_INPUT, a literal as GRAPHQL_VALIDATION_FAILED, both without
 * {@code data} (400 with {@code application/graphql-response+json}). Output and everything that
 * passes the check go to SmallRye's coercing unchanged.
 */
final class StrictScalars {

    /**
     * The scalars whose input this wraps: the schema's String and Boolean already refuse values of
     * another kind, and wrapping them would copy the built-in directives that take them
     * ({@code @include(if: Boolean!)}), which graphql-java then adds again.
     */
    static final Set<String> WRAPPED = Set.of("Int", "Float", "ID");

    private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);

    private StrictScalars() {
    }

    /** The scalar with strict input coercion when it is one of {@link #WRAPPED}; itself otherwise. */
    static GraphQLScalarType strict(GraphQLScalarType scalar) {
        if (!WRAPPED.contains(scalar.getName()) || scalar.getCoercing() instanceof Strict) {
            return scalar;
        }
        return scalar.transform(b -> b.coercing(new Strict(scalar.getName(), scalar.getCoercing())));
    }

    /** Why an input value (from a variable's JSON) does not fit one of {@link #WRAPPED}; null when it does. */
    private static String misfitValue(String scalar, Object input) {
        return switch (scalar) {
            case "Int" -> {
                BigInteger whole = whole(input);
                if (whole == null) {
                    yield "a whole number";
                }
                yield whole.compareTo(INT_MIN) < 0 || whole.compareTo(INT_MAX) > 0 ? OUT_OF_RANGE : null;
            }
            case "Float" -> input instanceof Number n && !(n instanceof Double d && !Double.isFinite(d))
                    && !(n instanceof Float f && !Float.isFinite(f)) ? null : "a number";
            case "ID" -> input instanceof String || whole(input) != null ? null : "a string or a whole number";
            default -> null;
        };
    }

    /**
     * Why a literal written in a document does not fit a built-in scalar; null when it does. All
     * five: TeachingErrors explains a misfit of String and Boolean literals with it too.
     */
    static String misfitLiteral(String scalar, Object input) {
        return switch (scalar) {
            case "Int" -> !(input instanceof IntValue i) ? "a whole number"
                    : i.getValue().compareTo(INT_MIN) < 0 || i.getValue().compareTo(INT_MAX) > 0 ? OUT_OF_RANGE : null;
            case "Float" -> input instanceof IntValue || input instanceof FloatValue ? null : "a number";
            case "String" -> input instanceof StringValue ? null : "a string in double quotes";
            case "Boolean" -> input instanceof BooleanValue ? null : "true or false";
            case "ID" -> input instanceof StringValue || input instanceof IntValue ? null : "a string or a whole number";
            default -> null;
        };
    }

    static final String OUT_OF_RANGE = "a whole number from -2147483648 to 2147483647";

    /** The whole number a JSON number holds (2 and 2.0 alike), or null when it holds none. */
    private static BigInteger whole(Object input) {
        if (input instanceof Integer || input instanceof Long || input instanceof Short || input instanceof Byte) {
            return BigInteger.valueOf(((Number) input).longValue());
        }
        if (input instanceof BigInteger b) {
            return b;
        }
        BigDecimal decimal = null;
        if (input instanceof BigDecimal d) {
            decimal = d;
        } else if ((input instanceof Double || input instanceof Float) && Double.isFinite(((Number) input).doubleValue())) {
            decimal = BigDecimal.valueOf(((Number) input).doubleValue());
        }
        if (decimal == null) {
            return null;
        }
        try {
            return decimal.toBigIntegerExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    private static String describe(Object input) {
        if (input instanceof String s) {
            return "the string \"" + s + "\"";
        }
        if (input instanceof Number n) {
            return "the number " + (n instanceof BigDecimal d ? d.toPlainString() : n);
        }
        if (input instanceof Boolean) {
            return "a boolean";
        }
        if (input instanceof java.util.Map<?, ?>) {
            return "an object";
        }
        if (input instanceof java.util.Collection<?>) {
            return "a list";
        }
        if (input instanceof Value<?> v && TeachingErrors.literalKind(v) != null) {
            return TeachingErrors.literalKind(v);
        }
        return "a " + input.getClass().getSimpleName();
    }

    /** A built-in scalar's coercing that checks input first, then hands everything to the original. */
    @SuppressWarnings({ "rawtypes", "unchecked", "deprecation" })
    private record Strict(String name, Coercing original) implements Coercing<Object, Object> {

        private void checkValue(Object input) {
            String expected = misfitValue(name, input);
            if (expected != null) {
                throw CoercingParseValueException.newCoercingParseValueException()
                        .message(name + " must be " + expected + "; it is " + describe(input)).build();
            }
        }

        private void checkLiteral(Object input) {
            String expected = misfitLiteral(name, input);
            if (expected != null) {
                throw CoercingParseLiteralException.newCoercingParseLiteralException()
                        .message(name + " must be " + expected + "; it is " + describe(input)).build();
            }
        }

        @Override
        public Object serialize(Object dataFetcherResult, GraphQLContext context, Locale locale)
                throws CoercingSerializeException {
            return original.serialize(dataFetcherResult, context, locale);
        }

        @Override
        public Object serialize(Object dataFetcherResult) throws CoercingSerializeException {
            return original.serialize(dataFetcherResult);
        }

        @Override
        public Object parseValue(Object input, GraphQLContext context, Locale locale) throws CoercingParseValueException {
            checkValue(input);
            return original.parseValue(input, context, locale);
        }

        @Override
        public Object parseValue(Object input) throws CoercingParseValueException {
            checkValue(input);
            return original.parseValue(input);
        }

        @Override
        public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale)
                throws CoercingParseLiteralException {
            checkLiteral(input);
            return original.parseLiteral(input, variables, context, locale);
        }

        @Override
        public Object parseLiteral(Object input) throws CoercingParseLiteralException {
            checkLiteral(input);
            return original.parseLiteral(input);
        }

        @Override
        public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
            return original.valueToLiteral(input, context, locale);
        }

        @Override
        public Value valueToLiteral(Object input) {
            return original.valueToLiteral(input);
        }
    }
}
