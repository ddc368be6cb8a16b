/**
 * Reads the regulatory data under {@code resources/catalog} (checklist editions, our guidance texts, the guideline's
 * 遵守事項, MHLW's public-comment table) with Jackson, validates all of it on load, and turns it into domain objects.
 * May use {@code domain} and Jackson only.
 */
package jp.tenken.catalog;
