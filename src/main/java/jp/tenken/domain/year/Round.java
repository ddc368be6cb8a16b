package jp.tenken.domain.year;

/** The form asks for a first check (1回目) and a follow-up check (2回目). */
public enum Round {
    FIRST(1, "1回目"),
    SECOND(2, "2回目");

    private final int number;
    private final String label;

    Round(int number, String label) {
        this.number = number;
        this.label = label;
    }

    public int number() {
        return number;
    }

    public String label() {
        return label;
    }

    public static Round of(int number) {
        return switch (number) {
            case 1 -> FIRST;
            case 2 -> SECOND;
            default -> throw new IllegalArgumentException("round " + number);
        };
    }
}
