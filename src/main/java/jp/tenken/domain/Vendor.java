package jp.tenken.domain;

/** A vendor (事業者) the facility works with, the systems it provides, and whether there is a contract. */
public record Vendor(long id, String name, String systems, String contact, boolean contracted) {
}
