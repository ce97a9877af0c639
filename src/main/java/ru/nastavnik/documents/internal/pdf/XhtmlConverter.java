package ru.nastavnik.documents.internal.pdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import ru.nastavnik.documents.internal.docx.DocxPackage;
import ru.nastavnik.documents.internal.docx.Relationships;

/**
 * A filled DOCX as simple XHTML for the PDF renderer: each section a named page with its size and margins, its
 * header and footer as running elements in the page margins, the body as paragraphs and tables.
 */
final class XhtmlConverter {

    private static final String BASE_CSS = "body{margin:0;font-family:'" + Fonts.FAMILY + "';}"
            + "p{margin:0;white-space:pre-wrap;}"
            + "table{border-spacing:0;}"
            + ".page-number::after{content:counter(page);}"
            + ".page-count::after{content:counter(pages);}";

    private final DocxPackage docx;
    private final Html html = new Html();
    private final WordStyles styles;
    private final Formats formats;
    private final StringBuilder css = new StringBuilder(BASE_CSS);
    /** Word lets a section without its own header or footer inherit the previous section's. */
    private final Map<String, String> inherited = new HashMap<>();

    private XhtmlConverter(DocxPackage docx) {
        this.docx = docx;
        this.styles = WordStyles.of(docx);
        this.formats = new Formats(styles, ListLabels.of(docx));
    }

    static Document convert(DocxPackage docx) {
        return new XhtmlConverter(docx).convert();
    }

    private Document convert() {
        Element root = html.element("html");
        html.document().appendChild(root);
        Element style = html.append(html.append(root, "head", null), "style", null);
        Element body = html.append(root, "body", null);
        BlockWriter writer = new BlockWriter(html, formats, styles, new Images(docx, docx.mainPart()));
        List<Section> sections = Section.split(docx.body());
        String page = null;
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            boolean newPage = page == null || !section.continuous();
            page = newPage ? "s" + i : page;
            Element div = html.append(
                    body, "div", "page:" + page + ";" + (i > 0 && newPage ? "page-break-before:always;" : ""));
            if (newPage) {
                pageRule(page, section, div);
            }
            double[] geometry = section.page();
            writer.available(geometry[0] - geometry[3] - geometry[5]);
            writer.write(section.blocks(), div);
        }
        html.text(style, css.toString());
        return html.document();
    }

    private void pageRule(String page, Section section, Element div) {
        double[] p = section.page();
        String header = marginBox(section, "headerReference", "default", page + "h", div);
        String footer = marginBox(section, "footerReference", "default", page + "f", div);
        if (css.indexOf("@page") < 0) {
            // the renderer lays the body out on the unnamed page: let it have the first section's geometry
            css.append("@page{size:")
                    .append(Units.pt(p[0]))
                    .append(' ')
                    .append(Units.pt(p[1]))
                    .append(";margin:")
                    .append(Units.pt(p[2]))
                    .append(' ')
                    .append(Units.pt(p[3]))
                    .append(' ')
                    .append(Units.pt(p[4]))
                    .append(' ')
                    .append(Units.pt(p[5]))
                    .append(";}");
        }
        css.append("@page ")
                .append(page)
                .append("{size:")
                .append(Units.pt(p[0]))
                .append(' ')
                .append(Units.pt(p[1]))
                .append(";margin:")
                .append(Units.pt(p[2]))
                .append(' ')
                .append(Units.pt(p[3]))
                .append(' ')
                .append(Units.pt(p[4]))
                .append(' ')
                .append(Units.pt(p[5]))
                .append(';')
                .append(box("top", header, p[6]))
                .append(box("bottom", footer, p[7]))
                .append('}');
        if (section.titlePage()) {
            String firstHeader = marginBox(section, "headerReference", "first", page + "hf", div);
            String firstFooter = marginBox(section, "footerReference", "first", page + "ff", div);
            css.append("@page ")
                    .append(page)
                    .append(":first{")
                    .append(box("top", firstHeader, p[6]))
                    .append(box("bottom", firstFooter, p[7]))
                    .append('}');
        }
    }

    /** Writes a header or footer as a running element; answers its name, or null when the section has none. */
    private String marginBox(Section section, String element, String kind, String name, Element div) {
        String id = section.reference(element, kind);
        Relationships relationships = docx.relationships(docx.mainPart());
        String key = element + "/" + kind;
        String part = id == null || relationships.byId(id) == null
                ? inherited.get(key)
                : relationships.partOf(relationships.byId(id));
        if (part == null || !docx.has(part)) {
            return null;
        }
        inherited.put(key, part);
        Element running = html.append(div, "div", "position:running(" + name + ");");
        new BlockWriter(html, formats, styles, new Images(docx, part))
                .write(BlockWriter.blocks(docx.xml(part).getDocumentElement()), running);
        return name;
    }

    /** Word measures the header from the top edge of the paper; the margin box starts there too. */
    private static String box(String edge, String element, double distance) {
        String content = element == null ? "none" : "element(" + element + ")";
        return "@" + edge + "-center{content:" + content + ";width:100%;vertical-align:" + edge + ";padding-" + edge
                + ":" + Units.pt(distance) + ";}";
    }
}
