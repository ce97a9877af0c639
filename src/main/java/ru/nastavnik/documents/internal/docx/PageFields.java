package ru.nastavnik.documents.internal.docx;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Whether a document numbers its pages (a PAGE, NUMPAGES or SECTIONPAGES field in its body, header or footer). */
public final class PageFields {

    private static final Pattern FIELD = Pattern.compile(
            "(instrText[^>]*>[^<]*\\b(PAGE|NUMPAGES|SECTIONPAGES)\\b)|(w:instr=\"[^\"]*\\b(PAGE|NUMPAGES|SECTIONPAGES)\\b)");

    private PageFields() {}

    public static boolean present(byte[] docx) {
        DocxPackage document = DocxPackage.read(docx, PackageLimits.GENERATED);
        List<String> parts = new ArrayList<>(document.headersAndFooters());
        parts.add(document.mainPart());
        return parts.stream()
                .anyMatch(part -> FIELD.matcher(new String(document.bytes(part), StandardCharsets.UTF_8))
                        .find());
    }
}
