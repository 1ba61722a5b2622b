package org.factmark.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.factmark.io.SidecarFields.Raw;

/**
 * The second half of a long annotation list, read on another core while the reader works through the first.
 *
 * <p>It starts at a guess: the first line after the middle of the list that begins with an opening brace. A
 * line break is never inside a JSON string, but the guess may still be an object nested in an annotation, so it
 * is only a guess until the first half's parser reaches that byte and finds an annotation beginning exactly
 * there.
 * Otherwise — or when this half meets anything irregular, which it reports with its own positions — its work is
 * dropped and the first parser reads on alone, so what is read and every message are those of one parser.
 */
final class SecondHalf {
    /** Lists shorter than this are read by one parser: a second thread would cost more than it saves. */
    static final int SPLIT_ABOVE = 1 << 20;
    /** How far past the middle to look for a line that starts an object. */
    private static final int LOOK_AHEAD = 1 << 16;
    private static final byte[] OPENING = "{\"annotations\":[".getBytes(StandardCharsets.US_ASCII);
    /**
     * How many second halves the reading thread has taken; for the tests, which must know that the split was
     * made.
     */
    static final ThreadLocal<long[]> TAKEN = ThreadLocal.withInitial(() -> new long[1]);

    /**
     * What the second half read: its annotations, numbered from 0, and the fields of the sidecar after the
     * list, with their names in order.
     */
    record Read(List<Raw> raws, ObjectNode after, List<String> names) {
    }

    private final int from;
    private final FutureTask<Read> task;
    private volatile boolean cancelled;

    private SecondHalf(byte[] json, int from, AnnotationTokens.Quotes quotes) {
        this.from = from;
        this.task = new FutureTask<>(() -> read(json, from, quotes));
    }

    /** Starts reading the second half of the list that opens at {@code listAt}; null when it is not worth it. */
    static SecondHalf start(byte[] json, long listAt, int splitAbove, AnnotationTokens.Quotes quotes) {
        if (json.length - listAt <= splitAbove) {
            return null;
        }
        int from = guess(json, (int) (listAt + (json.length - listAt) / 2));
        if (from < 0) {
            return null;
        }
        SecondHalf half = new SecondHalf(json, from, quotes);
        Cores.pool().execute(half.task);
        return half;
    }

    /** The byte where the second half starts. */
    int from() {
        return from;
    }

    /**
     * Called by the first parser at the first annotation at or past {@link #from}, which begins at {@code at}:
     * the second half's reading when it began there and was regular, else null (and the first parser reads on).
     */
    Read takeAt(long at) {
        if (at != from) {
            cancel();
            return null;
        }
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel();
            return null;
        } catch (ExecutionException | CancellationException e) {
            return null;
        }
    }

    /** Stops the second half: the first parser reads the whole list. */
    void cancel() {
        cancelled = true;
    }

    /** The first line at or after {@code middle} that starts with an opening brace, or -1. */
    private static int guess(byte[] json, int middle) {
        int limit = Math.min(json.length, middle + LOOK_AHEAD);
        for (int i = middle; i < limit; i++) {
            if (json[i] != '\n') {
                continue;
            }
            int k = i + 1;
            while (k < limit && (json[k] == ' ' || json[k] == '\t' || json[k] == '\r')) {
                k++;
            }
            if (k < limit && json[k] == '{') {
                return k;
            }
        }
        return -1;
    }

    /**
     * Reads from {@code from} to the end of the file as though the list had begun there. Null when anything
     * is irregular: the first parser will meet it and word it.
     */
    private Read read(byte[] json, int from, AnnotationTokens.Quotes quotes) throws IOException {
        InputStream in = new SequenceInputStream(new ByteArrayInputStream(OPENING),
                new ByteArrayInputStream(json, from, json.length - from));
        try (JsonParser p = SidecarReader.MAPPER.createParser(in)) {
            p.nextToken(); // the opening added above: an object, its field name, the list
            p.nextToken();
            p.nextToken();
            SidecarFields.Annotations annotations = new SidecarFields.Annotations(false, quotes);
            int index = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                if (cancelled) {
                    return null;
                }
                annotations.add(p, index++);
            }
            ObjectNode after = SidecarReader.MAPPER.createObjectNode();
            List<String> names = new ArrayList<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                names.add(name);
                after.set(name, SidecarReader.VALUES.readTree(p));
            }
            if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
                return null;
            }
            return new Read(annotations.raws, after, names);
        } catch (SidecarException | RuntimeException e) {
            return null;
        }
    }
}
