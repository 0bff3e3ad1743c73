package org.rudprk.export;

import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;

import org.rudprk.common.Json;
import org.rudprk.common.TextPosition;

/**
 * Reads a filter given as JSON in a query parameter into the same input class the GraphQL
 * argument uses (RecordFilter, CitationFilter, ActorFilter), as strictly as GraphQL reads it:
 * unknown fields, fields given twice, wrong types and unknown enum values are refused, naming
 * the parameter, the path inside it and the position. As in GraphQL, a single value is accepted
 * where a list is expected ({@code "kind": "EVENT"} means {@code ["EVENT"]}).
 * <p>
 * The input classes hold public fields of these types only: another input class, a
 * {@code List} of one of these, String, an enum, BigDecimal or Boolean. The JSON is read as a
 * stream of JSON-P events, so the first mistake in the text is the one reported, and its
 * position is counted in the parameter's own characters (line and column from 1; a line ends
 * at LF, CR or CRLF): a wrong value is placed at its first character, an unknown field just
 * after the first token of its value, a field given twice just after its name.
 * <p>
 * What it accepts beyond GraphQL, kept as the exports have always read filters: a string
 * {@code "true"/"True"/"TRUE"} or {@code "false"/...}, or a whole number (0 is false), for a
 * Boolean; a number in a string for a BigDecimal; an enum constant with blanks around it, or
 * by its position ({@code "0"} is the first constant); and {@code ""} or {@code "null"} as
 * null for a Boolean or a BigDecimal.
 */
final class JsonParameter {

    private static final JsonProvider JSON = Json.PROVIDER;
    private static final JsonParserFactory PARSERS = JSON.createParserFactory(Map.of());

    /** A number written in a string, as the exports accept it for a BigDecimal. */
    private static final Pattern NUMBER_TEXT = Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");
    /** An enum constant given by its position. */
    private static final Pattern INDEX = Pattern.compile("0|[1-9][0-9]*");

    /** Each input class's fields, by name. */
    private static final Map<Class<?>, Map<String, Field>> FIELDS = new ConcurrentHashMap<>();

    private final String parameter;
    private final String text;
    private final Class<?> type;
    private final JsonParser parser;
    /** The last event read, where it ends, and where the one before it ended. */
    private Event last;
    private int end;
    private int before;

    private JsonParameter(String parameter, String text, Class<?> type) {
        this.parameter = parameter;
        this.text = text;
        this.type = type;
        this.parser = PARSERS.createParser(new StringReader(text));
    }

    /** The parameter's value as {@code type}; null when the parameter is absent or blank. */
    static <T> T parse(String parameter, String json, Class<T> type) {
        if (json == null || json.isBlank()) {
            return null;
        }
        JsonParameter reader = new JsonParameter(parameter, json, type);
        try (JsonParser p = reader.parser) {
            Event first = reader.next();
            Object value = first == Event.VALUE_NULL ? null : reader.value(first, type, parameter);
            reader.nothingAfter();
            return type.cast(value);
        }
    }

    // ---------------------------------------------------------------------------------
    // Values

    private Object value(Event event, Type target, String path) {
        if (event == Event.VALUE_NULL) {
            return null;
        }
        if (target instanceof ParameterizedType list && list.getRawType() == List.class) {
            return list(event, list.getActualTypeArguments()[0], path);
        }
        Class<?> c = (Class<?>) target;
        if (c == String.class) {
            return event == Event.VALUE_STRING ? parser.getString() : refuse(path, c, start());
        }
        if (c == Boolean.class) {
            return bool(event, path);
        }
        if (c == BigDecimal.class) {
            return number(event, path);
        }
        if (c.isEnum()) {
            return constant(event, c, path);
        }
        return object(event, c, path);
    }

    /** A list; a single value is a list of one. */
    private List<Object> list(Event event, Type element, String path) {
        List<Object> out = new ArrayList<>();
        if (event != Event.START_ARRAY) {
            out.add(value(event, element, path + "[0]"));
            return out;
        }
        for (Event e = next(); e != Event.END_ARRAY; e = next()) {
            out.add(value(e, element, path + "[" + out.size() + "]"));
        }
        return out;
    }

