package org.rudprk.location;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One name of a place in one language. */
@Entity
@Table(name = "location_names")
public class LocationNameEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    public Long id;

    @Column(name = "location_id")
    public Long locationId;

    @Column(name = "name")
    public String name;

    @Column(name = "language")
    public String language;
}
