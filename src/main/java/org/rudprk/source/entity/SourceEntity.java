package org.rudprk.source.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rudprk.common.DatePrecision;
import org.rudprk.source.SourceKind;

/** An article or reference work: every column of table sources, read by Panache look-ups and the keyset list. */
@Entity
@Table(name = "sources")
public class SourceEntity extends PanacheEntityBase {
    @Id public Long id;
    public String slug;
    public String title;
    @Column(name = "title_original") public String titleOriginal;
    public String publisher;
    public String language;
    @Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.NAMED_ENUM) public SourceKind kind;
    @Column(name = "published_earliest") public LocalDate publishedEarliest;
    @Column(name = "published_latest") public LocalDate publishedLatest;
    @Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.NAMED_ENUM) @Column(name = "published_precision")
    public DatePrecision publishedPrecision;
    @Column(name = "corpus_file") public String corpusFile;
    @Column(name = "paragraph_count") public Integer paragraphCount;
    public String url;
    public String notes;
}
