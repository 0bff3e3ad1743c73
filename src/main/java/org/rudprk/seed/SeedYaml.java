package org.rudprk.seed;

import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rudprk.common.TextPosition;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * A seed file's YAML as plain values, read with SnakeYAML: a mapping is a {@code Map} in the
 * file's order (of a key given twice, the last value wins, in the first one's place), a
 * sequence a {@code List}, a scalar a String, a BigInteger, a Double, a Boolean or null.
 * <p>
 * Only the first document of a file is read. Scalars are typed as the seeds have always been
 * read: a quoted scalar is text; a plain one is typed by SnakeYAML's YAML 1.1 rules, except
 * that a date or time stays text ({@code 2024-06-19}, never a java.util.Date) and so does
 * anything the rules leave untyped. The YAML 1.1 types: whole numbers (also {@code 0x1F},
 * {@code 0b101}, {@code 012} in octal, with {@code _} between digits) are BigIntegers, other
 * numbers Doubles ({@code 1.50} is 1.5), {@code true/false/yes/no/on/off} in any of their
 * spellings Booleans, and {@code null}, {@code ~} or nothing null. The checks then read what they
 * need as text ({@link #text}), so {@code title: 12} is the title "12" and {@code language: no}
 * is "false": quote such words.
 */
final class SeedYaml {

    private SeedYaml() {
    }

    /** A file that is not YAML, with the place of the mistake (line and column from 1; 0 when unknown). */
    static final class NotYaml extends Exception {
        final int line;
        final int column;

        NotYaml(String message, int line, int column) {
            super(message, null, false, false);
            this.line = line;
            this.column = column;
        }

        NotYaml(String message, Mark at) {
            this(message, at == null ? 0 : at.getLine() + 1, at == null ? 0 : at.getColumn() + 1);
        }
    }

    /** The file's first document as plain values; null when it holds none. */
    static Object read(String text) throws NotYaml {
        try {
            Iterator<Node> documents = new Yaml(new LoaderOptions()).composeAll(new StringReader(text)).iterator();
            return documents.hasNext() ? value(documents.next(), Collections.newSetFromMap(new IdentityHashMap<>()))
                    : null;
        } catch (MarkedYAMLException e) {
            throw new NotYaml(e.getMessage(), e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark());
        } catch (ReaderException e) {
            int codePoints = text.codePointCount(0, text.length());
            TextPosition at = TextPosition.of(text, text.offsetByCodePoints(0, Math.min(e.getPosition(), codePoints)));
            throw new NotYaml(e.getMessage(), at.line(), at.column());
        } catch (YAMLException e) {
            throw new NotYaml(e.getMessage(), 0, 0);
        }
    }

    /** How the checks read a value as text: containers as "", null as "null". */
    static String text(Object value) {
        if (value instanceof Map || value instanceof List) {
            return "";
        }
        return String.valueOf(value);
    }

    static boolean isNumber(Object value) {
        return value instanceof BigInteger || value instanceof Double;
    }

    /** A number as a BigDecimal: a whole number exactly, a Double by its shortest decimal form. */
    static BigDecimal decimal(Object number) {
        return number instanceof BigInteger i ? new BigDecimal(i) : BigDecimal.valueOf((Double) number);
    }

    static double toDouble(Object number) {
        return ((Number) number).doubleValue();
    }

    // ---------------------------------------------------------------------------------

    /** {@code open}: the collections being read, to refuse an alias to one of them (a cycle). */
    private static Object value(Node node, Set<Node> open) throws NotYaml {
        if (node instanceof ScalarNode scalar) {
            return scalar(scalar);
        }
        if (!open.add(node)) {
            throw new NotYaml("an alias refers to a collection that contains it", node.getStartMark());
        }
        try {
            if (node instanceof SequenceNode sequence) {
                List<Object> out = new ArrayList<>();
                for (Node item : sequence.getValue()) {
                    out.add(value(item, open));
                }
                return out;
            }
            Map<String, Object> out = new LinkedHashMap<>();
            for (NodeTuple entry : ((MappingNode) node).getValue()) {
                if (!(entry.getKeyNode() instanceof ScalarNode key)) {
                    throw new NotYaml("a key must be a single value, not a list or a mapping",
                            entry.getKeyNode().getStartMark());
                }
                out.put(key.getValue(), value(entry.getValueNode(), open));
            }
            return out;
        } finally {
            open.remove(node);
        }
    }

    private static Object scalar(ScalarNode node) throws NotYaml {
        String v = node.getValue();
        Tag tag = node.getTag();
        if (Tag.NULL.equals(tag)) {
            return null;
        }
        if (v.isEmpty()) {
            return v;
        }
        if (Tag.BOOL.equals(tag)) {
            Boolean b = bool(v);
            return b == null ? v : b;
        }
        if (Tag.INT.equals(tag)) {
            return integer(v, node);
        }
        if (Tag.FLOAT.equals(tag)) {
            String digits = v.indexOf('_') < 0 ? v : v.replaceFirst("^\\+", "").replace("_", "");
            try {
                return Double.parseDouble(digits);
            } catch (NumberFormatException e) {
                throw new NotYaml("Malformed numeric value '" + v + "'", node.getEndMark());
            }
        }
        return v;
    }

    private static Boolean bool(String v) {
        return switch (v.toLowerCase(java.util.Locale.ROOT)) {
            case "y", "yes", "on", "true" -> Boolean.TRUE;
            case "n", "no", "off", "false" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** A YAML 1.1 whole number; text when it is none after all (1:30, sexagesimal). */
    private static Object integer(String v, ScalarNode node) throws NotYaml {
        boolean negative = v.charAt(0) == '-';
        int i = negative || v.charAt(0) == '+' ? 1 : 0;
        if (i == v.length()) {
            return v;
        }
        int radix = 10;
        if (v.charAt(i) == '0' && i + 1 < v.length()) {
            char c = v.charAt(i + 1);
            if (c == 'b' || c == 'B') {
                radix = 2;
                i += 2;
            } else if (c == 'x' || c == 'X') {
                radix = 16;
                i += 2;
            } else if (Character.isDigit(c) || c == '_') {
                radix = 8;
                i += 1;
            } else {
                return v;
            }
        } else {
            for (int j = i; j < v.length(); j++) {
                char c = v.charAt(j);
                if ((c < '0' || c > '9') && c != '_') {
                    return v;
                }
            }
        }
        String digits = v.substring(i).replace("_", "");
        try {
            BigInteger n = new BigInteger(digits, radix);
            return negative ? n.negate() : n;
        } catch (NumberFormatException e) {
            throw new NotYaml("Invalid number ('" + v + "')", node.getEndMark());
        }
    }
}
