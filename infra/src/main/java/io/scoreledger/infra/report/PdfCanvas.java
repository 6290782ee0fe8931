package io.scoreledger.infra.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jspecify.annotations.Nullable;

/**
 * A top-to-bottom page writer over PDFBox: text, tables and vector drawing, breaking pages as it goes. Only the
 * standard 14 fonts, so nothing is embedded or subset with generated names; characters they cannot show become '?'.
 */
final class PdfCanvas implements AutoCloseable {

    static final float MARGIN = 50;
    static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    static final PDType1Font MONO = new PDType1Font(Standard14Fonts.FontName.COURIER);

    private static final float TOP = PDRectangle.A4.getHeight() - MARGIN;
    private static final float BOTTOM = MARGIN + 20;

    private final PDDocument document;
    private final String footer;
    private final Map<Character, Boolean> encodable = new HashMap<>();
    private @Nullable PDPageContentStream content;
    private int pages;
    private float y;

    PdfCanvas(PDDocument document, String footer) {
        this.document = document;
        this.footer = footer;
        newPage();
    }

    record Column(String title, float width, boolean alignRight) {

        static Column left(String title, float width) {
            return new Column(title, width, false);
        }

        static Column right(String title, float width) {
            return new Column(title, width, true);
        }
    }

    float y() {
        return y;
    }

    void gap(float points) {
        y -= points;
    }

    /** Starts a new page unless height points still fit on this one. */
    void reserve(float height) {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    void title(String text, float size) {
        reserve(size + 6);
        y -= size;
        text(BOLD, size, MARGIN, y, text);
        y -= 6;
    }

    void heading(String text) {
        reserve(40);
        y -= 14;
        text(BOLD, 13, MARGIN, y, text);
        y -= 4;
        stroke(0.6f, 0.5f, MARGIN, y, MARGIN + WIDTH, y);
        y -= 8;
    }

    void line(String text) {
        line(REGULAR, 10, text);
    }

    void line(PDType1Font font, float size, String text) {
        reserve(size + 4);
        y -= size;
        text(font, size, MARGIN, y, fit(font, size, text, WIDTH));
        y -= 4;
    }

    void field(String label, String value) {
        reserve(14);
        y -= 10;
        text(BOLD, 10, MARGIN, y, label);
        text(REGULAR, 10, MARGIN + 150, y, fit(REGULAR, 10, value, WIDTH - 150));
        y -= 4;
    }

    void table(List<Column> columns, List<List<String>> rows) {
        reserve(30);
        row(BOLD, columns, columns.stream().map(Column::title).toList());
        stroke(0.75f, 0.5f, MARGIN, y + 2, MARGIN + WIDTH, y + 2);
        for (var row : rows) {
            if (y - 14 < BOTTOM) {
                newPage();
                row(BOLD, columns, columns.stream().map(Column::title).toList());
            }
            row(REGULAR, columns, row);
        }
        y -= 4;
    }

    private void row(PDType1Font font, List<Column> columns, List<String> cells) {
        y -= 12;
        float x = MARGIN;
        for (int i = 0; i < columns.size(); i++) {
            var column = columns.get(i);
            var cell = fit(font, 9, cells.get(i), column.width() - 6);
            float at = column.alignRight() ? x + column.width() - 6 - width(font, 9, cell) : x;
            text(font, 9, at, y, cell);
            x += column.width();
        }
        y -= 3;
    }

    void text(PDType1Font font, float size, float x, float baseline, String text) {
        try {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(printable(font, text));
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void stroke(float gray, float lineWidth, float x1, float y1, float x2, float y2) {
        try {
            content.setStrokingColor(gray, gray, gray);
            content.setLineWidth(lineWidth);
            content.moveTo(x1, y1);
            content.lineTo(x2, y2);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void fill(float[] rgb, float x, float yBottom, float width, float height) {
        try {
            content.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
            content.addRect(x, yBottom, width, height);
            content.fill();
            content.setNonStrokingColor(0f, 0f, 0f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A polyline through the points (x, y pairs); a single point is drawn as a dot. */
    void polyline(float[] rgb, float lineWidth, float[] xs, float[] ys) {
        try {
            content.setStrokingColor(rgb[0], rgb[1], rgb[2]);
            content.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
            content.setLineWidth(lineWidth);
            if (xs.length == 1) {
                content.addRect(xs[0] - 1.5f, ys[0] - 1.5f, 3, 3);
                content.fill();
            } else {
                content.moveTo(xs[0], ys[0]);
                for (int i = 1; i < xs.length; i++) {
                    content.lineTo(xs[i], ys[i]);
                }
                content.stroke();
            }
            content.setNonStrokingColor(0f, 0f, 0f);
            content.setStrokingColor(0f, 0f, 0f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    float width(PDType1Font font, float size, String text) {
        try {
            return font.getStringWidth(printable(font, text)) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String fit(PDType1Font font, float size, String text, float maxWidth) {
        var printable = printable(font, text == null ? "" : text);
        if (width(font, size, printable) <= maxWidth) {
            return printable;
        }
        var shortened = printable;
        while (!shortened.isEmpty() && width(font, size, shortened + "\u2026") > maxWidth) {
            shortened = shortened.substring(0, shortened.length() - 1);
        }
        return shortened + "\u2026";
    }

    private String printable(PDType1Font font, String text) {
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                out.append(' ');
            } else if (encodable.computeIfAbsent(c, ch -> canEncode(font, ch))) {
                out.append(c);
            } else {
                out.append('?');
            }
        }
        return out.toString();
    }

    private static boolean canEncode(PDType1Font font, char c) {
        try {
            font.encode(String.valueOf(c));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            var page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            pages++;
            y = TOP;
            text(REGULAR, 8, MARGIN, MARGIN - 10, footer + "  \u00b7  page " + pages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void documentInformation(String title, String producer, Calendar pinned) {
        var info = document.getDocumentInformation();
        info.setTitle(printable(REGULAR, title));
        info.setProducer(producer);
        info.setCreator(producer);
        info.setCreationDate(pinned);
        info.setModificationDate(pinned);
    }

    /** The document's trailer /ID; without one PDFBox derives it from the current time. */
    void documentId(byte[] id) {
        var ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    byte[] save() {
        try {
            content.close();
            content = null;
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (content != null) {
                content.close();
            }
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
