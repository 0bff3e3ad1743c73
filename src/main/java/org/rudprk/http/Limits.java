package org.rudprk.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Published limits on what one request may ask. Each refusal carries a stable
 * {@code extensions.code}; src/main/docs/limits.md lists the defaults.
 */
@ConfigMapping(prefix = "rudprk.limits")
public interface Limits {

    /** Largest request body, in bytes (HTTP 413 beyond it). */
    @WithDefault("65536")
    int maxBodyBytes();

    /** Longest GraphQL document, in characters (DOCUMENT_TOO_LARGE). */
    @WithDefault("20000")
    int maxDocumentChars();

    /** Most lexical tokens in a document (TOO_MANY_TOKENS). */
    @WithDefault("3000")
    int maxTokens();

    /** Deepest field nesting (DEPTH_LIMIT). */
    @WithDefault("12")
    int maxDepth();

    /** Most aliased fields in a document (ALIAS_LIMIT). */
    @WithDefault("30")
    int maxAliases();

    /**
     * Largest estimated cost: every field costs 1 for each item of every list above it, a
     * connection counting its page size (first/last, default 20), nodes(ids) its IDs, an
     * introspection list 10 (COST_LIMIT).
     */
    @WithDefault("250000")
    int maxCost();

    /**
     * Most nodes one response may hold: the items of every list, each connection counting its
     * page size times the items above it (NODE_LIMIT). Together with the cost limit it bounds
     * the memory one answer can take.
     */
    @WithDefault("50000")
    int maxNodes();

    /**
     * Longest a single SQL statement may run (PostgreSQL syntax, e.g. 5s); applied to every
     * API connection by quarkus.datasource.jdbc.new-connection-sql (STATEMENT_TIMEOUT).
     */
    @WithDefault("5s")
    String statementTimeout();

    /**
     * Longest one fetch of an export (500 rows, and the sort before the first) may run. An export
     * is one long read through a cursor, and PostgreSQL times each fetch on its own; JIT is off
     * for exports, as compiling their expressions costs more than it saves.
     */
    @WithDefault("30s")
    String exportStatementTimeout();
}
