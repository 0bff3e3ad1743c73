package org.rudprk.statement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rudprk.record.entity.SubtypeEntity;
import org.rudprk.statement.StatementKind;

/** The statement-specific part of a record. */
@Entity
@Table(name = "statements")
public class StatementEntity extends SubtypeEntity {

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "statement_kind", nullable = false)
    public StatementKind statementKind;

    @Column(name = "context")
    public String context;

    @Column(name = "quote")
    public String quote;

    @Column(name = "quote_original")
    public String quoteOriginal;
}
