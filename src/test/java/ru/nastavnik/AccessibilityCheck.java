package ru.nastavnik;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.UnhandledAlertException;

/**
 * axe-core (WCAG 2.1 A/AA and best practices) on the page the browser is on: a serious or critical finding fails
 * the test, naming the rule and the elements. Each path is checked once per browser, when its page has loaded.
 */
final class AccessibilityCheck {

    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    private static final String LOADED_PATH = """
            return document.readyState === 'complete' && location.protocol.indexOf('http') === 0
                && document.contentType === 'text/html' ? location.pathname : null;""";
    /** axe-core as the application serves it to itself (the test class path's webjar), cached by the browser. */
    private static final String SERVED = AXE.substring("META-INF/resources".length());
    /**
     * Loads axe-core into the page if it is not there yet, then runs it. By a script element from the server: the
     * browser keeps the file and its compiled code, where sending the 460 kB source with each page cost more than
     * the check itself. {@code inline} when that failed (a page with another policy): the caller sends the source.
     */
    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            function check() {
              axe.run(document, { resultTypes: ['violations'] }).then(function (results) {
                done(results.violations
                  .filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                  .map(function (v) {
                    return { id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(function (n) {
                      return { target: n.target.join(' '), summary: n.failureSummary };
                    }) };
                  }));
              }).catch(function (e) { done([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }]); });
            }
            if (typeof axe !== 'undefined') { check(); return; }
            var script = document.createElement('script');
            script.src = arguments[0];
            script.onload = function () {
              script.remove();
              if (typeof axe === 'undefined') { done('inline'); } else { check(); }
            };
            script.onerror = function () { script.remove(); done('inline'); };
            (document.head || document.documentElement).appendChild(script);""";

    /**
     * The page as axe-core sees it, for recognising a page another journey has checked already: the same path with
     * the same markup (CSRF tokens aside, which differ per session) gives the same findings, the style sheets and
     * the window size being the run's own. A hash of the live DOM, so what scripts changed after loading counts.
     */
    private static final String FINGERPRINT = """
            var copy = document.documentElement.cloneNode(true);
            copy.querySelectorAll('input[name="_csrf"], meta[name^="_csrf"]').forEach(function (e) { e.remove(); });
            var text = location.pathname + location.search + ' ' + copy.outerHTML, h1 = 0x811c9dc5, h2 = 0;
            for (var i = 0; i < text.length; i++) {
              var c = text.charCodeAt(i);
              h1 = Math.imul(h1 ^ c, 16777619);
              h2 = (Math.imul(h2, 31) + c) | 0;
            }
            return text.length + ':' + (h1 >>> 0) + ':' + (h2 >>> 0);""";

    /** Pages checked without a finding in this run, by fingerprint, whichever journey saw them. */
    private static final Set<String> PASSED = ConcurrentHashMap.newKeySet();

    private static final AtomicInteger RUNS = new AtomicInteger();
    private static final AtomicInteger SKIPPED = new AtomicInteger();
    private static final AtomicLong NANOS = new AtomicLong();
    private static final AtomicInteger LOOKS = new AtomicInteger();
    private static final AtomicLong LOOK_NANOS = new AtomicLong();

    static {
        Runtime.getRuntime()
                .addShutdownHook(new Thread(() -> summary(String.format(
                        "axe-core: %d pages checked in %.1f s, %d identical to a page checked before skipped;"
                                + " %d looks at the page's path in %.1f s (waits for a page still loading included)%n",
                        RUNS.get(), NANOS.get() / 1e9, SKIPPED.get(), LOOKS.get(), LOOK_NANOS.get() / 1e9))));
    }

    /**
     * The run's figures, printed and kept in {@code target/axe-core.txt}: surefire has closed the test JVM's output
     * by the time a shutdown hook prints.
     */
    private static void summary(String line) {
        System.out.print(line);
        try {
            Files.writeString(Path.of("target", "axe-core.txt"), line);
        } catch (IOException e) {
            // the printed line is all there is then
        }
    }

    private static String script;

    private final JavascriptExecutor browser;
    private final Set<String> checked = new HashSet<>();

    AccessibilityCheck(JavascriptExecutor browser) {
        this.browser = browser;
    }

    /** Checks the page if it has loaded and its path was not checked yet (or {@code again}). */
    void check(boolean again) {
        String path;
        long look = System.nanoTime();
        try {
            path = (String) browser.executeScript(LOADED_PATH);
        } catch (UnhandledAlertException alert) {
            return;
        } finally {
            LOOKS.incrementAndGet();
            LOOK_NANOS.addAndGet(System.nanoTime() - look);
        }
        if (path == null || (!again && checked.contains(path))) {
            return;
        }
        checked.add(path);
        String fingerprint = (String) browser.executeScript(FINGERPRINT);
        if (!again && PASSED.contains(fingerprint)) {
            SKIPPED.incrementAndGet();
            return;
        }
        long start = System.nanoTime();
        List<Map<String, Object>> findings = findings();
        NANOS.addAndGet(System.nanoTime() - start);
        RUNS.incrementAndGet();
        if (findings.isEmpty()) {
            PASSED.add(fingerprint);
        } else {
            throw new AssertionError("axe-core: serious or critical accessibility findings on " + path + "\n"
                    + findings.stream().map(AccessibilityCheck::describe).collect(Collectors.joining("\n")));
        }
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> findings() {
        Object found = browser.executeAsyncScript(RUN, SERVED);
        if ("inline".equals(found)) {
            browser.executeScript(script());
            found = browser.executeAsyncScript(RUN, SERVED);
        }
        return (List<Map<String, Object>>) found;
    }

    @SuppressWarnings("unchecked")
    private static String describe(Map<String, Object> finding) {
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) finding.get("nodes");
        return "  [" + finding.get("impact") + "] " + finding.get("id") + " — " + finding.get("help")
                + nodes.stream()
                        .map(n -> "\n      " + n.get("target") + "\n        "
                                + String.valueOf(n.get("summary")).replace("\n", "\n        "))
                        .collect(Collectors.joining());
    }

    private static synchronized String script() {
        if (script == null) {
            try (InputStream in = AccessibilityCheck.class.getClassLoader().getResourceAsStream(AXE)) {
                if (in == null) {
                    throw new IllegalStateException(AXE + " is not on the test class path (org.webjars.npm:axe-core)");
                }
                script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return script;
    }
}
