package org.rudprk.source;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.rudprk.common.GlobalId;

/** Queries over sources. */
@GraphQLApi
public class SourceApi {

    @Query
    @Description("A source by its global ID; null when there is none.")
    public Source source(@NonNull @Id @Description("The source's global ID.") String id) {
        return sourceBySlug(GlobalId.slugOf(id, Source.TYPE));
    }

    @Query
    @Description("A source by its slug; null when there is none.")
    public Source sourceBySlug(@NonNull @Description("The source's slug.") String slug) {
        SourceEntity e = SourceEntity.find("slug", slug).firstResult();
        return e == null ? null : Source.of(e);
    }

    @Query
    @Description("All sources.")
    public List<@NonNull Source> sources() {
        return SourceEntity.<SourceEntity>list("order by publishedEarliest, slug").stream().map(Source::of).toList();
    }
}
