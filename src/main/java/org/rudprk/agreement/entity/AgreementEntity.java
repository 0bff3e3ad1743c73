package org.rudprk.agreement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.rudprk.record.entity.SubtypeEntity;

/** The agreement-specific part of a record. */
@Entity
@Table(name = "agreements")
public class AgreementEntity extends SubtypeEntity {

    @Column(name = "official_name")
    public String officialName;
}
