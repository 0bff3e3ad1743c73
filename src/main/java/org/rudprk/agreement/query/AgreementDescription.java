package org.rudprk.agreement.query;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.rudprk.actor.api.Actor;
import org.rudprk.export.Column;
import org.rudprk.record.ActorRole;
import org.rudprk.record.api.RecordBase;
import org.rudprk.record.RecordKind;
import org.rudprk.record.query.RecordKindDescription;
import org.rudprk.seed.SeedFields;
import org.rudprk.seed.SeedSql;
import org.rudprk.agreement.ProvisionTopic;
import org.rudprk.agreement.entity.ProvisionEntity;
import org.rudprk.record.query.SubtypeColumn;
import org.rudprk.agreement.api.Agreement;
import org.rudprk.agreement.entity.AgreementEntity;

/**
 * Agreements: table agreements (see {@link AgreementEntity}) and its provisions
 * ({@link ProvisionEntity}); parties and signatories are actors in those roles.
 */
public final class AgreementDescription extends RecordKindDescription {

    /** One provision as the seeds give it; its ordinal is its position. */
    private record SeedProvision(String topic, String text) {
    }

    public AgreementDescription() {
        super(RecordKind.AGREEMENT, AgreementEntity.class, "ag", API_TEXT);
    }

    @Override
    public RecordBase toApi(RecordBase.Core core, Function<String, Object> column, List<Actor> principals) {
        return new Agreement(core, (String) column.apply("official_name"));
    }

    @Override
    public List<Column> exportColumns() {
        return List.of(
                exportOwn("official_name", "Agreements: the official name."),
                exportActors("parties", ActorRole.PARTY, "Agreements: the parties (actor slugs, `|`-separated)."),
                exportActors("signatories", ActorRole.SIGNATORY,
                        "Agreements: who signed (actor slugs, `|`-separated)."));
    }

    @Override
    public List<String> extraSeedFields() {
        return List.of("parties", "signatories", "provisions");
    }

    @Override
    public void readSeed(SeedFields fields) {
        fields.involveEach("parties", ActorRole.PARTY);
        fields.involveEach("signatories", ActorRole.SIGNATORY);
        List<SeedProvision> provisions = new ArrayList<>();
        for (SeedFields p : fields.list("provisions", "topic", "text")) {
            provisions.add(new SeedProvision(p.enumValue("topic", ProvisionTopic.class, true), p.text("text", true)));
        }
        fields.keep("provisions", provisions);
        fields.requireInvolved(ActorRole.PARTY, 2, "parties", "an agreement needs at least two parties");
    }

    @Override
    public void writeSeed(long recordId, Function<String, Object> kept, SeedSql sql) throws SQLException {
        int ordinal = 1;
        @SuppressWarnings("unchecked")
        List<SeedProvision> provisions = (List<SeedProvision>) kept.apply("provisions");
        for (SeedProvision p : provisions) {
            // in ProvisionEntity's column order: agreement_id, ordinal, topic, text
            sql.update(PROVISION_INSERT, recordId, ordinal++, p.topic(), p.text());
        }
    }

    /** The INSERT of a provision, from {@link ProvisionEntity}'s columns. */
    private static final String PROVISION_INSERT = SubtypeColumn.insert(ProvisionEntity.class, null);

    @Override
    public List<String> extraTables() {
        return List.of(SubtypeColumn.table(ProvisionEntity.class));
    }

    /** What the lists of agreements say in the API (Query.agreements, Actor.agreements). */
    private static final ApiText API_TEXT = new ApiText("Agreements between states, earliest first unless ordered otherwise.",
            "Agreements this actor is party to or signed, earliest first.");
}
