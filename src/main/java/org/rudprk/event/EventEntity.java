package org.rudprk.event;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The event-specific part of a record. */
@Entity
@Table(name = "events")
public class EventEntity extends PanacheEntityBase {
    @Id
    @Column(name = "record_id")
    public Long recordId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "event_kind", nullable = false)
    public EventKind eventKind;
}
