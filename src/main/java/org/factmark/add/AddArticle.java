package org.factmark.add;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Locale;
import org.factmark.article.ArticleLoader;
import org.factmark.model.ArticleText;
import org.factmark.model.DocumentSource;
import org.factmark.model.SidecarContent;
import org.factmark.sidecar.SidecarWriter;

/**
 * Makes an annotatable article from a file or a web address: reads the file (up to {@link #MAX_FILE_BYTES}) or
 * fetches the page, detects its format, extracts the article, and writes {@code NAME.txt}, the original bytes
 * as {@code NAME.source.EXT} and a sidecar with no annotations and the provenance ({@code document.source}),
 * all three or none, never over an existing file.
 */
public final class AddArticle {
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    /**
     * How to add.
     *
     * @param folder    where the files go
     * @param connect   how long to wait for a server to answer
     * @param timeout   how long a whole download may take
     * @param maxDownload the most bytes fetched from a URL
     * @param wholePage take the whole page's text when no article is found in it (or always, for a web page)
     */
    public record Options(Path folder, Duration connect, Duration timeout, long maxDownload, boolean wholePage) {
        public static Options into(Path folder) {
            return new Options(folder, Duration.ofSeconds(10), Duration.ofSeconds(30), Fetcher.MAX_BYTES, false);
        }

        public Options withTimeout(Duration timeout) {
            return new Options(folder, connect, timeout, maxDownload, wholePage);
        }

        public Options withConnect(Duration connect) {
            return new Options(folder, connect, timeout, maxDownload, wholePage);
        }

        public Options withWholePage(boolean wholePage) {
            return new Options(folder, connect, timeout, maxDownload, wholePage);
        }

        public Options withMaxDownload(long maxDownload) {
            return new Options(folder, connect, timeout, maxDownload, wholePage);
        }
    }

    /** What was written: the article, its archived original and its sidecar, and the provenance recorded. */
    public record Added(Path article, Path original, Path sidecar, DocumentSource source) {
    }

    private final Options options;

    public AddArticle(Options options) {
        this.options = options;
    }

    /** True when {@code source} is meant as a web address (http or https), not a file. */
    public static boolean isUrl(String source) {
        String s = source.strip().toLowerCase(Locale.ROOT);
        return s.startsWith("http://") || s.startsWith("https://");
    }

    /**
     * Adds one source, a file path or an http(s) URL.
     *
     * @throws ExtractionException when it cannot become an article (worded for the user; nothing was written)
     * @throws IOException         when the files cannot be written (nothing was left behind)
     */
    public Added add(String source) throws ExtractionException, IOException {
        if (isUrl(source)) {
            URI uri = uri(source);
            Fetcher.Page page = new Fetcher(options.connect(), options.timeout(), options.maxDownload()).fetch(uri);
            String name = lastSegment(page.url());
            SourceInfo where = new SourceInfo(name, page.url().toString(), page.contentType(), page.charset(),
                    options.wholePage());
            return write(page.body(), where, title -> SafeName.ofUrl(page.url(), title));
        }
        Path file = Path.of(source);
        byte[] bytes = read(file);
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        return write(bytes, new SourceInfo(name, null, null, null, options.wholePage()), title -> SafeName.ofFile(name));
    }

    private Added write(byte[] bytes, SourceInfo where, java.util.function.UnaryOperator<String> baseName)
            throws ExtractionException, IOException {
        String format = FormatSniffer.detect(bytes, where.name(), where.contentType());
        Extractor extractor = Extractors.forFormat(format).orElseThrow(() -> new ExtractionException(
                "this build of Factmark cannot read " + format + " documents yet"));
        ExtractedArticle article = extractor.extract(bytes, where);
        String text = ArticleLayout.text(article);
        if (text == null) {
            throw new ExtractionException("it holds no text");
        }
        Path folder = options.folder();
        if (!Files.isDirectory(folder)) {
            throw new IOException("the folder " + folder + " does not exist");
        }
        String title = article.title() != null ? article.title() : article.headline();
        ArticleFiles.Names names = ArticleFiles.free(folder, baseName.apply(title),
                FormatSniffer.EXTENSIONS.get(format));
        DocumentSource provenance = new DocumentSource(where.url(), title, article.byline(), article.site(),
                article.published(), Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), format, sha256(bytes),
                article.language(), Direction.of(article), names.original().getFileName().toString());
        ArticleText articleText = ArticleLoader.fromString(names.article().getFileName().toString(), text);
        byte[] sidecar = SidecarWriter.write(SidecarContent.empty(articleText).withSource(provenance));
        ArticleFiles.write(names, bytes, text.getBytes(StandardCharsets.UTF_8), sidecar);
        return new Added(names.article(), names.original(), names.sidecar(), provenance);
    }

    private static byte[] read(Path file) throws ExtractionException {
        if (!Files.exists(file)) {
            throw new ExtractionException("there is no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new ExtractionException("it is not a file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new ExtractionException("it is larger than " + MAX_FILE_BYTES / (1024 * 1024)
                        + " MB, more than Factmark adds");
            }
            byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                throw new ExtractionException("it is larger than " + MAX_FILE_BYTES / (1024 * 1024)
                        + " MB, more than Factmark adds");
            }
            return bytes;
        } catch (IOException e) {
            throw new ExtractionException("it cannot be read (" + e.getMessage() + ")");
        }
    }

    private static URI uri(String source) throws ExtractionException {
        try {
            URI uri = new URI(source.strip());
            if (uri.getHost() == null || uri.getHost().isEmpty()) {
                throw new ExtractionException("it is not a valid web address (no host)");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ExtractionException("it is not a valid web address (" + e.getReason() + ")");
        }
    }

    private static String lastSegment(URI url) {
        String path = url.getPath() == null ? "" : url.getPath();
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
