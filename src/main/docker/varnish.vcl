# Varnish for docker-compose.yml: balances over api1 and api2 (each left out while its
# readiness fails) and caches only what the API allows, as src/ops/topology/default.vcl does.
vcl 4.1;

import directors;

probe ready {
    .url = "/q/health/ready";
    .interval = 2s;
    .timeout = 1s;
    .window = 3;
    .threshold = 2;
}

backend api1 { .host = "api1"; .port = "8080"; .probe = ready; }
backend api2 { .host = "api2"; .port = "8080"; .probe = ready; }

sub vcl_init {
    new apis = directors.round_robin();
    apis.add_backend(api1);
    apis.add_backend(api2);
}

sub vcl_recv {
    set req.backend_hint = apis.backend();
}

sub vcl_backend_fetch {
    # A GET that met a dead instance is tried once more on the other one.
    if (bereq.retries > 0) {
        set bereq.backend = apis.backend();
    }
}

sub vcl_backend_error {
    if (bereq.method == "GET" && bereq.retries < 1) {
        return (retry);
    }
}

sub vcl_backend_response {
    if (!beresp.http.Cache-Control) {
        set beresp.uncacheable = true;
        set beresp.ttl = 0s;
        return (deliver);
    }
    set beresp.grace = 0s;
    set beresp.keep = 1h;
}
