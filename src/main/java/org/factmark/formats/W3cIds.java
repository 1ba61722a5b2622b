package org.factmark.formats;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Factmark annotation ids as the IRIs a W3C annotation needs, and back: a UUID as {@code urn:uuid:ID}; an id
 * that already is an {@code http(s):}, {@code urn:} or {@code tag:} IRI as it is; any other id as
 * {@code urn:factmark:annotation:} + the id percent-encoded (UTF-8). Reading reverses each; an annotation
 * without an id gets a fresh UUID.
 */
final class W3cIds {
    static final String OWN_URN = "urn:factmark:annotation:";
    static final String UUID_URN = "urn:uuid:";
    private static final Pattern UUID_ID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern IRI_ID = Pattern.compile("(?:https?|urn|tag):[^\\s<>\"{}|\\\\^`]+");

    private W3cIds() {
    }

    static String toIri(String id) {
        if (UUID_ID.matcher(id).matches()) {
            return UUID_URN + id;
        }
        if (IRI_ID.matcher(id).matches() && !id.startsWith(OWN_URN) && !id.startsWith(UUID_URN)) {
            return id;
        }
        return OWN_URN + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
    }

    static String fromIri(String iri) {
        if (iri.isEmpty()) {
            return UUID.randomUUID().toString();
        }
        if (iri.startsWith(UUID_URN) && UUID_ID.matcher(iri.substring(UUID_URN.length())).matches()) {
            return iri.substring(UUID_URN.length());
        }
        if (iri.startsWith(OWN_URN)) {
            return decoded(iri.substring(OWN_URN.length()));
        }
        return iri;
    }

    /** Percent-decoding that leaves {@code +} alone (it is not a space in an IRI); broken escapes stay as written. */
    static String decoded(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
