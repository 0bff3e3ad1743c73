package org.rudprk.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonException;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;

import org.rudprk.common.Json;

/**
 * JSON Lines: one JSON object per line, UTF-8, with the same keys as the CSV columns. Numbers
 * are JSON numbers in plain notation (5500000000, never 5.5E+9), missing values null,
 * everything else a string. Each row is written by a generator of its own (a JSON-P generator
 * writes one JSON text) into one buffered writer, so nothing but the current row is held.
 */
final class JsonLinesWriter implements RowWriter {

    private static final JsonProvider JSON = Json.PROVIDER;
    private static final JsonGeneratorFactory GENERATORS = JSON.createGeneratorFactory(Map.of());

    private final Writer out;
    /** What a row's generator writes to: the output, which it may neither flush nor close. */
    private final Writer row;
    private List<Column> columns;

    JsonLinesWriter(OutputStream stream) {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 15);
        this.row = new Writer() {
            @Override
            public void write(char[] chars, int off, int len) throws IOException {
                out.write(chars, off, len);
            }

            @Override
            public void write(String s, int off, int len) throws IOException {
                out.write(s, off, len);
            }

            @Override
            public void flush() {
                // A row is flushed with the rest of the output, not on its own.
            }

            @Override
            public void close() {
                // The output outlives each row's generator.
            }
        };
    }

    @Override
    public void header(List<Column> columns) {
        this.columns = columns;
    }

    @Override
    public void row(Object[] values) throws IOException {
        try {
            JsonGenerator json = GENERATORS.createGenerator(row);
            json.writeStartObject();
            for (int i = 0; i < values.length; i++) {
                String name = columns.get(i).name();
                Object v = values[i];
                if (v == null) {
                    json.writeNull(name);
                } else if (v instanceof BigDecimal d) {
                    json.write(name, new PlainDecimal(d));
                } else if (v instanceof Long n) {
                    json.write(name, n.longValue());
                } else {
                    json.write(name, v.toString());
                }
            }
            json.writeEnd();
            json.close(); // writes the row out, and gives the generator's buffer back for the next row
        } catch (JsonException e) {
            // A generator reports a failed write (the client went away) unchecked; the export
            // handles it as the IOException it is.
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
        out.write('\n');
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }

    /**
     * A decimal that prints in plain notation: a generator writes a number as its
     * {@code toString()}, which for a BigDecimal may be scientific (1E+3, 1E-7).
     */
    private static final class PlainDecimal extends BigDecimal {

        PlainDecimal(BigDecimal value) {
            super(value.unscaledValue(), value.scale());
        }

        @Override
        public String toString() {
            return toPlainString();
        }
    }
}
