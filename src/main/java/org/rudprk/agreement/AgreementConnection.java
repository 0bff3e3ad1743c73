package org.rudprk.agreement;

import org.eclipse.microprofile.graphql.Description;
import org.rudprk.common.Connection;
import org.rudprk.common.Edge;
import org.rudprk.common.Pages;

/** A page of agreements. */
@Description("A page of agreements.")
public class AgreementConnection extends Connection<Agreement, AgreementConnection.AgreementEdge> {

    public AgreementConnection(Pages.Page<AgreementEdge> page, Integer totalCount) {
        super(page, totalCount);
    }

    /** One agreement of a page and its cursor. */
    @Description("An agreement and its cursor.")
    public static class AgreementEdge extends Edge<Agreement> {

        public AgreementEdge(String cursor, Agreement node) {
            super(cursor, node);
        }
    }
}
