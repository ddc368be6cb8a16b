package jp.tenken.catalog;

import java.util.List;

/** The catalog data is malformed; lists every problem found, each naming the file and the item. */
public class CatalogException extends RuntimeException {
    private final List<String> problems;

    public CatalogException(List<String> problems) {
        super("カタログデータに誤りがあります:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
