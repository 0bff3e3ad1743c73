package org.rudprk.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The two in-memory stores of /graphql, both bounded in bytes (Caffeine, least valuable out
 * first): answers by dataset release, document, operation name and variables, so a repeated
 * query costs no SQL; and the texts of automatic persisted queries by their SHA-256 hash.
 */
final class AnswerStore {

    /** What identifies an answer: the same key always gets the same body while the release is served. */
    record Key(String datasetVersion, String query, String operationName, String variables) {
        long bytes() {
            return 2L * (datasetVersion.length() + query.length() + (operationName == null ? 0 : operationName.length())
                    + variables.length()) + 96;
        }
    }

    /** A successful answer with no errors, and the hash its ETag is made of. */
    record Answer(String body, String hash) {
    }

    private final Cache<Key, Answer> answers;
    private final Cache<String, String> persisted;

    AnswerStore(long answerBytes, long persistedBytes) {
        this.answers = answerBytes <= 0 ? null : Caffeine.newBuilder().maximumWeight(answerBytes)
                .<Key, Answer>weigher((k, v) -> (int) Math.min(Integer.MAX_VALUE, k.bytes() + 2L * v.body().length() + 64))
                .build();
        this.persisted = persistedBytes <= 0 ? null : Caffeine.newBuilder().maximumWeight(persistedBytes)
                .<String, String>weigher((k, v) -> 2 * (k.length() + v.length()) + 64).build();
    }

    boolean persistedQueriesEnabled() {
        return persisted != null;
    }

    Answer answer(Key key) {
        return answers == null ? null : answers.getIfPresent(key);
    }

    Answer remember(Key key, String body) {
        Answer answer = new Answer(body, hash(body));
        if (answers != null) {
            answers.put(key, answer);
        }
        return answer;
    }

    /** An answer that is not kept (the response cache is off, or the document may not be cached). */
    static Answer unkept(String body) {
        return new Answer(body, hash(body));
    }

    String persistedQuery(String sha256) {
        return persisted == null ? null : persisted.getIfPresent(sha256);
    }

    void persist(String sha256, String query) {
        if (persisted != null) {
            persisted.put(sha256, query);
        }
    }

    static String sha256Hex(String text) {
        return HexFormat.of().formatHex(digest(text));
    }

    /** 128 bits of the body's SHA-256, URL-safe: enough to tell answers apart. */
    private static String hash(String body) {
        byte[] d = digest(body);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(d, 16));
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
