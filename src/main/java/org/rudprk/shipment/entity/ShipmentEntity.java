package org.rudprk.shipment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rudprk.record.entity.SubtypeEntity;
import org.rudprk.shipment.ShipmentCategory;

/** The shipment-specific part of a record. */
@Entity
@Table(name = "shipments")
public class ShipmentEntity extends SubtypeEntity {

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "category", nullable = false)
    public ShipmentCategory category;
}
