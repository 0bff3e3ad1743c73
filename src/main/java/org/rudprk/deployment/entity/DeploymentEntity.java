package org.rudprk.deployment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rudprk.record.entity.SubtypeEntity;
import org.rudprk.deployment.DeploymentKind;

/** The deployment-specific part of a record. */
@Entity
@Table(name = "deployments")
public class DeploymentEntity extends SubtypeEntity {

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "deployment_kind", nullable = false)
    public DeploymentKind deploymentKind;

    @Column(name = "purpose")
    public String purpose;
}
