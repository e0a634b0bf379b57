package nl.permitholders.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.permitholders.dashboard.api.Lifespan;
import nl.permitholders.display.DutchFormat;

/**
 * What a municipality that has ended became (R3), in the Dutch its pages say it in: the date, merged into or split over
 * its successors, each a link to its page of the half-year the municipality ended in, and its own half-years.
 *
 * @param name       the municipality's name (its code where supervision knows none)
 * @param on         the day it no longer existed: "1 januari 2021"
 * @param became     "samengevoegd met" or "gesplitst over"
 * @param successors in supervision's order (the split's), each with the words that follow it in a sentence
 * @param effectivePeriod the half-year it ended in: wholly its successors'
 * @param firstPeriod its first half-year with figures; null when none
 * @param lastPeriod  its last own half-year; null when none
 */
public record EndedMunicipality(String name, String on, String became, List<SuccessorLink> successors,
                                HalfYear effectivePeriod, HalfYear firstPeriod,
                                HalfYear lastPeriod) {

    private static final Pattern MUNICIPALITY = Pattern.compile("GM\\d{4}");

    /** A successor's page of the half-year the municipality ended in; {@code after}: ", ", " en " or "". */
    public record SuccessorLink(String href, String name, String after) {
    }

    /** What the lifespan says the municipality became; empty while it exists (or when supervision could not say). */
    public static Optional<EndedMunicipality> of(Lifespan lifespan) {
        if (lifespan == null || lifespan.exists() || lifespan.ended() == null) {
            return Optional.empty();
        }
        Lifespan.Ended ended = lifespan.ended();
        List<Lifespan.Successor> named = ended.successors() == null ? List.of() : ended.successors().stream()
                .filter(s -> s.municipalityCode() != null && MUNICIPALITY.matcher(s.municipalityCode()).matches()).toList();
        HalfYear period = ended.effectivePeriod() == null ? HalfYear.containing(ended.on()) : HalfYear.parse("period", ended.effectivePeriod());
        List<SuccessorLink> links = new ArrayList<>();
        for (int i = 0; i < named.size(); i++) {
            Lifespan.Successor s = named.get(i);
            String after = i == named.size() - 1 ? "" : i == named.size() - 2 ? " en " : ", ";
            links.add(new SuccessorLink("/dashboard/gemeenten/" + s.municipalityCode() + "?periode=" + period,
                    s.name() == null ? s.municipalityCode() : s.name(), after));
        }
        return Optional.of(new EndedMunicipality(lifespan.name() == null ? lifespan.municipalityCode() : lifespan.name(),
                DutchFormat.date(ended.on()), ended.became() == Lifespan.Became.SPLIT_OVER ? "gesplitst over" : "samengevoegd met",
                List.copyOf(links), period, halfYear(lifespan.firstPeriod()), halfYear(lifespan.lastPeriod())));
    }

    private static HalfYear halfYear(String period) {
        return period == null ? null : HalfYear.parse("period", period);
    }

    /** "Boxtel, Oisterwijk, Tilburg en Vught". */
    public String successorNames() {
        StringBuilder names = new StringBuilder();
        successors.forEach(s -> names.append(s.name()).append(s.after()));
        return names.toString();
    }

    /** "Haaren is op 1 januari 2021 gesplitst over Boxtel, Oisterwijk, Tilburg en Vught." */
    public String sentence() {
        return name + " is op " + on + " " + became + " " + successorNames() + ".";
    }

    /** "van het 1e halfjaar 2019 tot en met het 2e halfjaar 2020"; empty when it had none. */
    public String ownPeriods() {
        if (lastPeriod == null) {
            return "";
        }
        return firstPeriod == null || firstPeriod.equals(lastPeriod) ? "het " + lastPeriod.dutch()
                : "van het " + firstPeriod.dutch() + " tot en met het " + lastPeriod.dutch();
    }

    /** Its own half-years, the last first, as a page's half-year choice lists them. */
    public List<Pages.PeriodChoice> periodChoices(HalfYear selected) {
        List<Pages.PeriodChoice> choices = new ArrayList<>();
        if (lastPeriod != null) {
            for (HalfYear p = lastPeriod; firstPeriod == null ? p.equals(lastPeriod) : !p.isBefore(firstPeriod); p = p.previous()) {
                choices.add(new Pages.PeriodChoice(p.toString(), p.dutch(), p.equals(selected)));
            }
        }
        return choices;
    }
}
