package org.rudprk.export;

import java.io.IOException;
import java.util.List;

/** Writes an export row by row, straight to the response: nothing is kept between rows. */
interface RowWriter {

    void header(List<Column> columns) throws IOException;

    /** One row; {@code values} is reused for the next row, so it must not be kept. */
    void row(Object[] values) throws IOException;

    /** Writes out what is buffered; the response ends after it. */
    void finish() throws IOException;
}
