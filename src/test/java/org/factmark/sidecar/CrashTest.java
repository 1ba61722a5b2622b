package org.factmark.sidecar;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.factmark.article.ArticleLoader;
import org.factmark.model.ArticleText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM saving a large sidecar over and over is killed (SIGKILL) at random moments, 200 times; after
 * every kill the sidecar on disk reads and is exactly the old version or the new one, never a torn mixture.
 */
class CrashTest {
    private static final int KILLS = 200;

    @TempDir
    Path dir;

    @Test
    void killedMidSaveTheSidecarIsAlwaysTheOldOrTheNewVersion() throws Exception {
        Path article = dir.resolve("a.txt");
        SaveLoop.writeArticle(article);
        ArticleText text = ArticleLoader.load(article);
        byte[] quote = SidecarWriter.write(SaveLoop.version(text, "quote"));
        byte[] event = SidecarWriter.write(SaveLoop.version(text, "event"));
        Path sidecar = SidecarStore.sidecarFor(article);
        long seed = 0xC0FFEEL;
        Random random = new Random(seed);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int kill = 0; kill < KILLS; kill++) {
            Process child = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp",
                    System.getProperty("java.class.path"), SaveLoop.class.getName(), article.toString())
                    .redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
                String line = out.readLine();
                assertTrue("ready".equals(line), "the child started: " + line);
                Thread.sleep(random.nextInt(40));
                child.destroyForcibly();
                child.waitFor(10, TimeUnit.SECONDS);
            }
            byte[] onDisk = Files.readAllBytes(sidecar);
            assertTrue(Arrays.equals(onDisk, quote) || Arrays.equals(onDisk, event),
                    "seed " + seed + ", kill " + kill + ": the sidecar is one whole version (" + onDisk.length
                            + " bytes)");
            SidecarReader.read(onDisk, text); // and it reads
        }
    }
}
