package org.rudprk.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque global IDs: base64url of {@code Type:slug}. Built on slugs, not database keys, so
 * an ID stays valid across reloads of the curated data and says nothing about storage.
 */
public final class GlobalId {

    private GlobalId() {
    }

    public record Parts(String type, String slug) {
    }

    public static String of(String type, String slug) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((type + ":" + slug).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @throws InvalidIdException when the text is not an ID this API made
     */
    public static Parts decode(String id) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(id == null ? "" : id.trim()), StandardCharsets.UTF_8);
            int colon = raw.indexOf(':');
            if (colon > 0 && colon < raw.length() - 1) {
                return new Parts(raw.substring(0, colon), raw.substring(colon + 1));
            }
        } catch (IllegalArgumentException e) {
            // fall through to the error below
        }
        throw new InvalidIdException("'" + id + "' is not an ID issued by this API");
    }

    /** The slug inside an ID that must be of the given type. */
    public static String slugOf(String id, String expectedType) {
        Parts parts = decode(id);
        if (!parts.type().equals(expectedType)) {
            throw new InvalidIdException("ID '" + id + "' belongs to a " + parts.type() + " object; this field takes the ID "
                    + "of a " + expectedType);
        }
        return parts.slug();
    }
}
