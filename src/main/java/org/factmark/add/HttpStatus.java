package org.factmark.add;

import java.util.Map;

/** An HTTP status worded for a user: "404 (not found)". */
final class HttpStatus {
    private static final Map<Integer, String> MEANING = Map.ofEntries(
            Map.entry(400, "bad request"), Map.entry(401, "a login is needed"), Map.entry(402, "payment required"),
            Map.entry(403, "forbidden"), Map.entry(404, "not found"), Map.entry(410, "gone"),
            Map.entry(429, "too many requests"), Map.entry(451, "unavailable for legal reasons"),
            Map.entry(500, "server error"), Map.entry(502, "bad gateway"), Map.entry(503, "service unavailable"),
            Map.entry(504, "gateway timeout"));

    private HttpStatus() {
    }

    static String describe(int status) {
        String meaning = MEANING.get(status);
        return meaning == null ? String.valueOf(status) : status + " (" + meaning + ")";
    }
}
