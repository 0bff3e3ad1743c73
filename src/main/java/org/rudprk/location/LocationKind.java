package org.rudprk.location;

import org.eclipse.microprofile.graphql.Description;

/** What kind of place this is. Mirrors the PostgreSQL enum of the same name. */
@Description("What kind of place this is.")
public enum LocationKind {
    @Description("A whole country.")
    COUNTRY,
    @Description("A capital city.")
    CAPITAL,
    @Description("A city or town.")
    CITY,
    @Description("A region, province, oblast or republic.")
    REGION,
    @Description("An airport.")
    AIRPORT,
    @Description("A special economic zone.")
    SPECIAL_ECONOMIC_ZONE,
    @Description("A site: a facility, base or venue.")
    SITE
}
