package ru.nastavnik;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.HasCapabilities;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WrapsDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Interactive;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium for the browser tests. Nothing may be downloaded at run time, so without the
 * packages (a developer's machine with only a JDK) the test is skipped; CI installs them and sets {@code CI=true},
 * under which a missing browser fails the test instead.
 * <p>
 * Every page a journey visits is checked by axe-core ({@link AccessibilityCheck}): the driver handed out checks
 * the page it is on before each command, once per path, and fails the journey on a serious or critical finding.
 */
public final class Browser implements AutoCloseable {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    /**
     * Debian's {@code chromium-headless-shell}: the same engine without the desktop browser around it, about a fifth
     * less time for the browser journeys than {@code chromium --headless=new}. Used when installed.
     */
    private static final File HEADLESS_SHELL = new File("/usr/lib/chromium/chromium-headless-shell");

    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private static final Dimension WINDOW = new Dimension(1400, 1000);
    private static ChromeDriver shared;

    private final ChromeDriver chrome;
    private final WebDriver driver;
    private final WebDriverWait wait;
    private final int port;
    private final AccessibilityCheck accessibility;

    private Browser(ChromeDriver chrome, int port) {
        this.chrome = chrome;
        this.accessibility = new AccessibilityCheck(chrome);
        this.driver = checking(chrome, accessibility);
        // generous: on a loaded 2-core CI machine a page with the accessibility check can take several seconds.
        // Polled every 100 ms, not Selenium's default 500: a condition not met at once (the page after a submit,
        // an element a script adds) otherwise costs half a second of an idle machine each time, ~170 waits a run
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(100));
        this.port = port;
    }

    public static Browser start(int port) throws IOException {
        boolean installed = (HEADLESS_SHELL.canExecute() || CHROMIUM.canExecute()) && CHROMEDRIVER.canExecute();
        if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
            // CI installs both: a journey that silently skips there is a journey nobody checks
            throw new IllegalStateException("CI=true, but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing");
        }
        Assumptions.assumeTrue(installed, "Chromium and chromedriver are not installed");
        return new Browser(shared(), port);
    }

    /**
     * The run's one Chromium, cleaned for the next journey. Starting Chromium and its driver costs a journey one to
     * two seconds of a 2-core machine; a journey needs a clean browser, not a new one: no cookies (so no session), no
     * second tab, no open dialog, the default window size, an empty console and a blank page.
     */
    private static synchronized ChromeDriver shared() throws IOException {
        if (shared != null) {
            try {
                clean(shared);
                return shared;
            } catch (WebDriverException gone) {
                // a journey that crashed the browser leaves the next one a new browser
                quietly(shared);
                shared = null;
            }
        }
        shared = launch();
        ChromeDriver started = shared;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> quietly(started)));
        return shared;
    }

    private static void clean(ChromeDriver chrome) {
        try {
            chrome.switchTo().alert().dismiss();
        } catch (NoAlertPresentException none) {
            // the usual case
        }
        List<String> windows = new ArrayList<>(chrome.getWindowHandles());
        for (String window : windows.subList(1, windows.size())) {
            chrome.switchTo().window(window).close();
        }
        chrome.switchTo().window(windows.get(0));
        chrome.get("about:blank");
        chrome.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        chrome.manage().window().setSize(WINDOW);
        chrome.manage().logs().get(LogType.BROWSER);
    }

    private static void quietly(ChromeDriver chrome) {
        try {
            chrome.quit();
        } catch (WebDriverException ignored) {
            // already gone
        }
    }

    private static ChromeDriver launch() throws IOException {
        Files.createDirectories(Path.of("target"));
        ChromeOptions options = new ChromeOptions();
        if (HEADLESS_SHELL.canExecute()) {
            options.setBinary(headlessShell().toString());
        } else {
            options.setBinary(CHROMIUM.getPath());
            options.addArguments("--headless=new");
        }
        options.addArguments(
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1400,1000",
                "--user-data-dir="
                        + Files.createTempDirectory(Path.of("target"), "chrome-")
                                .toAbsolutePath());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // the check must not dismiss a dialog the journey is about to answer
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    /**
     * The headless shell, started with a blank page: chromedriver gives the browser no address to open and waits for
     * a page, which the desktop browser opens by itself and the shell does not; the driver puts "--" before every
     * argument it is given, so the address comes from this script.
     */
    private static Path headlessShell() throws IOException {
        Path script = Path.of("target", "chromium-headless-shell").toAbsolutePath();
        Files.writeString(script, "#!/bin/sh\nexec " + HEADLESS_SHELL + " \"$@\" about:blank\n");
        if (!script.toFile().setExecutable(true)) {
            throw new IOException("cannot make " + script + " executable");
        }
        return script;
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait await() {
        return wait;
    }

    /**
     * Waits until the element has left the page (a reload or a swap replaced it). Chromium answers a question about
     * a detached node either with "stale element reference" or, since 150, with "Node … does not belong to the
     * document"; both mean gone.
     */
    public void awaitGone(org.openqa.selenium.WebElement element) {
        wait.until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    public void open(String path) {
        driver.get(url(path));
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    public void signIn(String username, String password) {
        open("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /**
     * Clicks as a person would after scrolling the element into view (a footer may cover the page's bottom).
     * The scroll is instant: Bootstrap makes scrolling smooth, and a click during the animation lands elsewhere.
     */
    public void click(WebElement element) {
        ((JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    /**
     * Clicks a button that submits its form and waits until the answer's page has replaced this one, so that what is
     * read next is the new page, never an element of the old one that goes stale under the reader.
     */
    public void submit(WebElement button) {
        click(button);
        awaitGone(button);
    }

    /** What the page wrote to the console since the last call (a blocked inline style is a SEVERE entry). */
    public List<String> consoleMessages() {
        return chrome.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::toString)
                .toList();
    }

    /** Runs the accessibility check on the current page now, even if its path was checked before. */
    public void checkAccessibility() {
        accessibility.check(true);
    }

    /** Checks the page the journey ends on; the browser stays open for the next journey ({@link #start}). */
    @Override
    public void close() {
        accessibility.check(false);
    }

    /**
     * The driver the tests use: before each command (after it, for a navigation) the page is checked, so a page
     * reached by a click is checked as soon as the journey next looks at it.
     */
    private static WebDriver checking(ChromeDriver chrome, AccessibilityCheck accessibility) {
        Class<?>[] interfaces = {
            WebDriver.class,
            JavascriptExecutor.class,
            TakesScreenshot.class,
            HasCapabilities.class,
            Interactive.class,
            WrapsDriver.class
        };
        return (WebDriver) Proxy.newProxyInstance(Browser.class.getClassLoader(), interfaces, (proxy, method, args) -> {
            String name = method.getName();
            if (name.equals("getWrappedDriver")) {
                return chrome;
            }
            if (method.getDeclaringClass() == Object.class) {
                return switch (name) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "checked " + chrome;
                };
            }
            boolean navigation = name.equals("get");
            if (!navigation && !name.equals("quit") && !name.equals("close")) {
                accessibility.check(false);
            }
            try {
                Object result = method.invoke(chrome, args);
                if (navigation) {
                    accessibility.check(false);
                }
                return result;
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }
}
