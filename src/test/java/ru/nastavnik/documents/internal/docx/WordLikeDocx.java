package ru.nastavnik.documents.internal.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A DOCX written the way Word writes one, markup noise included: revision ids, paragraph ids, spell-check marks
 * splitting a placeholder, a "_GoBack" bookmark, styles with a default paragraph style, a footer with a PAGE
 * field. POI-built documents have none of this.
 */
public final class WordLikeDocx {

    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
            + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
            + "xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" mc:Ignorable=\"w14\"";

    private WordLikeDocx() {}

    public static byte[] consent() {
        String body = """
                <w:p w14:paraId="1A2B3C4D" w14:textId="77777777" w:rsidR="00A1"><w:pPr><w:pStyle w:val="Title"/></w:pPr>\
                <w:r><w:t>Согласие на обработку персональных данных</w:t></w:r></w:p>\
                <w:p w14:paraId="1A2B3C4E" w:rsidR="00A1"><w:r><w:t xml:space="preserve">Я, </w:t></w:r>\
                <w:proofErr w:type="spellStart"/><w:r w:rsidR="00B2"><w:t>{{per</w:t></w:r>\
                <w:proofErr w:type="spellEnd"/><w:r w:rsidR="00C3"><w:rPr><w:b/></w:rPr><w:t>son.fullName</w:t></w:r>\
                <w:r><w:t xml:space="preserve">}}, даю согласие </w:t></w:r><w:bookmarkStart w:id="0" w:name="_GoBack"/>\
                <w:bookmarkEnd w:id="0"/><w:r><w:t>{{organisation.name}}.</w:t></w:r></w:p>\
                <w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>\
                <w:tblGrid><w:gridCol w:w="1000"/><w:gridCol w:w="8000"/></w:tblGrid>\
                <w:tr w14:paraId="2A2B3C4D"><w:tc><w:tcPr><w:tcW w:w="1000" w:type="dxa"/></w:tcPr>\
                <w:p w14:paraId="3A2B3C4D"><w:r><w:t>{{#each purposes}}{{index}}</w:t></w:r></w:p></w:tc>\
                <w:tc><w:tcPr><w:tcW w:w="8000" w:type="dxa"/></w:tcPr><w:p w14:paraId="4A2B3C4D"><w:r>\
                <w:t>{{item}}</w:t></w:r></w:p></w:tc></w:tr></w:tbl>\
                <w:p><w:r><w:lastRenderedPageBreak/><w:t>Подпись</w:t></w:r><w:r><w:drawing>\
                <wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">\
                <wp:extent cx="1800000" cy="360000"/><wp:docPr id="7" name="Надпись 1"/>\
                <a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">\
                <a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">\
                <wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:txbx>\
                <w:txbxContent><w:p><w:r><w:t>Печать {{organisation.name}}</w:t></w:r></w:p></w:txbxContent>\
                </wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>\
                <w:sectPr><w:footerReference w:type="default" r:id="rId9"/><w:pgSz w:w="11906" w:h="16838"/>\
                <w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="708" w:footer="708" w:gutter="0"/>\
                <w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>""";
        String styles = """
                <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>\
                <w:sz w:val="28"/><w:lang w:val="ru-RU"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>\
                <w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\
                <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>\
                <w:pPr><w:jc w:val="both"/></w:pPr></w:style>\
                <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>\
                <w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>\
                <w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>\
                <w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>\
                <w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>\
                <w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>\
                </w:tblBorders></w:tblPr></w:style>""";
        String footer = """
                <w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:t xml:space="preserve">стр. </w:t></w:r>\
                <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE   \\* MERGEFORMAT </w:instrText></w:r>\
                <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>""";
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
                <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
                <Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>\
                </Types>""");
        parts.put("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
                </Relationships>""");
        parts.put("word/_rels/document.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
                <Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>\
                </Relationships>""");
        parts.put("word/document.xml", xml("w:document", "<w:body>" + body + "</w:body>"));
        parts.put("word/styles.xml", xml("w:styles", styles));
        parts.put("word/footer1.xml", xml("w:ftr", footer));
        return zip(parts);
    }

    private static String xml(String root, String content) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<" + root + " " + W + ">" + content
                + "</" + root + ">";
    }

    private static byte[] zip(Map<String, String> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
