package org.rudprk.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** JSON Lines as the exports write them, byte for byte. */
class JsonLinesWriterTest {

    private static final List<Column> COLUMNS = List.of(new Column("a", Column.Type.TEXT, "", "", Set.of(), null),
            new Column("b", Column.Type.NUMBER, "", "", Set.of(), null),
            new Column("c\"d", Column.Type.INTEGER, "", "", Set.of(), null));

    @Test
    void oneObjectPerLineWithPlainNumbers() throws IOException {
        assertEquals("""
                {"a":"plain","b":5500000000,"c\\"d":1}
                {"a":"q\\"b\\\\s/","b":1000,"c\\"d":-1}
                {"a":"\\b\\f\\n\\r\\t","b":0.0000001,"c\\"d":9223372036854775807}
                {"a":"","b":0.00,"c\\"d":-9223372036854775808}
                {"a":null,"b":null,"c\\"d":null}
                {"a":"12","b":123456789012345678901234567890.123,"c\\"d":7}
                {"a":"é 😀 북한","b":1.50,"c\\"d":0}
                """, write(new Object[][] {
                    { "plain", new BigDecimal("5500000000"), 1L },
                    { "q\"b\\s/", new BigDecimal("1E+3"), -1L },
                    { "\b\f\n\r\t", new BigDecimal("1E-7"), Long.MAX_VALUE },
                    { "", new BigDecimal("-0.00"), Long.MIN_VALUE },
                    { null, null, null },
                    { 12, new BigDecimal("123456789012345678901234567890.123"), 7L },
                    { "é 😀 북한", new BigDecimal("1.50"), 0L } }));
    }

    @Test
    void aClientThatWentAwayIsAnIOException() throws IOException {
        OutputStream gone = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("the client went away");
            }
        };
        JsonLinesWriter w = new JsonLinesWriter(gone);
        w.header(COLUMNS);
        // More than the writer buffers, so the row reaches the stream.
        assertThrows(IOException.class, () -> w.row(new Object[] { "x".repeat(100_000), null, 1L }));
    }

    private static String write(Object[][] rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonLinesWriter w = new JsonLinesWriter(out);
        w.header(COLUMNS);
        for (Object[] row : rows) {
            w.row(row);
        }
        w.finish();
        return out.toString(StandardCharsets.UTF_8);
    }
}
