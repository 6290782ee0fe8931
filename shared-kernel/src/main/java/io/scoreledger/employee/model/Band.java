package io.scoreledger.employee.model;

/** The seeds' bands: green 80–100, yellow 60–79, orange 40–59, red 20–39, critical 0–19. */
public enum Band {
    CRITICAL("critical", 0, 19),
    RED("red", 20, 39),
    ORANGE("orange", 40, 59),
    YELLOW("yellow", 60, 79),
    GREEN("green", 80, 100);

    private final String wireName;
    private final int min;
    private final int max;

    Band(String wireName, int min, int max) {
        this.wireName = wireName;
        this.min = min;
        this.max = max;
    }

    public String wireName() {
        return wireName;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    public static Band of(int score) {
        for (Band band : values()) {
            if (score >= band.min && score <= band.max) {
                return band;
            }
        }
        throw new IllegalArgumentException("A score lies between 0 and 100, got " + score);
    }
}
