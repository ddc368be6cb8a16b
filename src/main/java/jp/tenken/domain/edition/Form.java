package jp.tenken.domain.edition;

import java.util.List;
import java.util.Optional;

/** One form of an edition (医療機関確認用, 薬局確認用, 事業者確認用): its title, label and sections of items. */
public record Form(FormKind kind, String title, String label, boolean labelVerified, List<Section> sections) {
    public Form {
        sections = List.copyOf(sections);
    }

    public List<Item> items() {
        return sections.stream().flatMap(s -> s.items().stream()).toList();
    }

    public Optional<Item> item(String key) {
        return items().stream().filter(i -> i.key().equals(key)).findFirst();
    }

    public Optional<Item> gate() {
        return items().stream().filter(Item::gate).findFirst();
    }

    public List<RowKey> rows() {
        return items().stream().flatMap(i -> i.rows().stream()).toList();
    }
}
