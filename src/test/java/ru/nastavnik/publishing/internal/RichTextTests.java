package ru.nastavnik.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The allow-list against the usual XSS vectors: what stays is harmless, and what went is reported. */
class RichTextTests {

    @Test
    void allowedFormattingAndLinksStay() {
        RichText.Sanitised text = RichText.sanitise(
                "<p>Итоги <b>семинара</b>: <a href=\"https://school.ru/a\">план</a></p><ul><li>один</li></ul>");
        // the sanitizer writes the two rel tokens in the order of its set, which is not fixed between runs
        assertThat(text.html().replace("rel=\"noopener noreferrer\"", "rel=\"noreferrer noopener\""))
                .isEqualTo(
                        "<p>Итоги <b>семинара</b>: <a href=\"https://school.ru/a\" rel=\"noreferrer noopener\">план</a></p><ul><li>один</li></ul>");
        assertThat(text.stripped()).isEmpty();
    }

    @Test
    void scriptsHandlersAndJavascriptUrlsAreStrippedAndReported() {
        RichText.Sanitised text = RichText.sanitise("<p onclick=\"alert(1)\">Текст</p><script>alert(2)</script>"
                + "<a href=\"javascript:alert(3)\">ссылка</a><img src=x onerror=alert(4)><style>p{}</style>"
                + "<iframe src=\"https://evil.example\"></iframe><svg onload=alert(5)></svg>");
        assertThat(text.html()).startsWith("<p>Текст</p>").contains("ссылка");
        assertThat(text.html()).doesNotContain("alert", "javascript", "onerror", "script", "iframe", "svg");
        assertThat(text.stripped()).contains("onclick", "<script>", "<img>", "<style>", "<iframe>", "<svg>");
    }

    @Test
    void encodedAndMixedCaseVectorsDoNotSurvive() {
        String[] vectors = {
            "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
            "<a href=\"&#106;avascript:alert(1)\">x</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
            "<p style=\"background:url(javascript:alert(1))\">x</p>",
            "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
            "<body onload=alert(1)>x",
            "<<script>alert(1)//<</script>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"
        };
        for (String vector : vectors) {
            String html = RichText.sanitise(vector).html().toLowerCase();
            assertThat(html)
                    .as(vector)
                    .doesNotContain("javascript:", "<script", "onerror", "onload", "data:text", "style=");
        }
    }
}
