/**
 * Reads the regulatory data under {@code resources/catalog} (checklist editions, our guidance texts) with Jackson,
 * validates all of it on load, and turns it into domain objects. May use {@code domain} and Jackson only.
 */
package jp.tenken.catalog;
