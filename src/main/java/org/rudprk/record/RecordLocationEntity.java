package org.rudprk.record;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A place a record involves, in a role. */
@Entity
@Table(name = "record_locations")
@IdClass(RecordLocationEntity.Key.class)
public class RecordLocationEntity extends PanacheEntityBase {
    @Id
    @Column(name = "record_id")
    public Long recordId;

    @Id
    @Column(name = "location_id")
    public Long locationId;

    @Id
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "role")
    public LocationRole role;

    /** The composite primary key. */
    public static class Key implements Serializable {
        public Long recordId;
        public Long locationId;
        public LocationRole role;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(recordId, k.recordId) && java.util.Objects.equals(locationId, k.locationId) && java.util.Objects.equals(role, k.role);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(recordId, locationId, role);
        }
    }
}
