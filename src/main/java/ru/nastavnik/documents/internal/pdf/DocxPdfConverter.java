package ru.nastavnik.documents.internal.pdf;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.logging.Level;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.w3c.dom.Document;
import ru.nastavnik.documents.internal.docx.DocxPackage;
import ru.nastavnik.documents.internal.docx.PackageLimits;

/** A generated DOCX as PDF, through XHTML and openhtmltopdf. Stateless and thread-safe. */
public final class DocxPdfConverter {

    private static final byte[] SRGB =
            ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static {
        // the renderer reports every font load and stylesheet parse at INFO: half a dozen lines per document
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private DocxPdfConverter() {}

    /** Each document rendered alone, so that each numbers its own pages, then joined into one file. */
    /** Small enough for the progress bar to move, large enough for each run to pay off. */
    private static final int DOCUMENTS_PER_RUN = 25;

    public static byte[] convert(List<byte[]> documents, java.util.function.IntConsumer progress) {
        if (documents.size() == 1) {
            byte[] pdf = convert(documents.get(0));
            progress.accept(1);
            return pdf;
        }
        // Rendering is CPU-bound and each part is independent: a batch of a school's consents uses every core.
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        List<byte[]> pdfs;
        if (documents.stream().noneMatch(ru.nastavnik.documents.internal.docx.PageFields::present)) {
            // Without page numbers nothing is lost by laying out many documents in one run, and one run is far
            // cheaper than one per document: the layout engine and the font subsets are set up once per run.
            List<List<byte[]>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < documents.size(); i += DOCUMENTS_PER_RUN) {
                runs.add(documents.subList(i, Math.min(documents.size(), i + DOCUMENTS_PER_RUN)));
            }
            pdfs = runs.parallelStream()
                    .map(run -> {
                        byte[] pdf = convert(ru.nastavnik.documents.internal.docx.DocxConcatenator.concatenate(run));
                        progress.accept(done.addAndGet(run.size()));
                        return pdf;
                    })
                    .toList();
        } else {
            pdfs = documents.parallelStream()
                    .map(document -> {
                        byte[] pdf = convert(document);
                        progress.accept(done.incrementAndGet());
                        return pdf;
                    })
                    .toList();
        }
        PDFMergerUtility merger = new PDFMergerUtility();
        for (byte[] pdf : pdfs) {
            merger.addSource(new RandomAccessReadBuffer(pdf));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        merger.setDestinationStream(out);
        try {
            merger.mergeDocuments(IOUtils.createMemoryOnlyStreamCache());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot join PDF documents", e);
        }
        return out.toByteArray();
    }

    public static byte[] convert(byte[] docx) {
        Document xhtml = XhtmlConverter.convert(DocxPackage.read(docx, PackageLimits.GENERATED));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        // PDF/A-2u, the archival form for official papers (declared, not validated here); it also keeps the
        // renderer from loading PDFBox's standard fonts, each of which would be looked up among system fonts
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
        builder.useColorProfile(SRGB);
        Fonts.register(builder);
        // pictures are embedded as data; nothing in a document may make the server fetch a URL or read a file
        builder.useExternalResourceAccessControl(
                (uri, type) -> uri != null && uri.startsWith("data:"),
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl(
                (uri, type) -> uri != null && uri.startsWith("data:"),
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withW3cDocument(xhtml, null);
        builder.withProducer("Nastavnik");
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot render a PDF", e);
        }
        return out.toByteArray();
    }
}
