package org.rudprk.citation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A number with its uncertainty, as one citation gives it. */
@Entity
@Table(name = "estimates")
public class EstimateEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    public Long id;

    @Column(name = "citation_id")
    public Long citationId;

    @Column(name = "record_id")
    public Long recordId;

    @Column(name = "ordinal")
    public Integer ordinal;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "metric")
    public EstimateMetric metric;

    @Column(name = "low")
    public BigDecimal low;

    @Column(name = "high")
    public BigDecimal high;

    @Column(name = "unit")
    public String unit;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "qualifier")
    public EstimateQualifier qualifier;

    @Column(name = "label")
    public String label;

    @Column(name = "claim_id")
    public Long claimId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "nature")
    public EstimateNature nature;
}
