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
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rudprk.common.DatePrecision;

/** A claim about a record in one paragraph of one source. */
@Entity
@Table(name = "citations")
public class CitationEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    public Long id;

    @Column(name = "record_id")
    public Long recordId;

    @Column(name = "ordinal")
    public Integer ordinal;

    @Column(name = "source_id")
    public Long sourceId;

    @Column(name = "paragraph")
    public Integer paragraph;

    @Column(name = "claimant_id")
    public Long claimantId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "stance")
    public Stance stance;

    @Column(name = "claimed_earliest")
    public LocalDate claimedEarliest;

    @Column(name = "claimed_latest")
    public LocalDate claimedLatest;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "claimed_precision")
    public DatePrecision claimedPrecision;

    @Column(name = "summary")
    public String summary;

    @Column(name = "quote")
    public String quote;

    @Column(name = "claim_id")
    public Long claimId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "firmness")
    public CitationFirmness firmness;
}