    private Object object(Event event, Class<?> c, String path) {
        if (event != Event.START_OBJECT) {
            return refuse(path, c, start());
        }
        Map<String, Field> fields = fields(c);
        Object out = newInstance(c);
        Set<String> seen = new HashSet<>();
        for (Event e = next(); e != Event.END_OBJECT; e = next()) {
            String name = parser.getString();
            if (!seen.add(name)) {
                // Where the name ends, as for any mistake in the JSON text itself.
                throw path.equals(parameter) ? notJson("Duplicate field '" + name + "'", end)
                        : refused(path, "Duplicate field '" + name + "'", end);
            }
            Event valueEvent = next();
            Field field = fields.get(name);
            if (field == null) {
                // Just after the value's first token: its opening quote or bracket, or the whole number or word.
                int at = switch (valueEvent) {
                    case START_OBJECT, START_ARRAY, VALUE_STRING -> start() + 1;
                    default -> end;
                };
                throw refused(path + "." + name, "unknown field '" + name + "'; " + c.getSimpleName() + " has "
                        + fields.keySet().stream().sorted().collect(Collectors.joining(", ")), at);
            }
            set(field, out, value(valueEvent, field.getGenericType(), path + "." + name));
        }
        return out;
    }

    private Object constant(Event event, Class<?> c, String path) {
        Object[] constants = c.getEnumConstants();
        if (event == Event.VALUE_STRING) {
            String name = parser.getString().trim();
            for (Object constant : constants) {
                if (((Enum<?>) constant).name().equals(name)) {
                    return constant;
                }
            }
            if (INDEX.matcher(name).matches()) {
                try {
                    int index = Integer.parseInt(name);
                    if (index < constants.length) {
                        return constants[index];
                    }
                } catch (NumberFormatException e) {
                    // Too large to be a position: refused below.
                }
            }
            throw notA(path, name, c);
        }
        if (wholeNumber(event)) {
            BigInteger n = parser.getBigDecimal().toBigInteger();
            if (n.bitLength() > 31) {
                throw refused(path, "Numeric value (" + parser.getString() + ") out of range of int ("
                        + Integer.MIN_VALUE + " - " + Integer.MAX_VALUE + ")", end);
            }
            throw notA(path, n.toString(), c);
        }
        return refuse(path, c, start());
    }

    private Boolean bool(Event event, String path) {
        switch (event) {
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NUMBER:
                if (wholeNumber(event)) {
                    return parser.getBigDecimal().signum() != 0;
                }
                break;
            case VALUE_STRING:
                String s = parser.getString().trim();
                if (s.isEmpty() || s.equals("null")) {
                    return null;
                }
                if (s.equals("true") || s.equals("True") || s.equals("TRUE")) {
                    return Boolean.TRUE;
                }
                if (s.equals("false") || s.equals("False") || s.equals("FALSE")) {
                    return Boolean.FALSE;
                }
                break;
            default:
                break;
        }
        return (Boolean) refuse(path, Boolean.class, start());
    }

    private BigDecimal number(Event event, String path) {
        try {
            if (event == Event.VALUE_NUMBER) {
                return parser.getBigDecimal();
            }
            if (event == Event.VALUE_STRING) {
                String s = parser.getString().trim();
                if (s.isEmpty() || s.equals("null")) {
                    return null;
                }
                if (NUMBER_TEXT.matcher(s).matches()) {
                    return new BigDecimal(s);
                }
            }
        } catch (NumberFormatException e) {
            // An exponent out of BigDecimal's range: refused below.
        }
        return (BigDecimal) refuse(path, BigDecimal.class, start());
    }

    /** A number written without a fraction or an exponent (1e0 is no whole number here). */
    private boolean wholeNumber(Event event) {
        return event == Event.VALUE_NUMBER && parser.getString().chars().noneMatch(c -> c == '.' || c == 'e' || c == 'E');
    }

