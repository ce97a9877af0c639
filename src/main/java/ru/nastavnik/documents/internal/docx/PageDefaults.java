package ru.nastavnik.documents.internal.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;

/**
 * The page of a built-in template: A4, Times New Roman, margins within ГОСТ Р 7.0.97 (at least 20 mm left,
 * 10 mm right, 20 mm top and bottom) and as schools that file their papers in binders set them: 30 mm left,
 * 15 mm right.
 */
final class PageDefaults {

    private static final String FONT = "Times New Roman";
    /** A4's 210 mm less the margins below. */
    static final int TEXT_WIDTH_MM = 210 - 30 - 15;

    private PageDefaults() {}

    static void apply(XWPFDocument document, int fontSize) {
        fonts(document, fontSize);
        CTBody body = document.getDocument().getBody();
        CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(DocxBuilder.twips(20)));
        margins.setBottom(BigInteger.valueOf(DocxBuilder.twips(20)));
        margins.setLeft(BigInteger.valueOf(DocxBuilder.twips(30)));
        margins.setRight(BigInteger.valueOf(DocxBuilder.twips(15)));
        margins.setHeader(BigInteger.valueOf(DocxBuilder.twips(10)));
        margins.setFooter(BigInteger.valueOf(DocxBuilder.twips(10)));
    }

    /** Font and size as document defaults, so that empty lines are as tall as lines of text. */
    private static void fonts(XWPFDocument document, int fontSize) {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTRPr run = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        CTFonts fonts = run.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        run.addNewSz().setVal(BigInteger.valueOf(fontSize * 2L));
        run.addNewSzCs().setVal(BigInteger.valueOf(fontSize * 2L));
        run.addNewLang().setVal("ru-RU");
        document.createStyles().setStyles(styles);
    }
}
