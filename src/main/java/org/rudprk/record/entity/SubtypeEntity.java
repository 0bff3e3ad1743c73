package org.rudprk.record.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * The key every subtype table shares: one row per record of its kind, keyed by the record's
 * id. Each kind's entity adds its own columns (see {@link org.rudprk.record.query.RecordKindDescription#columns()}).
 */
@MappedSuperclass
public abstract class SubtypeEntity extends PanacheEntityBase {

    @Id
    @Column(name = "record_id")
    public Long recordId;
}
