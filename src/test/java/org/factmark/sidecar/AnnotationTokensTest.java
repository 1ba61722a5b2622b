package org.factmark.sidecar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonParser;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An annotation read from its tokens must come out exactly as the tree-based checks make it — the same fields,
 * or the same message — whatever is in the file.
 */
class AnnotationTokensTest {
    private static final String GOOD = "\"id\": \"a1\", \"label\": \"figure\", \"start\": 3, \"end\": 9, \"text\": \"1,200 \"";

    static List<String> annotations() {
        return List.of(
                "{" + GOOD + "}",
                "{" + GOOD + ", \"note\": \"checked\", \"creator\": \"ana\", \"created\": \"2026-11-24T09:00:00Z\","
                        + " \"modified\": null, \"prefix\": \"died \", \"suffix\": null}",
                "{" + GOOD + ", \"attributes\": {\"value\": 1200, \"unit\": \"people\", \"ratio\": 0.5,"
                        + " \"big\": 123456789012345678901234567890, \"list\": [1, \"two\", null], \"deep\": {\"x\": true}}}",
                "{" + GOOD + ", \"attributes\": {}, \"x-tool\": {\"score\": 0.9}, \"x-tags\": [\"a\", 2]}",
                "{\"label\": \"figure\", \"start\": 3, \"end\": 9, \"text\": \"t\"}",
                "{\"id\": \"  \", \"label\": \"figure\", \"start\": 3, \"end\": 9, \"text\": \"t\"}",
                "{\"id\": 7, \"label\": \"figure\", \"start\": 3, \"end\": 9, \"text\": \"t\"}",
                "{\"id\": null, \"label\": \"figure\", \"start\": 3, \"end\": 9, \"text\": \"t\"}",
                "{\"id\": \"a\", \"label\": \"\", \"start\": 3, \"end\": 9, \"text\": \"t\"}",
                "{\"id\": \"a\", \"label\": \"figure\", \"start\": -4, \"end\": 9, \"text\": \"t\"}",
                "{\"id\": \"a\", \"label\": \"figure\", \"start\": 9, \"end\": 9, \"text\": \"t\"}",
                "{\"id\": \"a\", \"label\": \"figure\", \"start\": 3.0, \"end\": 9, \"text\": \"t\"}",
                "{\"id\": \"a\", \"label\": \"figure\", \"start\": 3, \"end\": 99999999999, \"text\": \"t\"}",
                "{\"id\": \"a\", \"label\": \"figure\", \"start\": \"3\", \"end\": 9, \"text\": \"t\"}",
                "{\"id\": \"a\", \"label\": \"figure\", \"start\": 3, \"text\": \"t\"}",
                "{\"id\": \"a\", \"label\": \"figure\", \"start\": 3, \"end\": 9}",
                "{\"id\": \"a\", \"label\": \"figure\", \"start\": 3, \"end\": 9, \"text\": null}",
                "{" + GOOD + ", \"note\": 12}",
                "{" + GOOD + ", \"creator\": [\"a\"]}",
                "{" + GOOD + ", \"attributes\": [1, 2]}",
                "{" + GOOD + ", \"attributes\": null}",
                "{" + GOOD + ", \"attributes\": \"none\", \"note\": 3}",
                "[\"not\", \"an\", \"object\"]",
                "\"a string\"",
                "null");
    }

    @ParameterizedTest
    @MethodSource("annotations")
    void readFromTokensAsTheTreeChecksReadIt(String json) throws Exception {
        assertEquals(viaTree(json), viaTokens(json), json);
    }

    private static String viaTree(String json) throws Exception {
        try {
            return SidecarFields.parse(SidecarReader.MAPPER.readTree(json), 4, false, new HashMap<>()).toString();
        } catch (SidecarException e) {
            return "problem: " + e.getMessage();
        }
    }

    private static String viaTokens(String json) throws Exception {
        try (JsonParser p = SidecarReader.MAPPER.createParser(json)) {
            p.nextToken();
            return AnnotationTokens.read(p, 4, new HashMap<>()).toString();
        } catch (SidecarException e) {
            return "problem: " + e.getMessage();
        }
    }
}
