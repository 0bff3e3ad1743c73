package org.rudprk.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * JSON Lines: one JSON object per line, UTF-8, with the same keys as the CSV columns. Numbers
 * are JSON numbers, missing values null, everything else a string.
 */
final class JsonLinesWriter implements RowWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private final JsonGenerator json;
    private List<Column> columns;

    JsonLinesWriter(OutputStream stream) throws IOException {
        this.json = FACTORY.createGenerator(stream, JsonEncoding.UTF8);
        this.json.setRootValueSeparator(null);
    }

    @Override
    public void header(List<Column> columns) {
        this.columns = columns;
    }

    @Override
    public void row(Object[] values) throws IOException {
        json.writeStartObject();
        for (int i = 0; i < values.length; i++) {
            json.writeFieldName(columns.get(i).name());
            Object v = values[i];
            if (v == null) {
                json.writeNull();
            } else if (v instanceof BigDecimal d) {
                json.writeNumber(d);
            } else if (v instanceof Long n) {
                json.writeNumber(n);
            } else {
                json.writeString(v.toString());
            }
        }
        json.writeEndObject();
        json.writeRaw('\n');
    }

    @Override
    public void finish() throws IOException {
        json.close();
    }
}
