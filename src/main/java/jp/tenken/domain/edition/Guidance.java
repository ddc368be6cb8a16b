package jp.tenken.domain.edition;

/** Our plain-language help for one item: what it means, how a clinic checks it, what record to keep. */
public record Guidance(String meaning, String howToCheck, String recordToKeep) {
}
