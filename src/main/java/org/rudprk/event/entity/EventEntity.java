package org.rudprk.event.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rudprk.record.entity.SubtypeEntity;
import org.rudprk.event.EventKind;

/** The event-specific part of a record. */
@Entity
@Table(name = "events")
public class EventEntity extends SubtypeEntity {

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "event_kind", nullable = false)
    public EventKind eventKind;
}
