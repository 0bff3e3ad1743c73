package org.rudprk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.Test;
import org.rudprk.common.Filters;
import org.rudprk.common.Sql;
import org.rudprk.record.ActorRole;
import org.rudprk.record.api.RecordFilter;
import org.rudprk.record.query.RecordFilters;
import org.rudprk.record.RecordKind;
import org.rudprk.record.RecordOrder;
import org.rudprk.record.query.RecordRepository;

import io.quarkus.test.junit.QuarkusTest;

/** How filtered lists reach PostgreSQL: planned for their own values, with actors as keys. */
@QuarkusTest
class QueryPlansTest {

    @Inject
    RecordRepository records;

    @Inject
    EntityManager em;

    /**
     * A filtered page is never prepared on the server, so PostgreSQL never swaps its plan for a
     * generic one that ignores which actor is asked for; an unfiltered page is, as before (which
     * shows that this test would see a prepared filtered page).
     */
    @Test
    @Transactional
    void filteredPagesArePlannedForTheirOwnValues() {
        RecordFilter filter = new RecordFilter();
        filter.involves = new RecordFilter.InvolvementFilter();
        filter.involves.actors = List.of("north-korea");
        filter.involves.roles = List.of(ActorRole.SUPPLIER);
        Sql condition = RecordFilters.toSql(filter, new Filters(records::actorIdsBySlug));
        for (int i = 0; i < 8; i++) {
            records.page(RecordKind.SHIPMENT, condition, RecordOrder.DATE_DESC, 10, null, false);
            records.page(RecordKind.SHIPMENT, null, RecordOrder.DATE_DESC, 10, null, false);
        }
        // Pages only ("limit"): the aggregate's statement, which other tests may have prepared on
        // this pooled connection, has the same involvement condition and runs on a generic plan.
        assertEquals(0, prepared("%from record_actors ra where ra.record_id = r.id%limit%"));
        assertTrue(prepared("%order by r.start_earliest desc, r.slug desc limit%") > 0,
                "the unfiltered page should be prepared on the server after repeated use");
    }

    @Test
    void anUnknownActorIsRefusedNotAQuietZero() {
        // A mistyped slug used to match nothing (totalCount 0, read as a finding); it is now named
        // and answered with the nearest known slugs (issue 15), alone or inside an or.
        for (String q : java.util.List.of(
                "{ shipments(filter: { involves: { actors: [\"no-such-actor\"] } }) { totalCount } }",
                "{ records(filter: { or: [{ involves: { actors: [\"no-such-actor\"] } }, { kind: [EVENT] }] }) { totalCount } }")) {
            GraphQL.post(q, Map.of()).then().statusCode(200)
                    .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("UNKNOWN_SLUG"))
                    .body("errors[0].message", org.hamcrest.Matchers.containsString("'no-such-actor'"));
        }
    }

    private long prepared(String statementLike) {
        return ((Number) em.createNativeQuery("select count(*) from pg_prepared_statements where statement like ?1")
                .setParameter(1, statementLike).getSingleResult()).longValue();
    }
}
