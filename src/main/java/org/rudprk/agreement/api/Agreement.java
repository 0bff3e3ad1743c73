package org.rudprk.agreement.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.rudprk.record.api.Record;
import org.rudprk.record.api.RecordBase;

/** A treaty, pact or deal between states; parties, signatories and provisions are fields. */
@Type("Agreement")
@Description("A treaty, pact or deal between states; parties, signatories and provisions are fields.")
public class Agreement extends RecordBase implements Record {

    @Description("Official name, where the sources give one.")
    public final String officialName;

    public Agreement(Core core, String officialName) {
        super(core);
        this.officialName = officialName;
    }
}
