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

/** A relation from one record to another. */
@Entity
@Table(name = "record_links")
@IdClass(RecordLinkEntity.Key.class)
public class RecordLinkEntity extends PanacheEntityBase {
    @Id
    @Column(name = "from_record_id")
    public Long fromRecordId;

    @Id
    @Column(name = "to_record_id")
    public Long toRecordId;

    @Id
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "relation")
    public RecordRelation relation;

    /** The composite primary key. */
    public static class Key implements Serializable {
        public Long fromRecordId;
        public Long toRecordId;
        public RecordRelation relation;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(fromRecordId, k.fromRecordId) && java.util.Objects.equals(toRecordId, k.toRecordId) && java.util.Objects.equals(relation, k.relation);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(fromRecordId, toRecordId, relation);
        }
    }
}
