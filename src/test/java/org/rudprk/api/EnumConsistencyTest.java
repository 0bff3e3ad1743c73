package org.rudprk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** Every PostgreSQL enum type and its Java (and so GraphQL) enum list the same values in the same order. */
@QuarkusTest
class EnumConsistencyTest {

    static final Map<String, Class<? extends Enum<?>>> ENUMS = new LinkedHashMap<>();

    static {
        ENUMS.put("date_precision", org.rudprk.common.DatePrecision.class);
        ENUMS.put("estimate_qualifier", org.rudprk.citation.EstimateQualifier.class);
        ENUMS.put("estimate_metric", org.rudprk.citation.EstimateMetric.class);
        ENUMS.put("stance", org.rudprk.citation.Stance.class);
        ENUMS.put("citation_firmness", org.rudprk.citation.CitationFirmness.class);
        ENUMS.put("estimate_nature", org.rudprk.citation.EstimateNature.class);
        ENUMS.put("source_kind", org.rudprk.source.SourceKind.class);
        ENUMS.put("actor_kind", org.rudprk.actor.ActorKind.class);
        ENUMS.put("name_kind", org.rudprk.actor.NameKind.class);
        ENUMS.put("location_kind", org.rudprk.location.LocationKind.class);
        ENUMS.put("record_kind", org.rudprk.record.RecordKind.class);
        ENUMS.put("record_status", org.rudprk.record.RecordStatus.class);
        ENUMS.put("actor_role", org.rudprk.record.ActorRole.class);
        ENUMS.put("location_role", org.rudprk.record.LocationRole.class);
        ENUMS.put("record_relation", org.rudprk.record.RecordRelation.class);
        ENUMS.put("provision_topic", org.rudprk.agreement.ProvisionTopic.class);
        // Each kind's enum columns (shipment_category, deployment_kind, ...), as its entity declares them.
        org.rudprk.record.RecordKind.descriptions().forEach(k -> k.columns().stream()
                .filter(c -> c.enumType() != null).forEach(c -> ENUMS.put(c.pgEnum(), c.enumType())));
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void databaseAndJavaEnumsAgree() throws Exception {
        Map<String, List<String>> db = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("""
                        select t.typname, e.enumlabel from pg_type t join pg_enum e on e.enumtypid = t.oid
                        where t.typnamespace = current_schema()::regnamespace order by t.typname, e.enumsortorder""")) {
            while (rs.next()) {
                db.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        assertEquals(new java.util.TreeSet<>(ENUMS.keySet()), new java.util.TreeSet<>(db.keySet()),
                "every database enum has a Java enum here");
        ENUMS.forEach((type, java) -> assertEquals(db.get(type),
                Arrays.stream(java.getEnumConstants()).map(Enum::name).toList(), type));
    }
}
