package org.rudprk.shipment;

import org.eclipse.microprofile.graphql.Description;

/** What a shipment carries. Mirrors the PostgreSQL enum of the same name. */
@Description("What a shipment carries.")
public enum ShipmentCategory {
    @Description("Ammunition or munition materials.")
    MUNITIONS,
    @Description("Artillery shells.")
    ARTILLERY_SHELLS,
    @Description("Missiles.")
    MISSILES,
    @Description("Arms in general.")
    WEAPONS,
    @Description("Food.")
    FOOD,
    @Description("Basic necessities and essential supplies.")
    ESSENTIAL_GOODS,
    @Description("Refined petroleum products.")
    REFINED_PETROLEUM,
    @Description("Raw materials.")
    RAW_MATERIALS,
    @Description("Technical help or advice.")
    TECHNICAL_ASSISTANCE,
    @Description("Military technology or know-how.")
    MILITARY_TECHNOLOGY,
    @Description("Diplomatic or political support.")
    POLITICAL_SUPPORT,
    @Description("Money.")
    CASH
}
