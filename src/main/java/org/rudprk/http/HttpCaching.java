package org.rudprk.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How /graphql answers may be cached: by HTTP caches (GET and HEAD) and inside the server.
 * Configurable as {@code rudprk.http.*} or {@code RUDPRK_HTTP_*}; src/main/docs/caching-and-clients.md lists the defaults.
 */
@ConfigMapping(prefix = "rudprk.http")
public interface HttpCaching {

    /** Seconds a cache may serve a GET answer without asking again (Cache-Control max-age). */
    @WithDefault("300")
    int maxAge();

    /** Seconds a cache may keep serving a stale answer while it revalidates in the background. */
    @WithDefault("3600")
    int staleWhileRevalidate();

    /** Seconds an answer pinned to a dataset release may be cached (it never changes: immutable). */
    @WithDefault("31536000")
    int pinnedMaxAge();

    /** Bytes of answers the server keeps in memory (0 turns the response cache off). */
    @WithDefault("67108864")
    long responseCacheBytes();

    /** Bytes of automatic persisted query texts kept in memory (0 turns persisted queries off). */
    @WithDefault("8388608")
    long persistedQueryBytes();

    /** Longest GET/HEAD request target (path and query string) read, in characters. */
    @WithDefault("262144")
    int maxUrlChars();
}
