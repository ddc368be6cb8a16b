package jp.tenken.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes guideline volumes as the tests need them, with PDFBox and an embedded Japanese font: a title page, a contents
 * page with dotted leaders and page numbers, a running header and 「- n -」 page numbers on every body page, chapter
 * headings, 【遵守事項】 blocks whose clauses wrap over several lines (a 「\f」 in a clause breaks the page there),
 * and 【考え方】 prose with its own circled numbers and 「1.」 lists that must never be read as clauses or chapters.
 */
public final class GuidelinePdfs {
    private static final float TOP = 780;
    private static final float BOTTOM = 70;
    private static final float LEFT = 60;
    private static final float SIZE = 10.5f;
    private static final float LEADING = 16;
    private static final int PER_LINE = 40;

    /** A chapter: its number as printed (full-width digits allowed), title, clauses, prose paragraphs after. */
    public record Chapter(String number, String title, List<String> clauses, int proseParagraphs) {
    }

    private GuidelinePdfs() {
    }

    /** The sample 企画管理編 of 第7.0版 the tests read: 4 chapters, 7 clauses, chapter 3 with no 遵守事項. */
    public static List<Chapter> sampleChapters() {
        return List.of(
                new Chapter("1", "管理体系", List.of(
                        "医療情報システムの管理に関する法令等について理解し、医療機関等の組織全体として法令等を遵守できるよう、必要な措置を講じること。",
                        "委託先事業者に対しても①に関して必要な措置を講じるよう契約において求め、その対応状況を定期的に把握すること。"), 1),
                new Chapter("２", "リスク評価を踏まえた管理", List.of(
                        "医療情報システムで取り扱う情報を全てリストアップし、安全管理上の重要度に応じて分類を行い、\f常に最新の状態を維持すること。",
                        "リスク分析の結果を踏まえ、対策を講じること。"), 2),
                new Chapter("3", "用語の解説", List.of(), 1),
                new Chapter("４", "情報セキュリティ教育", List.of(
                        "医療情報システムの利用者に対し、情報セキュリティに関する教育を少なくとも年1回実施し、その記録を残すこと。",
                        "教育の内容は、サプライチェーンリスクを含む最新の脅威を踏まえて見直すこと。",
                        "委託先事業者の従業者についても、同等の教育が行われていることを契約等で確認すること。"), 1));
    }

    /** The sample volume (企画管理編, 第7.0版). */
    public static Path sample(Path file) {
        return volume(file, "企画管理編", "7.0", "令和8年6月", sampleChapters());
    }

    /** A volume of about {@code pages} pages: chapters of three clauses each, with enough 【考え方】 to fill them. */
    public static Path longVolume(Path file, int pages) {
        List<Chapter> chapters = new ArrayList<>();
        int count = Math.max(1, pages / 4);
        for (int i = 1; i <= count; i++) {
            chapters.add(new Chapter(String.valueOf(i), "第" + i + "の管理策の章題", List.of(
                    "医療情報システムの安全管理のため、第" + i + "章に定める対策について手順を整備し、その運用状況を定期的に確認すること。",
                    "前号の手順は、委託先事業者を含む関係者に周知し、必要に応じて見直しを行うこと。",
                    "対策の実施状況を記録し、経営層に報告すること。"), 28));
        }
        return volume(file, "システム運用編", "7.0", "令和8年6月", chapters);
    }

    public static Path volume(Path file, String part, String version, String issued, List<Chapter> chapters) {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, TestFonts.japaneseTtf().toFile());
            Writer w = new Writer(doc, font, "医療情報システムの安全管理に関するガイドライン 第" + version + "版 " + part);
            // title page: no header, no page number
            w.page(false);
            w.at(LEFT, 560, 18, "医療情報システムの安全管理に関する");
            w.at(LEFT + 40, 530, 18, "ガイドライン");
            w.at(LEFT + 40, 480, 16, "第" + version + "版");
            w.at(LEFT + 40, 440, 20, part);
            w.at(LEFT + 40, 300, 12, issued);
            w.at(LEFT + 40, 280, 12, "厚生労働省");
            // contents
            w.page(true);
            w.line("目次");
            for (int i = 0; i < chapters.size(); i++) {
                Chapter c = chapters.get(i);
                w.line(c.number() + "．" + c.title() + "・・・・・・・・・・・・・・・・・・" + (3 + 2 * i));
                w.line("　" + "【遵守事項】・・・・・・・・・・・・・・・・・・・・" + (3 + 2 * i));
            }
            w.page(true);
            w.wrapped("はじめに　本編は、医療機関等の企画管理者が遵守すべき事項を示すものである。1. 本編の構成は次のとおりである。");
            for (Chapter c : chapters) {
                w.blank();
                w.line(c.number() + "．" + c.title());
                if (!c.clauses().isEmpty()) {
                    w.line("【遵守事項】");
                    int n = 1;
                    for (String clause : c.clauses()) {
                        w.wrapped(jp.tenken.domain.Circled.of(n++) + clause);
                    }
                }
                w.line("【考え方】");
                for (int p = 0; p < c.proseParagraphs(); p++) {
                    w.wrapped("① 遵守事項の趣旨は、医療情報の機密性、完全性及び可用性を確保することにある。"
                            + "そのため、医療機関等は、自らの規模や体制に応じて、必要な対策を選択し実施することが求められる");
                    w.line("1. 対策の例");
                    w.wrapped("② 具体的には、利用者の識別と認証、アクセス権限の管理、ログの取得と確認などが挙げられる。"
                            + "これらは単独ではなく組み合わせて運用することで効果を発揮する。");
                }
            }
            w.finish();
            doc.save(file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lays text out line by line, starting a page (with header and page number) when one is full. */
    private static final class Writer {
        private final PDDocument doc;
        private final PDType0Font font;
        private final String header;
        private PDPageContentStream out;
        private float y;
        private int number;

        Writer(PDDocument doc, PDType0Font font, String header) {
            this.doc = doc;
            this.font = font;
            this.header = header;
        }

        void page(boolean furniture) throws IOException {
            finish();
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            out = new PDPageContentStream(doc, page);
            y = TOP;
            if (furniture) {
                number++;
                at(LEFT, 810, 8, header);
                at(285, 40, 9, "- " + number + " -");
            }
        }

        void at(float x, float at, float size, String text) throws IOException {
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(x, at);
            out.showText(text);
            out.endText();
        }

        void line(String text) throws IOException {
            if (y < BOTTOM) {
                page(true);
            }
            at(LEFT, y, SIZE, text);
            y -= LEADING;
        }

        void blank() {
            y -= LEADING / 2;
        }

        /** A paragraph wrapped at {@value #PER_LINE} characters; 「\f」 starts a new page there. */
        void wrapped(String text) throws IOException {
            String[] pieces = text.split("\f", -1);
            for (int i = 0; i < pieces.length; i++) {
                if (i > 0) {
                    page(true);
                }
                String rest = pieces[i];
                boolean first = i == 0;
                while (!rest.isEmpty()) {
                    int n = Math.min(first ? PER_LINE : PER_LINE - 1, rest.length());
                    line((first ? "" : "　") + rest.substring(0, n));
                    rest = rest.substring(n);
                    first = false;
                }
            }
        }

        void finish() throws IOException {
            if (out != null) {
                out.close();
                out = null;
            }
        }
    }
}
