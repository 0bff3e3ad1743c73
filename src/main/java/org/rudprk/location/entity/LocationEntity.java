package org.rudprk.location.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rudprk.location.LocationKind;

/** A place: every column of table locations, read by Panache look-ups and the keyset list (validated at startup). */
@Entity
@Table(name = "locations")
public class LocationEntity extends PanacheEntityBase {
    @Id public Long id;
    public String slug;
    public String name;
    @Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.NAMED_ENUM) public LocationKind kind;
    @Column(name = "country_id") public Long countryId;
    @Column(name = "parent_id") public Long parentId;
    @Column(name = "coordinates_source_id") public Long coordinatesSourceId;
    public Double latitude;
    public Double longitude;
    public String description;
}
