package ru.nastavnik;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every UI string is a message key: templates hold no Russian text, and every key they use exists. */
class TemplateTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern CYRILLIC = Pattern.compile("[\\p{IsCyrillic}]");
    private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)");

    @Test
    void templatesHoldNoHardCodedRussian() throws IOException {
        List<String> offences = new ArrayList<>();
        for (Path template : templates()) {
            List<String> lines = Files.readAllLines(template, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (CYRILLIC.matcher(lines.get(i)).find()) {
                    offences.add(TEMPLATES.relativize(template) + ":" + (i + 1) + ": "
                            + lines.get(i).strip());
                }
            }
        }
        assertThat(offences).isEmpty();
    }

    @Test
    void everyMessageKeyUsedInATemplateExists() throws IOException {
        Properties messages = new Properties();
        for (Path bundle : bundles()) {
            try (var in = new InputStreamReader(Files.newInputStream(bundle), StandardCharsets.UTF_8)) {
                messages.load(in);
            }
        }
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher matcher = KEY.matcher(Files.readString(template, StandardCharsets.UTF_8));
            while (matcher.find()) {
                if (!messages.containsKey(matcher.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** The Content-Security-Policy (style-src 'self') refuses inline styles: they belong in static/css/app.css. */
    @Test
    void templatesHoldNoInlineStyles() throws IOException {
        Pattern inline = Pattern.compile(
                "\\sstyle\\s*=|<style|th:style|th:attr=\"[^\"]*\\bstyle\\s*=", Pattern.CASE_INSENSITIVE);
        List<String> offences = new ArrayList<>();
        for (Path template : templates()) {
            List<String> lines = Files.readAllLines(template, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (inline.matcher(lines.get(i)).find()) {
                    offences.add(TEMPLATES.relativize(template) + ":" + (i + 1) + ": "
                            + lines.get(i).strip());
                }
            }
        }
        assertThat(offences).isEmpty();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).toList();
        }
    }

    /** A key defined twice silently takes the later text (a label once showed an error message). */
    @Test
    void everyMessageKeyIsDefinedOnce() throws IOException {
        List<String> keys = new ArrayList<>();
        for (Path bundle : bundles()) {
            for (String line : Files.readAllLines(bundle, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#") && line.contains("=")) {
                    keys.add(line.substring(0, line.indexOf('=')).strip());
                }
            }
        }
        assertThat(keys).doesNotHaveDuplicates();
    }

    /** A letter's wording is looked up by key (shared.mail.MailTexts): every key the code asks for is in the bundle. */
    @Test
    void everyLetterKeyUsedInTheCodeExists() throws IOException {
        Properties mail = new Properties();
        try (var in = new InputStreamReader(
                Files.newInputStream(Path.of("src/main/resources/i18n/mail.properties")), StandardCharsets.UTF_8)) {
            mail.load(in);
        }
        Pattern key = Pattern.compile("\"(mail\\.[\\w.]+)\"");
        List<String> missing = new ArrayList<>();
        List<String> used = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = key.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                    if (!mail.containsKey(matcher.group(1))
                            && !mail.stringPropertyNames().stream().anyMatch(k -> k.startsWith(matcher.group(1)))) {
                        missing.add(file.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(used).contains("mail.survey.subject", "mail.health.subject");
        assertThat(missing).isEmpty();
    }

    /** Every bundle of {@code spring.messages.basename}: the shared one and a module's own under i18n/. */
    @Test
    void everyBundleUnderI18nIsABasename() throws IOException {
        String config = Files.readString(Path.of("src/main/resources/application.yaml"), StandardCharsets.UTF_8);
        Matcher basename = Pattern.compile("basename:\\s*(\\S+)").matcher(config);
        assertThat(basename.find()).isTrue();
        List<String> declared = List.of(basename.group(1).split(","));
        for (Path bundle : bundles()) {
            String name =
                    Path.of("src/main/resources").relativize(bundle).toString().replace(".properties", "");
            assertThat(declared).as("spring.messages.basename lists " + name).contains(name);
        }
    }

    private static List<Path> bundles() throws IOException {
        List<Path> bundles = new ArrayList<>();
        bundles.add(Path.of("src/main/resources/messages.properties"));
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/i18n"))) {
            files.filter(p -> p.toString().endsWith(".properties")).sorted().forEach(bundles::add);
        }
        return bundles;
    }
}
