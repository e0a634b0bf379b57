package nl.permitholders.housingstock.unit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What an owner says about a unit and may correct; the owner and its own id for the unit never change. */
public record UnitDetails(OwnerType ownerType, String municipalityCode, String neighbourhoodCode, UnitType type,
                          int capacity, BigDecimal monthlyRent, LocalDate temporaryUntil) {

    /** The names of the values in which these details differ from {@code other}; empty when they are the same. */
    public List<String> differencesFrom(UnitDetails other) {
        List<String> different = new ArrayList<>();
        if (ownerType != other.ownerType) {
            different.add("ownerType");
        }
        if (!municipalityCode.equals(other.municipalityCode)) {
            different.add("municipalityCode");
        }
        if (!Objects.equals(neighbourhoodCode, other.neighbourhoodCode)) {
            different.add("neighbourhoodCode");
        }
        if (type != other.type) {
            different.add("type");
        }
        if (capacity != other.capacity) {
            different.add("capacity");
        }
        if (monthlyRent == null ? other.monthlyRent != null
                : other.monthlyRent == null || monthlyRent.compareTo(other.monthlyRent) != 0) {
            different.add("monthlyRent");
        }
        if (!Objects.equals(temporaryUntil, other.temporaryUntil)) {
            different.add("temporaryUntil");
        }
        return different;
    }
}
