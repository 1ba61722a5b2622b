package org.factmark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Issue 13.15: what no input check can foresee still ends as a message and exit 2 at the command boundary. */
class CommandBoundaryTest {
    private static String recurse(int depth) {
        return depth + recurse(depth + 1);
    }

    @Test
    void aStackOverflowIsAMessageAndExitTwo() {
        StringWriter err = new StringWriter();
        int code = FactmarkCli.guarded(new String[] {"export", "--format", "conll", "a.txt"},
                new PrintWriter(err, true), () -> recurse(0).length());
        assertEquals(2, code);
        assertTrue(err.toString().startsWith("factmark: export "), err.toString());
        assertTrue(err.toString().contains("too deeply"), err.toString());
        assertFalse(err.toString().contains("java.lang"), err.toString());
    }

    @Test
    void runningOutOfMemoryIsAMessageAndExitTwo() {
        StringWriter err = new StringWriter();
        int code = FactmarkCli.guarded(new String[] {"validate", "a.txt"}, new PrintWriter(err, true), () -> {
            throw new OutOfMemoryError("Java heap space");
        });
        assertEquals(2, code);
        assertTrue(err.toString().startsWith("factmark: validate ran out of memory"), err.toString());
    }
}
