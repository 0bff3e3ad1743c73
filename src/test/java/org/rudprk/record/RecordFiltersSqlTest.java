package org.rudprk.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rudprk.common.Filters;
import org.rudprk.common.Sql;
import org.rudprk.record.api.RecordFilter;
import org.rudprk.record.query.RecordFilters;

/**
 * The shape of the SQL that filters produce, where it decides whether PostgreSQL can use an
 * index at a million records: these are performance properties, so they are tested as such.
 */
class RecordFiltersSqlTest {

    @Test
    void enumConditionsCompareTheColumnsOwnTypeSoIndexesApply() {
        RecordFilter filter = new RecordFilter();
        filter.kind = List.of(RecordKind.SHIPMENT, RecordKind.EVENT);
        filter.status = List.of(RecordStatus.REPORTED);
        filter.category = List.of(org.rudprk.shipment.ShipmentCategory.MISSILES);
        filter.involves = new RecordFilter.InvolvementFilter();
        filter.involves.roles = List.of(ActorRole.SUPPLIER);
        String sql = RecordFilters.toSql(filter).text();
        assertFalse(sql.contains("::text"), sql);
        assertTrue(sql.contains("r.kind in (cast(?1 as record_kind), cast(?2 as record_kind))"), sql);
        assertTrue(sql.contains("ra.role in (cast(?"), sql);
    }

    @Test
    void actorSlugsBecomeKeysWhenTheFiltersCanResolveThem() {
        RecordFilter filter = new RecordFilter();
        filter.involves = new RecordFilter.InvolvementFilter();
        filter.involves.actors = List.of("north-korea");
        Sql sql = RecordFilters.toSql(filter, new Filters(slugs -> List.of(1L)));
        assertTrue(sql.text().contains("ra.actor_id in (?1)"), sql.text());
        assertEquals(List.of(List.of(1L)), sql.params());

        Sql unresolved = RecordFilters.toSql(filter);
        assertTrue(unresolved.text().contains("ra.actor_id in (select id from actors where slug in (?1))"),
                unresolved.text());
    }

    @Test
    void unknownActorsMatchNothing() {
        RecordFilter filter = new RecordFilter();
        filter.involves = new RecordFilter.InvolvementFilter();
        filter.involves.actors = List.of("nobody");
        assertTrue(RecordFilters.toSql(filter, new Filters(slugs -> List.of())).text().contains("and false"));
    }

    @Test
    void periodsBoundTheStartDateSoTheDateIndexIsScannedFromTheRangesEnd() {
        RecordFilter overlaps = new RecordFilter();
        overlaps.period = new RecordFilter.PeriodFilter();
        overlaps.period.overlaps = "2024";
        Sql sql = RecordFilters.toSql(overlaps);
        assertTrue(sql.text().contains("r.span && daterange(?1, ?2, '[]') and r.start_earliest <= ?3"), sql.text());
        assertEquals(LocalDate.of(2024, 12, 31), sql.params().get(2));

        RecordFilter within = new RecordFilter();
        within.period = new RecordFilter.PeriodFilter();
        within.period.within = "2023-09..";
        Sql open = RecordFilters.toSql(within);
        assertTrue(open.text().contains("r.start_earliest >= ?3"), open.text());
        assertFalse(open.text().contains("<="), "an open end bounds nothing: " + open.text());
    }
}
