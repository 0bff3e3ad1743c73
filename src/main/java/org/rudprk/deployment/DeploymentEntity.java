package org.rudprk.deployment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The deployment-specific part of a record. */
@Entity
@Table(name = "deployments")
public class DeploymentEntity extends PanacheEntityBase {
    @Id
    @Column(name = "record_id")
    public Long recordId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "deployment_kind", nullable = false)
    public DeploymentKind deploymentKind;

    @Column(name = "purpose")
    public String purpose;
}
