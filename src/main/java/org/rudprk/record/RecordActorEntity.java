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

/** An actor involved in a record, in a role. */
@Entity
@Table(name = "record_actors")
@IdClass(RecordActorEntity.Key.class)
public class RecordActorEntity extends PanacheEntityBase {
    @Id
    @Column(name = "record_id")
    public Long recordId;

    @Id
    @Column(name = "actor_id")
    public Long actorId;

    @Id
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "role")
    public ActorRole role;

    @Column(name = "note")
    public String note;

    /** The composite primary key. */
    public static class Key implements Serializable {
        public Long recordId;
        public Long actorId;
        public ActorRole role;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(recordId, k.recordId) && java.util.Objects.equals(actorId, k.actorId) && java.util.Objects.equals(role, k.role);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(recordId, actorId, role);
        }
    }
}
