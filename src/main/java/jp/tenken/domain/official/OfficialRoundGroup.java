package jp.tenken.domain.official;

import jp.tenken.domain.year.Round;

/** The columns under a 1回目 or 2回目 header (0-based, inclusive). */
public record OfficialRoundGroup(Round round, int firstColumn, int lastColumn) {
}
