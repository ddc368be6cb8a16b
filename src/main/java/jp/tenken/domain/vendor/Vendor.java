package jp.tenken.domain.vendor;

/**
 * A vendor (事業者) the facility works with as it stood in one fiscal year (or as it stands now): its name, the
 * systems it provides, and whether there is a contract in that year.
 */
public record Vendor(long id, String name, String systems, String contact, boolean contracted) {
}
