package org.factmark.add;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches a web page with {@code java.net.http}: connecting within {@code connect}, the whole download (every
 * redirect included) within {@code whole}, at most {@link #MAX_REDIRECTS} redirects (a loop is named as one),
 * at most {@code maxBytes}, under Factmark's own User-Agent. What it gives is the bytes as they came.
 */
public final class Fetcher {
    public static final int MAX_REDIRECTS = 5;
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    public static final String USER_AGENT = "Factmark/" + version()
            + " (fact-checking annotation tool; archives the page it is given)";

    /** A page as fetched: its bytes, its address after redirects, its declared media type and charset. */
    public record Page(byte[] body, URI url, String contentType, String charset) {
    }

    private final Duration connect;
    private final Duration whole;
    private final long maxBytes;
    private final HttpClient client;

    public Fetcher(Duration connect, Duration whole, long maxBytes) {
        this.connect = connect;
        this.whole = whole;
        this.maxBytes = maxBytes;
        // made before the clock starts: its first making loads the TLS machinery, which is no part of a download
        this.client = HttpClient.newBuilder().connectTimeout(connect).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public Page fetch(URI start) throws ExtractionException {
        long deadline = System.nanoTime() + whole.toNanos();
        List<URI> visited = new ArrayList<>();
        URI url = start;
        while (true) {
            visited.add(url);
            HttpResponse<byte[]> response = send(url, deadline);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                URI next = location(response, url);
                if (visited.contains(next)) {
                    throw new ExtractionException("it redirects in a loop (" + url + " → " + next + ")");
                }
                if (visited.size() > MAX_REDIRECTS) {
                    throw new ExtractionException("it redirects more than " + MAX_REDIRECTS + " times");
                }
                url = next;
                continue;
            }
            if (status >= 400 || status < 200) {
                throw new ExtractionException("the server answered " + HttpStatus.describe(status));
            }
            String type = response.headers().firstValue("Content-Type").orElse("");
            return new Page(response.body(), url, mediaType(type), charset(type));
        }
    }

    private HttpResponse<byte[]> send(URI url, long deadline) throws ExtractionException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw slow();
        }
        HttpRequest request = HttpRequest.newBuilder(url).GET().timeout(Duration.ofNanos(left))
                .header("User-Agent", USER_AGENT)
                .header("Accept", "text/html,application/xhtml+xml,application/pdf,"
                        + "application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/*;q=0.8,"
                        + "*/*;q=0.5")
                .build();
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, info -> new LimitedBody(maxBytes));
        try {
            return future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw slow();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new ExtractionException("the download was interrupted");
        } catch (ExecutionException e) {
            throw failed(e.getCause(), url);
        }
    }

    private ExtractionException slow() {
        return new ExtractionException("it did not send the whole page within " + seconds(whole),
                "try again, or give more time with --timeout");
    }

    private ExtractionException failed(Throwable cause, URI url) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof java.nio.channels.UnresolvedAddressException
                    || t instanceof java.net.UnknownHostException) {
                return new ExtractionException("the address " + url.getHost() + " could not be found",
                        "check the address and the network connection");
            }
        }
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof LimitedBody.TooBig) {
                return new ExtractionException("it is larger than " + size(maxBytes)
                        + ", more than Factmark downloads");
            }
            if (t instanceof HttpConnectTimeoutException) {
                return new ExtractionException("it did not answer within " + seconds(connect) + " (connecting to "
                        + url.getHost() + ")");
            }
            if (t instanceof HttpTimeoutException) {
                return slow();
            }
            if (t instanceof ConnectException) {
                return new ExtractionException("the server " + url.getHost() + " refused the connection");
            }
        }
        String detail = cause instanceof IOException && cause.getMessage() != null ? cause.getMessage()
                : String.valueOf(cause);
        return new ExtractionException("it could not be downloaded (" + detail + ")");
    }

    private static URI location(HttpResponse<?> response, URI from) throws ExtractionException {
        String location = response.headers().firstValue("Location").orElse(null);
        if (location == null) {
            throw new ExtractionException("the server answered " + HttpStatus.describe(response.statusCode())
                    + " without saying where to");
        }
        try {
            URI next = from.resolve(new URI(location.strip()));
            String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new ExtractionException("it redirects to " + location + ", which is not a web address");
            }
            return next;
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            throw new ExtractionException("it redirects to " + location + ", which is not a valid address");
        }
    }

    /** "text/html" of "text/html; charset=UTF-8"; null when there is none. */
    static String mediaType(String contentType) {
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.isEmpty() ? null : type;
    }

    /** "UTF-8" of "text/html; charset=UTF-8"; null when none is declared. */
    static String charset(String contentType) {
        for (String part : contentType.split(";")) {
            String[] pair = part.strip().split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
                String value = pair[1].strip().replace("\"", "").replace("'", "");
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }

    /** "20 MB", "64 KB", "900 bytes". */
    static String size(long bytes) {
        return bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB"
                : bytes >= 1024 ? bytes / 1024 + " KB" : bytes + " bytes";
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static String version() {
        String v = Fetcher.class.getPackage() == null ? null : Fetcher.class.getPackage().getImplementationVersion();
        return v == null ? "0.1" : v;
    }
}
