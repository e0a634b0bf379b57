package nl.permitholders.platform.events;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which event types a consumer knows, and what it does with one it does not: an event of a type it does not know may
 * come from a producer upgraded before it, and is then kept aside until it is known, not dead-lettered as poison.
 * <p>
 * A type is named {@code nl.permitholders.<service>.<name>.v<version>}; a new version of an event is a new type.
 * Two kinds of consumer:
 * <ul>
 * <li>{@link #everyType} — every event of the services concerns it (supervision's projection): a well-named type it does
 *     not know is not known yet; a type not named so is poison.</li>
 * <li>{@link #only} — it applies a few types and ignores the rest as not its business (placement, housing-stock): only
 *     a higher version of a type it applies is not known yet; any other type it does not know is ignored.</li>
 * </ul>
 */
public final class EventTypes {

    private static final Pattern NAMED = Pattern.compile("(nl\\.permitholders\\.[a-z0-9-]+\\.[a-z0-9-]+)\\.v([1-9][0-9]{0,8})");

    /** What a consumer does with an event of a type. */
    public enum Handling {
        /** It knows the type. */
        KNOWN,
        /** Not its business: acknowledged, nothing changes. */
        IGNORED,
        /** A newer producer's: kept aside until a consumer that knows it applies it. */
        NOT_KNOWN_YET,
        /** Not a type of this system: poison, for the dead-letter topic. */
        UNREADABLE
    }

    private final Set<String> known;
    private final boolean everyTypeConcernsIt;
    /** Per event name (the type without its version), the highest version known. */
    private final Map<String, Integer> highestKnown = new HashMap<>();

    private EventTypes(Set<String> known, boolean everyTypeConcernsIt) {
        this.known = Set.copyOf(known);
        this.everyTypeConcernsIt = everyTypeConcernsIt;
        for (String type : this.known) {
            Matcher named = NAMED.matcher(type);
            if (named.matches()) {
                highestKnown.merge(named.group(1), Integer.parseInt(named.group(2)), Math::max);
            }
        }
    }

    /** A consumer that every event of the services concerns, knowing {@code known}. */
    public static EventTypes everyType(Set<String> known) {
        return new EventTypes(known, true);
    }

    /** A consumer that applies {@code applied} and ignores every other type but newer versions of these. */
    public static EventTypes only(String... applied) {
        return new EventTypes(Set.of(applied), false);
    }

    public Handling of(String type) {
        if (known.contains(type)) {
            return Handling.KNOWN;
        }
        Matcher named = NAMED.matcher(type);
        if (!named.matches()) {
            return everyTypeConcernsIt ? Handling.UNREADABLE : Handling.IGNORED;
        }
        if (everyTypeConcernsIt) {
            return Handling.NOT_KNOWN_YET;
        }
        Integer highest = highestKnown.get(named.group(1));
        return highest != null && Integer.parseInt(named.group(2)) > highest ? Handling.NOT_KNOWN_YET : Handling.IGNORED;
    }

    /**
     * For an event of a type the consumer does not apply: nothing when it is not the consumer's business; fails with
     * {@link EventNotKnownYetException} when it may be, from a newer producer, or {@link UnreadableEventException} when
     * it is no type of this system.
     */
    public void unknown(IncomingEvent event) {
        switch (of(event.type())) {
            case NOT_KNOWN_YET -> throw event.notKnownYet();
            case UNREADABLE -> throw event.unknownType();
            default -> {
                // not its business
            }
        }
    }
}
