package org.rudprk.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as spreadsheets read it: UTF-8 with a byte order mark (so Excel does not guess another
 * encoding), a header row, CRLF line ends and RFC 4180 quoting. A text cell that starts with
 * {@code = + - @} (or a tab or carriage return) is prefixed with a single quote, so that a
 * spreadsheet never runs it as a formula (CSV injection).
 */
final class CsvWriter implements RowWriter {

    static final char BOM = '\uFEFF';

    private final Writer out;
    private List<Column> columns;

    CsvWriter(OutputStream stream) {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 15);
    }

    @Override
    public void header(List<Column> columns) throws IOException {
        this.columns = columns;
        out.write(BOM);
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(columns.get(i).name());
        }
        out.write("\r\n");
    }

    @Override
    public void row(Object[] values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            Object v = values[i];
            if (v == null) {
                continue;
            }
            String text = v instanceof BigDecimal d ? d.toPlainString() : v.toString();
            out.write(cell(text, columns.get(i).type() == Column.Type.TEXT));
        }
        out.write("\r\n");
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }

    /** One cell: neutralised when it is text a spreadsheet could run, quoted when RFC 4180 requires it. */
    static String cell(String text, boolean isText) {
        String s = isText && startsLikeAFormula(text) ? "'" + text : text;
        boolean quote = false;
        for (int i = 0; i < s.length() && !quote; i++) {
            char c = s.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    static boolean startsLikeAFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }
}
