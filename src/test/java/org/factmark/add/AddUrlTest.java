package org.factmark.add;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.factmark.model.DocumentSource;
import org.factmark.sidecar.SidecarStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Adding a web address, against a server on 127.0.0.1 that the test starts: no test reaches the internet. */
class AddUrlTest {
    private static final String ARTICLE = "<html lang=\"en\"><head><title>Port strike ends | Harbour News</title>"
            + "<meta property=\"og:site_name\" content=\"Harbour News\"></head><body><nav><a href=/>Home</a></nav>"
            + "<article><h1>Port strike ends</h1>"
            + "<p>Dock workers voted on Tuesday to accept a pay offer of 9.5 per cent over two years, ending a strike "
            + "that had stopped container traffic for eleven days.</p><p>The union said the deal protected jobs, "
            + "while the port's operator said it would cost about 14 million a year.</p></article></body></html>";

    @TempDir
    Path dir;
    private HttpServer server;
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile String userAgent;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/news/port-strike-ends", e -> {
            userAgent = e.getRequestHeaders().getFirst("User-Agent");
            send(e, 200, "text/html; charset=windows-1252", ARTICLE.replace("per cent", "per cent – café")
                    .getBytes(Charset.forName("windows-1252")));
        });
        server.createContext("/old-link", e -> redirect(e, "/news/port-strike-ends"));
        server.createContext("/missing", e -> send(e, 404, "text/html", "<h1>Not found</h1>".getBytes()));
        server.createContext("/broken", e -> send(e, 500, "text/html", "<h1>Oops</h1>".getBytes()));
        server.createContext("/loop-a", e -> redirect(e, "/loop-b"));
        server.createContext("/loop-b", e -> redirect(e, "/loop-a"));
        server.createContext("/chain", e -> {
            int n = Integer.parseInt(e.getRequestURI().getQuery());
            redirect(e, n < 6 ? "/chain?" + (n + 1) : "/news/port-strike-ends");
        });
        server.createContext("/silent", e -> {
            try {
                release.await(30, TimeUnit.SECONDS); // answers nothing until the test is over
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            e.close();
        });
        server.createContext("/photo.html", e -> send(e, 200, "image/jpeg",
                new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16}));
        server.createContext("/download", e -> send(e, 200, "application/octet-stream", new byte[] {1, 0, 2, 0, 3}));
        server.createContext("/huge", e -> {
            e.getResponseHeaders().set("Content-Type", "text/html");
            e.sendResponseHeaders(200, 0); // chunked: the size is known only by reading
            try (OutputStream out = e.getResponseBody()) {
                byte[] chunk = "<p>filler text</p>\n".repeat(100).getBytes(StandardCharsets.UTF_8);
                for (int i = 0; i < 100; i++) {
                    out.write(chunk);
                }
            } catch (IOException closedByTheClient) {
                // the client gave up, as it should
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        Files.createDirectories(dir.resolve("out"));
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private AddArticle adder() {
        return adder(Duration.ofSeconds(20));
    }

    private AddArticle adder(Duration timeout) {
        return new AddArticle(AddArticle.Options.into(dir.resolve("out")).withTimeout(timeout)
                .withConnect(Duration.ofSeconds(5)).withMaxDownload(64 * 1024));
    }

    private static void send(HttpExchange e, int status, String type, byte[] body) throws IOException {
        e.getResponseHeaders().set("Content-Type", type);
        e.sendResponseHeaders(status, body.length);
        try (OutputStream out = e.getResponseBody()) {
            out.write(body);
        }
    }

    private static void redirect(HttpExchange e, String to) throws IOException {
        e.getResponseHeaders().set("Location", to);
        e.sendResponseHeaders(301, -1);
        e.close();
    }

    private List<String> written() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aPageReachedByARedirectIsArchivedAsFetchedWithTheAddressItEndedAt() throws Exception {
        AddArticle.Added added = adder().add(url("/old-link"));

        assertEquals(List.of("port-strike-ends.source.html", "port-strike-ends.txt",
                "port-strike-ends.txt.annotations.json"), written());
        String text = Files.readString(added.article());
        assertTrue(text.startsWith("Port strike ends\n\nDock workers voted"), text);
        assertTrue(text.contains("9.5 per cent – café over two years"), "the header's windows-1252: " + text);
        assertTrue(!text.contains("Home"), text);
        byte[] served = ARTICLE.replace("per cent", "per cent – café").getBytes(Charset.forName("windows-1252"));
        assertArrayEquals(served, Files.readAllBytes(added.original()), "the bytes as fetched");
        DocumentSource source = SidecarStore.open(added.article()).content().source();
        assertEquals(url("/news/port-strike-ends"), source.url());
        assertEquals("Harbour News", source.site());
        assertEquals("en", source.language());
        assertTrue(userAgent.startsWith("Factmark/"), userAgent);
    }

    @Test
    void serverErrorsAndRedirectLoopsAreSaidPlainly() throws Exception {
        assertEquals("the server answered 404 (not found)", problem("/missing"));
        assertEquals("the server answered 500 (server error)", problem("/broken"));
        assertEquals("it redirects in a loop (" + url("/loop-b") + " → " + url("/loop-a") + ")", problem("/loop-a"));
        assertEquals("it redirects more than 5 times", problem("/chain?1"));
        assertEquals("port-strike-ends.txt", adder().add(url("/chain?2")).article().getFileName().toString(),
                "five redirects are allowed");
    }

    @Test
    void aServerThatNeverAnswersTimesOut() {
        String message = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(
                ExtractionException.class, () -> adder(Duration.ofMillis(1500)).add(url("/silent"))).problem());
        assertEquals("it did not send the whole page within 1500 ms", message);
    }

    @Test
    void imagesBinariesAndOversizedPagesAreRefusedAndNothingIsWritten() throws Exception {
        assertEquals("it is a JPEG image, not an article", problem("/photo.html"));
        assertEquals("it is a binary file (application/octet-stream), not an article", problem("/download"));
        assertEquals("it is larger than 64 KB, more than Factmark downloads",
                problem("/huge"));
        int closed;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort(); // free again once closed: nothing listens there
        }
        String refused = "http://127.0.0.1:" + closed + "/story";
        assertEquals("the server 127.0.0.1 refused the connection", assertThrows(ExtractionException.class,
                () -> adder().add(refused)).problem());
        assertEquals(List.of(), written());
    }

    private String problem(String path) {
        return assertThrows(ExtractionException.class, () -> adder().add(url(path))).problem();
    }
}
