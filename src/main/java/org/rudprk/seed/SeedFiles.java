package org.rudprk.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The curated seed files, read from the classpath ({@code classpath:seeds}, how the packaged
 * jar finds them from any directory) or from a folder ({@code filesystem:/path}).
 */
public final class SeedFiles {

    /**
     * The files, in load order: what records refer to comes first, then one file per record
     * kind, in the order of {@link org.rudprk.record.RecordKind}.
     */
    public static final List<String> NAMES = names();

    private static List<String> names() {
        List<String> names = new java.util.ArrayList<>(List.of("sources.yaml", "actors.yaml", "locations.yaml"));
        org.rudprk.record.RecordKind.descriptions().forEach(k -> names.add(k.seedFile()));
        return List.copyOf(names);
    }

    /**
     * Bumped whenever the loader writes the same seeds differently, so that Flyway reloads
     * them even though no seed file changed.
     */
    static final int LOADER_REVISION = 3;

    private final String location;
    private final Map<String, byte[]> contents;

    private SeedFiles(String location, Map<String, byte[]> contents) {
        this.location = location;
        this.contents = contents;
    }

    /**
     * Reads every file of {@link #NAMES} from {@code location}.
     *
     * @throws SeedException naming each missing file
     */
    public static SeedFiles read(String location) {
        Map<String, byte[]> contents = new LinkedHashMap<>();
        List<String> missing = new java.util.ArrayList<>();
        for (String name : NAMES) {
            byte[] bytes = load(location, name);
            if (bytes == null) {
                missing.add(displayName(location, name) + ": file not found");
            } else {
                contents.put(name, bytes);
            }
        }
        if (!missing.isEmpty()) {
            throw new SeedException(missing);
        }
        return new SeedFiles(location, contents);
    }

    private static byte[] load(String location, String name) {
        try {
            if (location.startsWith("filesystem:")) {
                return Files.readAllBytes(Path.of(location.substring("filesystem:".length()), name));
            }
            String folder = location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
            String resource = folder.isEmpty() ? name : folder.replaceAll("/+$", "") + "/" + name;
            ClassLoader cl = Thread.currentThread().getContextClassLoader();
            try (InputStream in = cl.getResourceAsStream(resource.replaceFirst("^/", ""))) {
                return in == null ? null : in.readAllBytes();
            }
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seed file " + name + " from " + location, e);
        }
    }

    /** How a file is named in messages: {@code seeds/shipments.yaml}. */
    static String displayName(String location, String name) {
        if (location.startsWith("filesystem:")) {
            return Path.of(location.substring("filesystem:".length()), name).toString();
        }
        return "seeds/" + name;
    }

    String displayName(String name) {
        return displayName(location, name);
    }

    String text(String name) {
        return new String(contents.get(name), StandardCharsets.UTF_8);
    }

    /** Flyway's checksum: changes whenever any seed file or the loader revision changes. */
    public int checksum() {
        CRC32 crc = new CRC32();
        crc.update(LOADER_REVISION);
        contents.forEach((name, bytes) -> {
            crc.update(name.getBytes(StandardCharsets.UTF_8));
            crc.update(bytes);
        });
        return (int) crc.getValue();
    }

    /**
     * The dataset version a story can cite: the first 12 hex digits of the SHA-256 of the
     * seed files, so the same files always give the same version.
     */
    public String version() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            contents.forEach((name, bytes) -> {
                sha.update(name.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(bytes);
                sha.update((byte) 0);
            });
            return "ds-" + HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
