package nl.permitholders.housingstock.api;

/** The ids clients give their own things (units, vacancies, corporations): they end up in URLs and exports. */
public final class Ids {

    /** Only characters that need no escaping. */
    public static final String SAFE = "[A-Za-z0-9._:-]*";
    public static final String SAFE_MESSAGE = "may contain only letters, digits and . _ : -";
    public static final int MAX_LENGTH = 100;

    private Ids() {
    }

    public static boolean isSafe(String id) {
        return id != null && !id.isBlank() && id.length() <= MAX_LENGTH && id.matches(SAFE);
    }
}
