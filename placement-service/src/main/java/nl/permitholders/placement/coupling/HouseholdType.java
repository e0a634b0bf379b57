package nl.permitholders.placement.coupling;

public enum HouseholdType {
    SINGLE,
    FAMILY
}
