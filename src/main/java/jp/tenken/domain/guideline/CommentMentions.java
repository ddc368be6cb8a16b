package jp.tenken.domain.guideline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.tenken.domain.Circled;
import jp.tenken.domain.FullWidth;
import jp.tenken.domain.edition.GuidelineRef;

/**
 * What a public comment and the ministry's answer name in their text: parts (「システム運用編において」), chapters and
 * sections (「経営管理編 3. 3. 2」, 「同編 2. 2. 2」) and 遵守事項 (「企画管理編「15⑨…」」, 「シス14章⑤」,
 * 「7【遵守事項】⑬」, 「14章の【遵守事項】①」), read in order as a person reads them. A number counts only beside a
 * part name or followed by 章, 【遵守事項】 or a circled number, so 「第5.2版」 or 「P41」 name nothing; a bare
 * 「【遵守事項】⑬」 or a quote opening with 「⑤ …」 belongs to the last chapter named (at first, the one in the
 * table's 章 column; a plain number in that column's own chapter, 「10.2で解説している」, brings it back). Names in
 * 概説編 or with no part in reach are not places with 遵守事項 and are skipped.
 *
 * @param places the numbered places, in the order first named
 * @param parts  the parts named without a number (「企画管理編またはシステム運用編の【はじめに】」)
 */
public record CommentMentions(List<NamedPlace> places, List<String> parts) {

    private static final String GOVERNANCE = "経営管理編";
    private static final String MANAGEMENT = "企画管理編";
    private static final String CONTROL = "システム運用編";
    private static final Pattern TOKEN = Pattern.compile(
            "(?<part>経営管理編|企画管理編|システム運用編|概説編|同編|シス(?=\\d)|企(?=\\d)|経(?=\\d)|シ(?=\\d))"
            + "|(?<![\\d.A-Za-z])(?<num>\\d{1,2}(?:\\.\\d{1,2}){0,3})(?!\\d)"
            + "(?<tail>\\.?\\s*(?<chap>章)?\\s*の?\\s*(?:[「『][^」』]{0,60}[」』])?\\s*の?\\s*(?<block>【遵守事項】|遵守事項)?"
            + "\\s*第?\\s*(?<item>[①-⑳])?)"
            + "|(?:【遵守事項】|遵守事項)\\s*第?\\s*(?<alone>[①-⑳])"
            + "|「\\s*(?<quoted>[①-⑳])");
    /** What may stand between a part name and its number: 「企画管理編(案)「16.」, 「経営管理編の3.1.1」. */
    private static final Pattern PART_GAP = Pattern.compile("[\\s\\u3000]*(?:[(（]案[)）])?[\\s\\u3000]*の?[\\s\\u3000]*[「『]?[\\s\\u3000]*第?");

    public CommentMentions {
        places = List.copyOf(places);
        parts = List.copyOf(parts);
    }

    /** Reads the comment, then the answer, starting from the part and first section of the table's columns. */
    public static CommentMentions of(PublicComment c) {
        String part = c.part().guidelinePart().orElse(null);
        Scan scan = new Scan(part, part == null ? null : c.section());
        scan.read(normalise(c.comment()));
        scan.part = part;
        scan.number = part == null ? null : c.section();
        scan.read(normalise(c.answer()));
        return new CommentMentions(new ArrayList<>(scan.places), new ArrayList<>(scan.parts));
    }

    /** Full-width digits and dots as ASCII; spaces inside a number closed up (「1 3. 2」 → 13.2). */
    static String normalise(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            char half = FullWidth.halfWidth(ch);
            if (half >= '0' && half <= '9' || half == '.') {
                b.append(half);
            } else {
                b.append(ch == '\n' ? ' ' : ch);
            }
        }
        String s = b.toString().replaceAll("(?<=\\d)[ \\u3000]+(?=\\d)", "");
        return s.replaceAll("(?<=\\d)[ \\u3000]*\\.[ \\u3000]*(?=\\d)", ".");
    }

    /** The reading state: the part and the chapter or section in reach. */
    private static final class Scan {
        private final String rowPart;
        private final String rowChapter;
        private String part;
        private String number;
        private int partEnd = -1;
        private final Set<NamedPlace> places = new LinkedHashSet<>();
        private final Set<String> parts = new LinkedHashSet<>();

        Scan(String part, String number) {
            this.rowPart = part;
            this.rowChapter = number == null ? null : GuidelineRef.chapterOf(number);
            this.part = part;
            this.number = number;
        }

        void read(String text) {
            partEnd = -1;
            Matcher m = TOKEN.matcher(text);
            while (m.find()) {
                if (m.group("part") != null) {
                    part(m.group("part"));
                    partEnd = m.end();
                } else if (m.group("num") != null) {
                    number(text, m);
                } else {
                    String circled = m.group("alone") != null ? m.group("alone") : m.group("quoted");
                    if (part != null && number != null) {
                        places.add(new NamedPlace(part, number, Circled.valueOf(circled.charAt(0))));
                    }
                }
            }
        }

        private void part(String token) {
            String named = switch (token) {
                case GOVERNANCE, "経" -> GOVERNANCE;
                case MANAGEMENT, "企" -> MANAGEMENT;
                case CONTROL, "シス", "シ" -> CONTROL;
                case "同編" -> part;
                default -> null;
            };
            if (named != null && !token.equals("同編") && !named.equals(part)) {
                number = null;
            }
            part = named;
            if (named != null && token.length() > 2) {
                parts.add(named);
            }
        }

        private void number(String text, Matcher m) {
            boolean besidePart = partEnd >= 0 && PART_GAP.matcher(text.substring(partEnd, m.start())).matches();
            String item = m.group("item");
            boolean named = besidePart || m.group("chap") != null || m.group("block") != null || item != null;
            if (part == null) {
                return;
            }
            if (!named) {
                if (part.equals(rowPart) && GuidelineRef.chapterOf(m.group("num")).equals(rowChapter)) {
                    number = m.group("num");
                }
                return;
            }
            number = m.group("num");
            places.add(new NamedPlace(part, number, item == null ? null : Circled.valueOf(item.charAt(0))));
        }
    }
}
