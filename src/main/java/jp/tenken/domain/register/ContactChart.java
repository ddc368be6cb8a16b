package jp.tenken.domain.register;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import jp.tenken.domain.FiscalYear;

/**
 * A fiscal year's 連絡体制図: the people inside the clinic from the top (管理者) down, the vendors' contacts, and the
 * outside bodies the clinic reports to. Who calls whom follows from the order: the one who notices (the last
 * inside) calls up the chain to the 管理者; the second inside (the 医療情報システム安全管理責任者 by default) calls
 * the vendors; the 管理者 calls the outside bodies.
 */
public record ContactChart(FiscalYear year, List<Contact> internal, List<Contact> vendors, List<Contact> external) {

    /** The roles inside a clinic the guideline names, top first. */
    public static final List<String> INTERNAL_ROLES = List.of("管理者", "医療情報システム安全管理責任者", "企画管理者",
            "現場の担当（発見者）");
    /** The outside bodies a clinic fills in; their numbers are the clinic's to enter, never ours. */
    public static final List<String> EXTERNAL_ROLES = List.of("厚生労働省の相談窓口", "都道府県警察のサイバー犯罪相談窓口",
            "保健所", "加入する保険会社");

    /** One call: its number in order, who calls, and whom. */
    public record Call(int order, Contact from, Contact to) {
    }

    public ContactChart {
        Comparator<Contact> byPosition = Comparator.comparingInt(Contact::position);
        internal = internal.stream().sorted(byPosition).toList();
        vendors = List.copyOf(vendors);
        external = external.stream().sorted(byPosition).toList();
    }

    /** The chart a year starts from when it has nothing and no earlier year has one: the roles, all 未記入. */
    public static ContactChart template(FiscalYear year, List<Contact> vendors) {
        List<Contact> in = new ArrayList<>();
        for (int i = 0; i < INTERNAL_ROLES.size(); i++) {
            in.add(Contact.role(year, ContactGroup.INTERNAL, i, INTERNAL_ROLES.get(i)));
        }
        List<Contact> out = new ArrayList<>();
        for (int i = 0; i < EXTERNAL_ROLES.size(); i++) {
            out.add(Contact.role(year, ContactGroup.EXTERNAL, i, EXTERNAL_ROLES.get(i)));
        }
        return new ContactChart(year, in, vendors, out);
    }

    /** Whether nothing the clinic itself enters is filled in (vendors come from the vendors list). */
    public boolean empty() {
        return internal.stream().allMatch(Contact::blank) && external.stream().allMatch(Contact::blank);
    }

    /** Every call in order: up the chain inside, then to each vendor, then to each outside body. */
    public List<Call> calls() {
        List<Call> out = new ArrayList<>();
        for (int i = internal.size() - 1; i > 0; i--) {
            out.add(new Call(out.size() + 1, internal.get(i), internal.get(i - 1)));
        }
        if (!internal.isEmpty()) {
            Contact toVendors = internal.get(Math.min(1, internal.size() - 1));
            for (Contact v : vendors) {
                out.add(new Call(out.size() + 1, toVendors, v));
            }
            for (Contact e : external) {
                out.add(new Call(out.size() + 1, internal.get(0), e));
            }
        }
        return out;
    }
}
