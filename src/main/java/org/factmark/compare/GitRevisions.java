package org.factmark.compare;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A file as it is on another branch or commit, read with the {@code git} command in the file's folder: the
 * branches and tags there ({@code git for-each-ref}) and a file's content at one of them ({@code git show
 * REF:./NAME}). Nothing is written, in the repository or anywhere.
 */
public final class GitRevisions {
    private static final long TIMEOUT_SECONDS = 60;

    private GitRevisions() {
    }

    /** The branches and tags of the repository holding {@code folder}, most recent first; none outside one. */
    public static List<String> refs(Path folder) {
        try {
            String out = new String(run(folder, "git", "for-each-ref", "--sort=-committerdate",
                    "--format=%(refname:short)", "refs/heads", "refs/remotes", "refs/tags"), StandardCharsets.UTF_8);
            List<String> refs = new ArrayList<>();
            for (String line : out.split("\n")) {
                if (!line.isBlank() && !line.endsWith("/HEAD")) {
                    refs.add(line.strip());
                }
            }
            return refs;
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Whether {@code ref} can name a revision (a branch, tag, commit, or an expression like {@code HEAD~2}). */
    public static boolean plausible(String ref) {
        return ref != null && !ref.isBlank() && !ref.startsWith("-") && ref.chars().noneMatch(c -> c == ':'
                || Character.isWhitespace(c) || Character.isISOControl(c));
    }

    /** The bytes of {@code file} at revision {@code ref}; the message of a failure is git's own first line. */
    public static byte[] show(Path file, String ref) throws IOException {
        if (!plausible(ref)) {
            throw new IOException("“" + ref + "” is not a branch, tag or commit");
        }
        Path folder = file.toAbsolutePath().getParent();
        return run(folder, "git", "show", ref + ":./" + file.getFileName());
    }

    private static byte[] run(Path folder, String... command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        builder.environment().put("GIT_TERMINAL_PROMPT", "0");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IOException("git could not be run (is it installed?): " + e.getMessage(), e);
        }
        process.getOutputStream().close();
        CompletableFuture<byte[]> errors = CompletableFuture.supplyAsync(() -> drain(process.getErrorStream()));
        byte[] out = process.getInputStream().readAllBytes();
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("git did not answer within " + TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while git ran", e);
        }
        if (process.exitValue() != 0) {
            String said = new String(errors.join(), StandardCharsets.UTF_8).strip();
            throw new IOException(said.isEmpty() ? "git failed (exit " + process.exitValue() + ")"
                    : said.lines().findFirst().orElse(said));
        }
        return out;
    }

    private static byte[] drain(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
