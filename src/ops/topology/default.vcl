# Varnish in front of HAProxy (run.sh fills in the port). It caches only what the API allows
# (Cache-Control public, max-age) and for no longer; it never serves an answer past its
# max-age (no grace), and keeps expired answers an hour so it can revalidate them with
# If-None-Match: a 304 from the API renews the stored answer without sending it again.
vcl 4.1;

backend default {
    .host = "127.0.0.1";
    .port = "@HAPROXY@";
}

sub vcl_backend_response {
    if (!beresp.http.Cache-Control) {
        # No caching rules from the API: do not guess a TTL.
        set beresp.uncacheable = true;
        set beresp.ttl = 0s;
        return (deliver);
    }
    set beresp.grace = 0s;
    set beresp.keep = 1h;
    # The built-in VCL then refuses no-store, no-cache, private and Set-Cookie answers.
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
