package ru.nastavnik.shared.web;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.context.support.AbstractMessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The texts of all message bundles merged into one map per locale, read once. A page asks for a hundred texts and
 * more; Spring's {@link ResourceBundleMessageSource} walks the ~25 bundles in order for each of them. The bundles
 * are loaded by that same source (same encoding, same locale fallback), a key takes the text of the first bundle
 * that has it, as there, and formatting with arguments is {@link AbstractMessageSource}'s (the same
 * {@link MessageFormat} per text, the same quotes and apostrophes): only the search differs.
 */
final class MergedMessageSource extends AbstractMessageSource {

    private final BundleLoader bundles;
    private final ConcurrentMap<Locale, Texts> byLocale = new ConcurrentHashMap<>();

    MergedMessageSource(BundleLoader loader) {
        this.bundles = loader;
        setAlwaysUseMessageFormat(loader.alwaysFormats());
        setUseCodeAsDefaultMessage(loader.codeIsDefault());
        setCommonMessages(loader.common());
    }

    @Override
    protected String resolveCodeWithoutArguments(String code, Locale locale) {
        return texts(locale).byCode().get(code);
    }

    @Override
    protected MessageFormat resolveCode(String code, Locale locale) {
        Texts texts = texts(locale);
        String text = texts.byCode().get(code);
        if (text == null) {
            return null;
        }
        return texts.formats().computeIfAbsent(code, c -> createMessageFormat(text, locale));
    }

    /** How many texts the locale has, all bundles together (for the tests). */
    int size(Locale locale) {
        return texts(locale).byCode().size();
    }

    private Texts texts(Locale locale) {
        Texts texts = byLocale.get(locale);
        return texts != null ? texts : byLocale.computeIfAbsent(locale, this::load);
    }

    private Texts load(Locale locale) {
        Map<String, String> merged = new HashMap<>();
        for (String basename : bundles.getBasenameSet()) {
            ResourceBundle bundle = bundles.bundle(basename, locale);
            if (bundle == null) {
                continue;
            }
            for (String key : Collections.list(bundle.getKeys())) {
                // the first bundle that has the key wins, as in ResourceBundleMessageSource's search
                merged.putIfAbsent(key, bundle.getString(key));
            }
        }
        return new Texts(Map.copyOf(merged), new ConcurrentHashMap<>());
    }

    private record Texts(Map<String, String> byCode, ConcurrentMap<String, MessageFormat> formats) {}

    /** Spring's loading of a bundle (its Control: encoding, locale fallback, class loader), opened up for the merge. */
    static final class BundleLoader extends ResourceBundleMessageSource {

        ResourceBundle bundle(String basename, Locale locale) {
            return getResourceBundle(basename, locale);
        }

        boolean alwaysFormats() {
            return isAlwaysUseMessageFormat();
        }

        boolean codeIsDefault() {
            return isUseCodeAsDefaultMessage();
        }

        java.util.Properties common() {
            return getCommonMessages();
        }
    }
}
