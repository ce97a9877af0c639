package ru.nastavnik.documents.internal.pdf;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import org.w3c.dom.Element;
import ru.nastavnik.documents.internal.docx.Xml;

/**
 * The runs of one paragraph as spans. Fields show their last computed result, except page numbers, which the
 * renderer counts itself so that a footer's «стр. 2 из 5» is right on every page.
 */
final class RunWriter {

    /** A field being read: its instruction, and whether its result is being shown or replaced. */
    private static final class Field {
        private final StringBuilder instruction = new StringBuilder();
        private boolean separated;
        private boolean replaced;
    }

    private final Html html;
    private final Formats formats;
    private final Images images;
    private final ParagraphOutput out;
    private final Deque<Field> fields = new ArrayDeque<>();

    RunWriter(Html html, Formats formats, Images images, ParagraphOutput out) {
        this.html = html;
        this.formats = formats;
        this.images = images;
        this.out = out;
    }

    void write(Element container, RunFormat base) {
        for (Element child : Xml.children(container)) {
            if (!Xml.W.equals(child.getNamespaceURI())) {
                continue;
            }
            switch (child.getLocalName()) {
                case "r" -> run(child, base);
                case "hyperlink", "ins", "moveTo", "smartTag", "customXml", "dir", "bdo", "sdtContent" ->
                    write(child, base);
                case "sdt" -> write(child, base);
                case "fldSimple" -> simpleField(child, base);
                default -> {
                    // properties, deleted text, bookmarks, proofing marks
                }
            }
        }
    }

    private void run(Element run, RunFormat base) {
        RunFormat format = formats.run(base, run);
        if (format.hidden()) {
            return;
        }
        for (Element child : Xml.children(run)) {
            if (!Xml.W.equals(child.getNamespaceURI())) {
                continue;
            }
            switch (child.getLocalName()) {
                case "t" -> text(child.getTextContent(), format);
                case "tab", "ptab" -> {
                    if (visible()) {
                        out.tab(format);
                    }
                }
                case "br", "cr" -> lineOrPageBreak(child);
                case "noBreakHyphen" -> text("-", format);
                case "softHyphen" -> text(String.valueOf(Hyphenation.SOFT_HYPHEN), format);
                case "sym" -> text(Glyphs.symbol(child), format);
                case "drawing" -> picture(child);
                case "footnoteReference", "endnoteReference" ->
                    text(
                            Xml.w(child, "id"),
                            new RunFormat(
                                    format.bold(),
                                    format.italic(),
                                    false,
                                    false,
                                    format.size(),
                                    format.color(),
                                    "superscript",
                                    false,
                                    false,
                                    null));
                case "fldChar" -> fieldChar(Xml.w(child, "fldCharType"), format);
                case "instrText" -> {
                    if (!fields.isEmpty() && !fields.peek().separated) {
                        fields.peek().instruction.append(child.getTextContent());
                    }
                }
                default -> {
                    // run properties, last-rendered page breaks, legacy VML pictures
                }
            }
        }
    }

    private void lineOrPageBreak(Element br) {
        if (!visible()) {
            return;
        }
        if ("page".equals(Xml.w(br, "type"))) {
            out.pageBreak();
        } else {
            out.lineBreak();
        }
    }

    private void picture(Element drawing) {
        Element img = visible() ? images.image(html, drawing) : null;
        if (img != null) {
            out.append(img);
        }
    }

    private void text(String text, RunFormat format) {
        if (visible()) {
            out.text(Glyphs.substitute(Glyphs.numberSignKeptWithNumber(text)), format);
        }
    }

    private void fieldChar(String type, RunFormat format) {
        if ("begin".equals(type)) {
            fields.push(new Field());
        } else if ("separate".equals(type) && !fields.isEmpty()) {
            Field field = fields.peek();
            field.separated = true;
            field.replaced = counter(field.instruction.toString(), format);
        } else if ("end".equals(type) && !fields.isEmpty()) {
            Field field = fields.pop();
            if (!field.separated) {
                counter(field.instruction.toString(), format);
            }
        }
    }

    private void simpleField(Element field, RunFormat base) {
        if (!counter(Xml.w(field, "instr"), base)) {
            write(field, base);
        }
    }

    /** Writes the renderer's page counter for a PAGE or NUMPAGES field; answers whether it did. */
    private boolean counter(String instruction, RunFormat format) {
        String name =
                instruction == null ? "" : instruction.trim().split("\\s+")[0].toUpperCase(Locale.ROOT);
        String css = switch (name) {
            case "PAGE" -> "page-number";
            case "NUMPAGES", "SECTIONPAGES" -> "page-count";
            default -> null;
        };
        if (css == null || !visible()) {
            return false;
        }
        Element span = html.element("span", format.css());
        span.setAttribute("class", css);
        out.append(span);
        return true;
    }

    /** Text is hidden while a field's instruction is read or while its result is replaced by a counter. */
    private boolean visible() {
        return fields.stream().allMatch(field -> field.separated && !field.replaced);
    }
}