    // ---------------------------------------------------------------------------------
    // Refusals

    /** A value of the wrong shape for {@code expected}, placed at its first character. */
    private Object refuse(String path, Class<?> expected, int at) {
        throw refused(path, "expected " + describe(expected), at);
    }

    private ExportException notA(String path, String value, Class<?> c) {
        return refused(path, "'" + value + "' is not a " + c.getSimpleName() + "; use one of " + constants(c), start());
    }

    private ExportException refused(String path, String what, int at) {
        return located(path, "query parameter '" + parameter + "' is not a valid " + type.getSimpleName() + ": at "
                + path + ": " + what, at);
    }

    private ExportException notJson(String what, int at) {
        return located(null, "query parameter '" + parameter + "' is not valid JSON: " + what, at);
    }

    private ExportException located(String path, String message, int at) {
        TextPosition where = TextPosition.of(text, at);
        return new ExportException(400, "INVALID_ARGUMENT", message + " (line " + where.line() + ", column "
                + where.column() + ")", parameter, path, where.line(), where.column());
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

    // ---------------------------------------------------------------------------------
    // The text

    /** The next event; a mistake in the JSON text itself is refused where the parser found it. */
    private Event next() {
        before = end;
        try {
            last = parser.next();
            end = (int) Math.min(parser.getLocation().getStreamOffset(), text.length());
            return last;
        } catch (JsonParsingException e) {
            long at = e.getLocation() == null ? -1 : e.getLocation().getStreamOffset();
            if (e.getMessage() != null && e.getMessage().startsWith("Invalid token=")) {
                // A whole token in the wrong place: the parser points at its end, the refusal at its start.
                at = unexpectedToken();
            }
            // Past the end of the text, the parser's position is not reliable: the text ended.
            throw unexpected(at < end || at >= text.length() ? text.length() : (int) at);
        }
    }

    /** Where the token after the last event starts: past the blanks and the separator expected there. */
    private int unexpectedToken() {
        char separator = last == null || last == Event.START_OBJECT || last == Event.START_ARRAY ? 0
                : last == Event.KEY_NAME ? ':' : ',';
        int i = blanksFrom(end);
        return i < text.length() && text.charAt(i) == separator ? blanksFrom(i + 1) : i;
    }

    private int blanksFrom(int i) {
        while (i < text.length() && " \t\r\n".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    /** Where the last event's token starts: after the blanks, comma or colon that follow the one before. */
    private int start() {
        int i = before;
        while (i < text.length() && " \t\r\n,:".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    /** Nothing but blanks may follow the value; another value there is refused as GraphQL would. */
    private void nothingAfter() {
        int at = blanksFrom(end);
        if (at == text.length()) {
            return;
        }
        try (JsonParser rest = PARSERS.createParser(new StringReader(text.substring(at)))) {
            rest.next();
        } catch (JsonParsingException e) {
            long offset = e.getLocation() == null ? -1 : e.getLocation().getStreamOffset();
            throw unexpected(offset < 0 || at + offset >= text.length() ? at : at + (int) offset);
        }
        throw refused(parameter, "expected " + describe(type), at);
    }

    private ExportException unexpected(int at) {
        if (at >= text.length()) {
            return notJson("unexpected end of input", at);
        }
        int c = text.codePointAt(at);
        return notJson(c < 0x20 ? "unexpected control character (code " + c + ")"
                : "unexpected character '" + Character.toString(c) + "'", at);
    }

    // ---------------------------------------------------------------------------------
    // The input classes

    private static Map<String, Field> fields(Class<?> c) {
        return FIELDS.computeIfAbsent(c, k -> {
            Map<String, Field> out = new LinkedHashMap<>();
            for (Field f : k.getFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    out.put(f.getName(), f);
                }
            }
            return out;
        });
    }

    private static Object newInstance(Class<?> c) {
        try {
            return c.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(c.getName() + " needs a public constructor without arguments", e);
        }
    }

    private static void set(Field field, Object target, Object value) {
        try {
            field.set(target, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(field + " must be public", e);
        }
    }
}
