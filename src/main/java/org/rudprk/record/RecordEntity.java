package org.rudprk.record;

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

/** The common part of every dated, cited record. */
@Entity
@Table(name = "records")
public class RecordEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    public Long id;

    @Column(name = "slug")
    public String slug;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "kind")
    public RecordKind kind;

    @Column(name = "title")
    public String title;

    @Column(name = "summary")
    public String summary;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "status")
    public RecordStatus status;

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
}
