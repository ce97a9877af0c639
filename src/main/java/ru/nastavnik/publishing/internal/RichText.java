package ru.nastavnik.publishing.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.owasp.html.HtmlChangeListener;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * A news item's text as it will be served to anyone: only the tags and attributes of the allow-list stay, links
 * only to http(s) and mail (no {@code javascript:}), no scripts, styles or event handlers. What was removed is
 * reported so that the curator knows her text changed.
 */
public final class RichText {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(
                    "p",
                    "br",
                    "b",
                    "strong",
                    "i",
                    "em",
                    "u",
                    "s",
                    "ul",
                    "ol",
                    "li",
                    "h2",
                    "h3",
                    "h4",
                    "blockquote",
                    "a",
                    "table",
                    "thead",
                    "tbody",
                    "tr",
                    "th",
                    "td")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href")
            .onElements("a")
            .requireRelsOnLinks("noopener", "noreferrer")
            .toFactory();

    private RichText() {}

    /** The text kept, and what was stripped from it: tags as {@code <script>}, attributes as {@code onclick}. */
    public record Sanitised(String html, List<String> stripped) {

        public Sanitised {
            stripped = List.copyOf(stripped);
        }
    }

    public static Sanitised sanitise(String html) {
        Set<String> stripped = new LinkedHashSet<>();
        String kept = POLICY.sanitize(
                html == null ? "" : html,
                new HtmlChangeListener<Set<String>>() {
                    @Override
                    public void discardedTag(Set<String> context, String element) {
                        context.add("<" + element + ">");
                    }

                    @Override
                    public void discardedAttributes(Set<String> context, String tag, String... attributes) {
                        for (String attribute : attributes) {
                            context.add(attribute);
                        }
                    }
                },
                stripped);
        return new Sanitised(kept, new ArrayList<>(stripped));
    }
}
