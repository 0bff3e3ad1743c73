package org.rudprk.source;

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

/** A document we read. */
@Entity
@Table(name = "sources")
public class SourceEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    public Long id;

    @Column(name = "slug")
    public String slug;

    @Column(name = "title")
    public String title;

    @Column(name = "title_original")
    public String titleOriginal;

    @Column(name = "publisher")
    public String publisher;

    @Column(name = "language")
    public String language;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "kind")
    public SourceKind kind;

    @Column(name = "published_earliest")
    public LocalDate publishedEarliest;

    @Column(name = "published_latest")
    public LocalDate publishedLatest;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "published_precision")
    public DatePrecision publishedPrecision;

    @Column(name = "corpus_file")
    public String corpusFile;

    @Column(name = "paragraph_count")
    public Integer paragraphCount;

    @Column(name = "url")
    public String url;

    @Column(name = "notes")
    public String notes;
}
