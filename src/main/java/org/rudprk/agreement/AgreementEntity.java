package org.rudprk.agreement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The agreement-specific part of a record. */
@Entity
@Table(name = "agreements")
public class AgreementEntity extends PanacheEntityBase {
    @Id
    @Column(name = "record_id")
    public Long recordId;

    @Column(name = "official_name")
    public String officialName;
}
