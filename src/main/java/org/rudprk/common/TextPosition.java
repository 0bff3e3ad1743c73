package org.rudprk.common;

/**
 * A place in a text as people count it: line and column from 1, a line ending at LF, CR or
 * CRLF, a column counted in chars. Used to say where a filter's JSON or a seed file goes wrong.
 */
public record TextPosition(int line, int column) {

    /** The position of the char at {@code offset} (or of the end, at {@code text.length()}). */
    public static TextPosition of(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return new TextPosition(line, offset - lineStart + 1);
    }
}
