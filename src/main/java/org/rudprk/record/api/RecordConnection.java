package org.rudprk.record.api;

import org.eclipse.microprofile.graphql.Description;
import org.rudprk.common.Connection;
import org.rudprk.common.Edge;
import org.rudprk.common.Pages;

/** A page of records. */
@Description("A page of records.")
public class RecordConnection extends Connection<Record, RecordConnection.RecordEdge> {

    public RecordConnection(Pages.Page<RecordEdge> page, Integer totalCount) {
        super(page, totalCount);
    }

    /** One record of a page and its cursor. */
    @Description("A record and its cursor.")
    public static class RecordEdge extends Edge<Record> {

        public RecordEdge(String cursor, RecordBase node) {
            super(cursor, (Record) node);
        }
    }
}
