package org.rudprk.actor;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rudprk.common.DatePrecision;

/** A position an actor held over a period. */
@Entity
@Table(name = "actor_roles")
public class ActorRoleEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    public Long id;

    @Column(name = "actor_id")
    public Long actorId;

    @Column(name = "title")
    public String title;

    @Column(name = "organisation_id")
    public Long organisationId;

    @Column(name = "start_earliest")
    public LocalDate startEarliest;

    @Column(name = "start_latest")
    public LocalDate startLatest;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "start_precision")
    public DatePrecision startPrecision;

    @Column(name = "end_earliest")
    public LocalDate endEarliest;

    @Column(name = "end_latest")
    public LocalDate endLatest;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "end_precision")
    public DatePrecision endPrecision;

    @Column(name = "source_id")
    public Long sourceId;

    @Column(name = "paragraph")
    public Integer paragraph;
}
