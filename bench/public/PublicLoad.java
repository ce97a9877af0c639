import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * bench/public's load: N anonymous readers (closed loop, each waits for its answer before the next request) on one
 * address pattern; prints one JSON object per phase: requests a second, p50/p95/p99 in ms, errors. A pattern's {n} is
 * replaced per request by a random number 1..max, so the readers spread over the region's sections instead of reading
 * one cached page. Each phase has three parts:
 *   fill     — the readers share the addresses 1..max and read each exactly once: every page's first render (a miss of
 *              the page cache), reported on its own (fill_s, fill_p50_ms, fill_p95_ms), never mixed into the window;
 *   warm-up  — [warmup s] of the measured load, not counted (the JIT compiles the path being measured);
 *   window   — [seconds] measured: the steady state of a server whose pages have each been read once.
 * Run with a JDK's single-file launcher:
 *   java PublicLoad.java <base> <readers> <warmup s> <seconds> <name>=<path>[@max] ...
 */
public class PublicLoad {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int readers = Integer.parseInt(args[1]);
        int warmup = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        List<String> lines = new ArrayList<>();
        for (int i = 4; i < args.length; i++) {
            String name = args[i].substring(0, args[i].indexOf('='));
            String spec = args[i].substring(args[i].indexOf('=') + 1);
            int max = spec.contains("@") ? Integer.parseInt(spec.substring(spec.indexOf('@') + 1)) : 1;
            String path = spec.contains("@") ? spec.substring(0, spec.indexOf('@')) : spec;
            Result fill = fill(client, base, path, max, readers);
            run(client, base, path, max, readers, warmup);
            String line = run(client, base, path, max, readers, seconds).json(name, path, readers, seconds, fill);
            System.out.println(line);
            lines.add(line);
        }
    }

    record Result(long[] nanos, int count, long errors, long elapsedNanos) {

        String json(String name, String path, int readers, int seconds, Result fill) {
            long[] sorted = sorted();
            long[] filled = fill.sorted();
            return String.format(Locale.ROOT,
                    "{\"phase\":\"%s\",\"path\":\"%s\",\"readers\":%d,\"seconds\":%d,\"requests\":%d,\"errors\":%d,"
                            + "\"rps\":%.1f,\"p50_ms\":%.2f,\"p95_ms\":%.2f,\"p99_ms\":%.2f,"
                            + "\"fill_pages\":%d,\"fill_errors\":%d,\"fill_s\":%.2f,\"fill_p50_ms\":%.2f,\"fill_p95_ms\":%.2f}",
                    name, path, readers, seconds, count, errors, count / (elapsedNanos / 1e9),
                    pct(sorted, 0.50), pct(sorted, 0.95), pct(sorted, 0.99),
                    fill.count, fill.errors, fill.elapsedNanos / 1e9, pct(filled, 0.50), pct(filled, 0.95));
        }

        long[] sorted() {
            long[] sorted = Arrays.copyOf(nanos, count);
            Arrays.sort(sorted);
            return sorted;
        }

        private static double pct(long[] sorted, double q) {
            return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
        }
    }

    /** Every address 1..max read exactly once, the readers taking the next one in turn: each page's first render. */
    static Result fill(HttpClient client, String base, String path, int max, int readers) throws Exception {
        AtomicLong next = new AtomicLong(1);
        AtomicLong errors = new AtomicLong();
        long[] nanos = new long[max];
        AtomicLong done = new AtomicLong();
        Thread[] threads = new Thread[Math.min(readers, max)];
        long start = System.nanoTime();
        for (int r = 0; r < threads.length; r++) {
            threads[r] = new Thread(() -> {
                for (long n = next.getAndIncrement(); n <= max; n = next.getAndIncrement()) {
                    long t0 = System.nanoTime();
                    if (!get(client, base + path.replace("{n}", Long.toString(n)))) {
                        errors.incrementAndGet();
                    }
                    nanos[(int) (n - 1)] = System.nanoTime() - t0;
                    done.incrementAndGet();
                }
            });
            threads[r].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        return new Result(nanos, (int) done.get(), errors.get(), System.nanoTime() - start);
    }

    private static boolean get(HttpClient client, String url) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray()).statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    static Result run(HttpClient client, String base, String path, int max, int readers, int seconds) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong errors = new AtomicLong();
        long[][] perReader = new long[readers][];
        int[] counts = new int[readers];
        Thread[] threads = new Thread[readers];
        long start = System.nanoTime();
        for (int r = 0; r < readers; r++) {
            int me = r;
            threads[r] = new Thread(() -> {
                long[] mine = new long[1 << 16];
                int n = 0;
                while (!stop.get()) {
                    String url = base + path.replace("{n}", Integer.toString(1 + ThreadLocalRandom.current().nextInt(max)));
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    if (stop.get()) {
                        break;
                    }
                    if (n == mine.length) {
                        mine = Arrays.copyOf(mine, n * 2);
                    }
                    mine[n++] = System.nanoTime() - t0;
                }
                perReader[me] = mine;
                counts[me] = n;
            });
            threads[r].start();
        }
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        long elapsed = System.nanoTime() - start;
        for (Thread t : threads) {
            t.join();
        }
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int r = 0; r < readers; r++) {
            System.arraycopy(perReader[r], 0, all, at, counts[r]);
            at += counts[r];
        }
        return new Result(all, total, errors.get(), elapsed);
    }
}
