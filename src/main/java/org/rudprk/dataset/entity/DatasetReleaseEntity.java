package org.rudprk.dataset.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The release of the curated data that is loaded: every column of its one-row table. */
@Entity
@Table(name = "dataset_release")
public class DatasetReleaseEntity extends PanacheEntityBase {
    @Id public Boolean singleton;
    public String version;
    public Long checksum;
    @Column(name = "loaded_at") public OffsetDateTime loadedAt;
    @Column(name = "record_count") public Integer recordCount;
    @Column(name = "actor_count") public Integer actorCount;
    @Column(name = "source_count") public Integer sourceCount;
}
