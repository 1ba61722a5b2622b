package org.factmark.io;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The bytes of a save on their way to disk while they are still being made. What the serialiser writes is
 * handed over in chunks to a second thread, which hashes each chunk, writes it and forces every few megabytes to
 * disk; {@link #finish()} then has only the last chunk left to force. Serialising (one core) and hashing,
 * writing and waiting for the disk (the other) overlap, so a save costs little more than serialising alone,
 * and the file is just as durable as when it was written whole and forced once.
 */
public final class SyncedFileSink extends OutputStream {
    private static final int CHUNK = 1 << 20;
    private static final long FORCE_EVERY = 4L << 20;
    private static final byte[] END = new byte[0];

    private final FileChannel channel;
    private final MessageDigest digest;
    /** At most this many chunks wait, so a slow disk holds back the serialiser rather than filling the heap. */
    private final BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(8);
    /** Started with the first whole chunk: a save shorter than one chunk is written and forced on its own thread. */
    private Thread writer;
    private volatile IOException failure;
    private byte[] buffer = new byte[64 * 1024]; // grows to a chunk
    private int filled;

    /** Opens {@code file}, which exists and is emptied, for writing. */
    public SyncedFileSink(Path file) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            channel.close();
            throw new IllegalStateException(e);
        }
    }

    /** Makes room in the buffer: a larger one until it is a chunk, then a chunk handed over. */
    private void makeRoom() throws IOException {
        if (buffer.length < CHUNK) {
            buffer = java.util.Arrays.copyOf(buffer, Math.min(CHUNK, buffer.length * 2));
        } else {
            handOver();
        }
    }

    @Override
    public void write(int b) throws IOException {
        if (filled == buffer.length) {
            makeRoom();
        }
        buffer[filled++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        while (length > 0) {
            if (filled == buffer.length) {
                makeRoom();
            }
            int n = Math.min(length, buffer.length - filled);
            System.arraycopy(bytes, offset, buffer, filled, n);
            filled += n;
            offset += n;
            length -= n;
        }
    }

    private void handOver() throws IOException {
        byte[] chunk = filled == buffer.length ? buffer : java.util.Arrays.copyOf(buffer, filled);
        buffer = new byte[CHUNK];
        filled = 0;
        put(chunk);
    }

    private void put(byte[] chunk) throws IOException {
        if (failure != null) {
            throw failure;
        }
        if (writer == null) {
            writer = new Thread(this::drain, "factmark-save-writer");
            writer.setDaemon(true);
            writer.start();
        }
        try {
            chunks.put(chunk);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("the save was interrupted");
        }
    }

    /** On the second thread: hash, write and now and then force each chunk, in order, until the end. */
    private void drain() {
        long unforced = 0;
        try {
            for (byte[] chunk = chunks.take(); chunk != END; chunk = chunks.take()) {
                if (failure != null) {
                    continue; // keep taking, so the serialiser is never left waiting on a full queue
                }
                try {
                    digest.update(chunk);
                    ByteBuffer bytes = ByteBuffer.wrap(chunk);
                    while (bytes.hasRemaining()) {
                        channel.write(bytes);
                    }
                    unforced += chunk.length;
                    if (unforced >= FORCE_EVERY) {
                        channel.force(false);
                        unforced = 0;
                    }
                } catch (IOException e) {
                    failure = e;
                }
            }
        } catch (InterruptedException e) {
            failure = new InterruptedIOException("the save was interrupted");
        }
    }

    /**
     * Writes what is left, forces the file with its metadata to disk and closes it.
     *
     * @return the lower-case hex SHA-256 of every byte written
     */
    public String finish() throws IOException {
        try {
            if (writer == null) { // all of it is in the buffer
                digest.update(buffer, 0, filled);
                ByteBuffer bytes = ByteBuffer.wrap(buffer, 0, filled);
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                filled = 0;
            } else {
                if (filled > 0) {
                    put(java.util.Arrays.copyOf(buffer, filled));
                    filled = 0;
                }
                put(END);
                join();
                if (failure != null) {
                    throw failure;
                }
            }
            channel.force(true);
            return HexFormat.of().formatHex(digest.digest());
        } finally {
            channel.close();
        }
    }

    /**
     * After {@link #finish()}, only closes. Otherwise abandons the file after a failure: the second thread
     * stops, the channel closes; the file is the caller's to delete.
     */
    @Override
    public void close() throws IOException {
        if (writer != null && writer.isAlive()) {
            if (failure == null) {
                failure = new IOException("the save was abandoned");
            }
            writer.interrupt();
            join();
        }
        channel.close();
    }

    private void join() throws IOException {
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("the save was interrupted");
        }
    }
}
