package org.rudprk.ide;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;

/** {@code /ide} and {@code /explore} lead to the pages' folders, so their relative links resolve. */
@ApplicationScoped
public class PageRedirects {

    void routes(@Observes Router router) {
        router.getWithRegex("/(ide|explore)").order(-1).handler(rc -> {
            String query = rc.request().query();
            rc.response().setStatusCode(301)
                    .putHeader("Location", rc.normalizedPath() + "/" + (query == null ? "" : "?" + query)).end();
        });
    }
}
