package org.rudprk.statement;

import org.eclipse.microprofile.graphql.Description;
import org.rudprk.common.Connection;
import org.rudprk.common.Edge;
import org.rudprk.common.Pages;

/** A page of statements. */
@Description("A page of statements.")
public class StatementConnection extends Connection<Statement, StatementConnection.StatementEdge> {

    public StatementConnection(Pages.Page<StatementEdge> page, Integer totalCount) {
        super(page, totalCount);
    }

    /** One statement of a page and its cursor. */
    @Description("A statement and its cursor.")
    public static class StatementEdge extends Edge<Statement> {

        public StatementEdge(String cursor, Statement node) {
            super(cursor, node);
        }
    }
}
