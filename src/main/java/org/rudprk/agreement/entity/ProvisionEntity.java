package org.rudprk.agreement.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rudprk.agreement.ProvisionTopic;

/**
 * One provision of an agreement. Its {@code @Column} fields (the key aside) are the columns the
 * provisions' nested list reads and the seed loader inserts, in this order
 * ({@link org.rudprk.record.query.SubtypeColumn#selectList}, {@code #insert}), so Hibernate's
 * schema validation checks the columns those statements use.
 */
@Entity
@Table(name = "agreement_provisions")
public class ProvisionEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    public Long id;

    @Column(name = "agreement_id")
    public Long agreementId;

    @Column(name = "ordinal")
    public Integer ordinal;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "topic")
    public ProvisionTopic topic;

    @Column(name = "text")
    public String text;
}
