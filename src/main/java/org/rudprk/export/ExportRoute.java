package org.rudprk.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.rudprk.common.Json;
import org.rudprk.dataset.DatasetVersionHeader;

import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /export/{collection}.{csv|jsonl}} on a budget of its own: at most
 * {@code rudprk.exports.max-concurrent} exports stream at once, each on a thread of the exports'
 * own pool and a connection of the exports' own datasource (see {@link Exporter}). A slow reader
 * holds neither a worker thread nor a connection of /graphql; past the budget a new export is
 * refused at once (503, Retry-After, EXPORTS_BUSY); a client that stops reading for
 * {@link #STALL_SECONDS} is cut off, so a stalled download frees its place. The response is
 * written with Vert.x's back-pressure: the export thread waits while the client's write queue
 * is full, so nothing piles up in memory.
 */
@ApplicationScoped
public class ExportRoute {

    private static final Logger LOG = Logger.getLogger(ExportRoute.class);
    private static final JsonProvider JSON = Json.PROVIDER;
    /** How long an export waits for a client that reads nothing before it gives up. */
    static final int STALL_SECONDS = 60;

    @Inject
    Exporter exporter;

    @ConfigProperty(name = "rudprk.exports.max-concurrent", defaultValue = "2")
    int maxConcurrent;

    private Semaphore streams;
    private ExecutorService threads;

    void register(@Observes Router router) {
        streams = new Semaphore(maxConcurrent);
        AtomicInteger n = new AtomicInteger();
        threads = Executors.newFixedThreadPool(maxConcurrent, r -> {
            Thread t = new Thread(r, "export-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        router.getWithRegex("/export/([^/]+)").order(-10).handler(this::handle);
    }

    void stop(@Observes ShutdownEvent event) {
        if (threads != null) {
            threads.shutdownNow();
        }
    }

    private void handle(RoutingContext ctx) {
        String file = ctx.pathParam("param0");
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (String name : ctx.queryParams().names()) {
            query.put(name, ctx.queryParams().getAll(name));
        }
        if (!streams.tryAcquire()) {
            refuse(ctx.response(), new ExportException(503, "EXPORTS_BUSY", "the server is already streaming as many "
                    + "exports as it allows at once (" + maxConcurrent + "); try again in a few seconds", null, null,
                    null, null));
            return;
        }
        try {
            threads.execute(() -> {
                try {
                    export(ctx.response(), file, query);
                } finally {
                    streams.release();
                }
            });
        } catch (RuntimeException e) {
            streams.release();
            throw e;
        }
    }

    private void export(HttpServerResponse response, String file, Map<String, List<String>> query) {
        try {
            int dot = file.lastIndexOf('.');
            String name = dot < 0 ? file : file.substring(0, dot);
            String format = dot < 0 ? "" : file.substring(dot + 1);
            ExportCollection collection = ExportCollection.byUrlName(name).orElseThrow(() -> ExportException.notFound(
                    "no collection '" + name + "' to export; use one of " + Arrays.stream(ExportCollection.values())
                            .map(ExportCollection::urlName).collect(Collectors.joining(", "))));
            if (!format.equals("csv") && !format.equals("jsonl")) {
                throw ExportException.notFound("no format '" + format + "'; use /export/" + name + ".csv or /export/"
                        + name + ".jsonl");
            }
            boolean csv = format.equals("csv");
            ResponseStream out = new ResponseStream(response, csv ? ExportResource.CSV : ExportResource.JSON_LINES,
                    release -> "attachment; filename=\"rudprk-" + name + "-" + release + "." + format + "\"");
            exporter.write(() -> ExportResource.request(collection, query),
                    csv ? new CsvWriter(out) : new JsonLinesWriter(out), out::release);
            out.close();
        } catch (ExportException e) {
            if (!response.headWritten()) {
                refuse(response, e);
            } else {
                response.reset();
            }
        } catch (IOException | RuntimeException e) {
            // Once rows are sent the status cannot change: the transfer is cut short (the cause is
            // logged by Exporter, or here when the client went away).
            LOG.infof("export %s ended early: %s", file, e.getMessage());
            if (!response.ended() && !response.closed()) {
                if (response.headWritten()) {
                    response.reset();
                } else {
                    refuse(response, new ExportException(500, "INTERNAL_ERROR", "the export failed; the failure is "
                            + "logged", null, null, null, null));
                }
            }
        }
    }

    /** A refusal in the export's JSON error format. */
    static void refuse(HttpServerResponse response, ExportException e) {
        JsonObjectBuilder body = JSON.createObjectBuilder();
        addUnlessNull(body, "message", e.getMessage());
        addUnlessNull(body, "code", e.code);
        addUnlessNull(body, "parameter", e.parameter);
        addUnlessNull(body, "path", e.path);
        if (e.line != null) {
            body.add("line", e.line);
        }
        if (e.column != null) {
            body.add("column", e.column);
        }
        response.setStatusCode(e.status).putHeader("Content-Type", "application/json");
        if (e.status == 503) {
            response.putHeader("Retry-After", "5");
        }
        response.end(body.build().toString());
    }

    private static void addUnlessNull(JsonObjectBuilder body, String name, String value) {
        if (value != null) {
            body.add(name, value);
        }
    }

    /**
     * The response body as an OutputStream: 32 KiB at a time, written only when the client's
     * write queue has room (waiting at most STALL_SECONDS for it to drain).
     */
    private static final class ResponseStream extends OutputStream {
        private final HttpServerResponse response;
        private final String contentType;
        private final java.util.function.Function<String, String> disposition;
        private final byte[] buffer = new byte[32 * 1024];
        private int used;
        private volatile boolean gone;
        /** The release the export's snapshot holds; "unknown" until the exporter says. */
        private String release = "unknown";

        ResponseStream(HttpServerResponse response, String contentType,
                java.util.function.Function<String, String> disposition) {
            this.response = response;
            this.contentType = contentType;
            this.disposition = disposition;
            response.closeHandler(v -> gone = true);
        }

        /** Names the response after the release its rows come from (before the head is written). */
        void release(String version) {
            this.release = version;
        }

        @Override
        public void write(int b) throws IOException {
            if (used == buffer.length) {
                send();
            }
            buffer[used++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                if (used == buffer.length) {
                    send();
                }
                int n = Math.min(len, buffer.length - used);
                System.arraycopy(b, off, buffer, used, n);
                used += n;
                off += n;
                len -= n;
            }
        }

        @Override
        public void flush() throws IOException {
            send();
        }

        @Override
        public void close() throws IOException {
            send();
            if (!response.ended()) {
                response.end();
            }
        }

        private void send() throws IOException {
            if (gone || response.closed()) {
                throw new IOException("the client went away");
            }
            if (!response.headWritten()) {
                // The version the filter put on every response is the instance's latest read; the
                // rows come from the export's own snapshot, and so do these two names.
                response.setChunked(true).putHeader("Content-Type", contentType)
                        .putHeader("Content-Disposition", disposition.apply(release))
                        .putHeader(DatasetVersionHeader.HEADER, release);
            }
            if (used == 0) {
                return;
            }
            awaitRoom();
            response.write(Buffer.buffer(Arrays.copyOf(buffer, used)));
            used = 0;
        }

        private void awaitRoom() throws IOException {
            if (!response.writeQueueFull()) {
                return;
            }
            CountDownLatch drained = new CountDownLatch(1);
            response.drainHandler(v -> drained.countDown());
            response.closeHandler(v -> {
                gone = true;
                drained.countDown();
            });
            try {
                if (response.writeQueueFull() && !drained.await(STALL_SECONDS, TimeUnit.SECONDS)) {
                    throw new IOException("the client read nothing for " + STALL_SECONDS + " s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted");
            }
            if (gone) {
                throw new IOException("the client went away");
            }
        }
    }
}
