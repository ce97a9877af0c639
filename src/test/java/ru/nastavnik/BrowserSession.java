package ru.nastavnik;

import java.lang.reflect.Field;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A clean headless Chromium for each browser journey: before each test the {@link Browser} field of the test is opened
 * on the server's port (the Spring test context's random port), after it the journey's last page is checked; the run
 * shares one Chromium, cleaned between journeys ({@link Browser#start}). A journey declares
 * {@code Browser browser;} and {@code @ExtendWith(BrowserSession.class)}, nothing else.
 */
public final class BrowserSession implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserSession.class);

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        int port = Integer.parseInt(SpringExtension.getApplicationContext(context)
                .getEnvironment()
                .getRequiredProperty("local.server.port"));
        Browser browser = Browser.start(port);
        context.getStore(NAMESPACE).put(Browser.class, browser);
        field(context).set(context.getRequiredTestInstance(), browser);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        Browser browser = context.getStore(NAMESPACE).remove(Browser.class, Browser.class);
        if (browser != null) {
            browser.close();
        }
    }

    private static Field field(ExtensionContext context) {
        for (Class<?> type = context.getRequiredTestClass(); type != null; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.getType() == Browser.class) {
                    field.setAccessible(true);
                    return field;
                }
            }
        }
        throw new IllegalStateException(context.getRequiredTestClass().getSimpleName() + " has no Browser field");
    }
}
