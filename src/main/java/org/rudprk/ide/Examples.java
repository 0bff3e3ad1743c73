package org.rudprk.ide;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The example queries shipped in {@code classpath:examples/}: one {@code .graphql} file per
 * journalist question, listed in {@code examples/index.txt} in the order the IDE shows them.
 * Each file starts with {@code #} comment lines saying what it answers.
 */
public final class Examples {

    /** Where the examples live, on the classpath and in the source tree (src/main/resources/examples). */
    public static final String FOLDER = "examples";

    /** One example: its file name, what it answers, and the query text. */
    public record Example(String file, String description, String query) {
    }

    private Examples() {
    }

    /** The file names in index.txt, in order. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        for (String line : read("index.txt").split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                names.add(name);
            }
        }
        return names;
    }

    /** Every example, in index order. */
    public static List<Example> all() {
        return names().stream().map(Examples::byName).toList();
    }

    /** The example in {@code file}, or null when the index does not list it. */
    public static Example byName(String file) {
        if (!names().contains(file)) {
            return null;
        }
        String query = read(file);
        StringBuilder description = new StringBuilder();
        for (String line : query.split("\n")) {
            if (!line.startsWith("#")) {
                break;
            }
            description.append(description.isEmpty() ? "" : " ").append(line.substring(1).strip());
        }
        return new Example(file, description.toString(), query);
    }

    private static String read(String name) {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        try (InputStream in = cl.getResourceAsStream(FOLDER + "/" + name)) {
            if (in == null) {
                throw new IllegalStateException("classpath:" + FOLDER + "/" + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
