package org.rudprk.export;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * Reads a filter given as JSON in a query parameter into the same input class the GraphQL
 * argument uses (RecordFilter, CitationFilter, ActorFilter), as strictly as GraphQL reads it:
 * unknown fields, wrong types and unknown enum values are refused, naming the parameter, the
 * path inside it and the position. As in GraphQL, a single value is accepted where a list is
 * expected ({@code "kind": "EVENT"} means {@code ["EVENT"]}).
 */
final class JsonParameter {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // GraphQL refuses an input object that names a field twice; so do we.
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    static {
        // GraphQL does not turn numbers or booleans into strings or enum values; neither do we.
        for (LogicalType type : List.of(LogicalType.Textual, LogicalType.Enum)) {
            MAPPER.coercionConfigFor(type).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        }
    }

    private JsonParameter() {
    }

    /** The parameter's value as {@code type}; null when the parameter is absent or blank. */
    static <T> T parse(String parameter, String json, Class<T> type) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonMappingException e) {
            String path = path(parameter, e.getPath());
            throw located(parameter, path, e.getLocation(), "query parameter '" + parameter + "' is not a valid "
                    + type.getSimpleName() + ": at " + path + ": " + explain(e));
        } catch (JsonProcessingException e) {
            throw located(parameter, null, e.getLocation(), "query parameter '" + parameter + "' is not valid JSON: "
                    + e.getOriginalMessage());
        }
    }

    private static ExportException located(String parameter, String path, JsonLocation at, String message) {
        Integer line = at == null || at.getLineNr() < 0 ? null : at.getLineNr();
        Integer column = at == null || at.getColumnNr() < 0 ? null : at.getColumnNr();
        String where = line == null ? "" : " (line " + line + ", column " + column + ")";
        return new ExportException(400, "INVALID_ARGUMENT", message + where, parameter, path, line, column);
    }

    private static String explain(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field '" + u.getPropertyName() + "'; " + u.getReferringClass().getSimpleName()
                    + " has " + u.getKnownPropertyIds().stream().map(Object::toString).sorted()
                            .collect(Collectors.joining(", "));
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            return "'" + f.getValue() + "' is not a " + f.getTargetType().getSimpleName() + "; use one of "
                    + constants(f.getTargetType());
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return "expected " + describe(m.getTargetType());
        }
        return e.getOriginalMessage();
    }

    private static String describe(Class<?> type) {
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type.isEnum()) {
            return "one of " + constants(type);
        }
        return "an object (" + type.getSimpleName() + ")";
    }

    private static String constants(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).sorted()
                .collect(Collectors.joining(", "));
    }

    /** filter.and[0].kind[1], from Jackson's path. */
    private static String path(String parameter, List<JsonMappingException.Reference> refs) {
        StringBuilder out = new StringBuilder(parameter);
        for (JsonMappingException.Reference ref : refs) {
            if (ref.getFieldName() != null) {
                out.append('.').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }
}
