package nl.permitholders.dashboard.municipality;

import static nl.permitholders.display.Table.Cell;
import static nl.permitholders.display.Table.Row;

import io.quarkus.qute.i18n.MessageBundles;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.permitholders.dashboard.Choice;
import nl.permitholders.dashboard.EndedMunicipality;
import nl.permitholders.dashboard.HalfYear;
import nl.permitholders.dashboard.Labels;
import nl.permitholders.dashboard.Pages;
import nl.permitholders.dashboard.api.ActionPlan;
import nl.permitholders.dashboard.api.DeadlineVerdicts;
import nl.permitholders.dashboard.api.Forecast;
import nl.permitholders.dashboard.api.Ladder;
import nl.permitholders.dashboard.api.LedgerLine;
import nl.permitholders.dashboard.api.MergedMunicipality;
import nl.permitholders.dashboard.api.MunicipalityFigures;
import nl.permitholders.dashboard.api.MunicipalityFigures.VerdictAtDeadline;
import nl.permitholders.dashboard.api.QuotaStatus;
import nl.permitholders.dashboard.api.RegimeHistory;
import nl.permitholders.dashboard.api.SentLetter;
import nl.permitholders.dashboard.api.Stage;
import nl.permitholders.dashboard.api.SupervisionRegime;
import nl.permitholders.dashboard.api.TemporaryPlacement;
import nl.permitholders.dashboard.api.Timeline;
import nl.permitholders.dashboard.api.Verdict;
import nl.permitholders.dashboard.api.WaitingCoupling;
import nl.permitholders.dashboard.province.OverviewPage;
import nl.permitholders.display.DutchFormat;
import nl.permitholders.display.Table;

/**
 * A municipality for a half-year, as its page shows it and its exports write it: the figures and the ledger they come
 * from, the couplings waiting, the housing pipeline, the letters the province sent, the action plan with its progress,
 * the verdicts at the deadlines (computed and the province's own), the ladder, the supervision regime the province
 * decided, and the backlog and placements over time. Every number is one supervision's API gives; nothing is computed
 * here but the grouping of waiting couplings by weeks waited. A municipality that has ended ({@code ended}, null while
 * it exists) says so at the top, its half-year choice ({@code periods}) lists its own half-years only, and it offers no
 * forms.
 */
public record MunicipalityPage(String code, String name, String provinceCode, HalfYear period, String periodText,
                               EndedMunicipality ended, List<Pages.PeriodChoice> periods, Verdict verdict,
                               String verdictBasis, Stage currentStage, String currentSince, Ladder.Advice advice,
                               Table figures, Table ledger, Table waiting, Table pipeline, String planTitle, Table measures,
                               Table progress, Table decisions, Table deadlines, Table months, String chartJson,
                               boolean mayDecide, List<Choice> stages, String today, String message, String error, RegimePanel regime,
                               Table provinceVerdicts, List<Choice> verdictDeadlines, List<Choice> verdictOptions,
                               boolean ownMunicipality, Table clock, Table letters, List<Choice> waitingCouplings,
                               List<Choice> temporaryPlacements, List<Choice> housing, Table merged, Table toBeDivided) {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    /**
     * The supervision regime the province decided: the decision in force (null before the first), every decision, and
     * the regimes the form offers.
     */
    public record RegimePanel(String current, String since, String reason, String decidedBy, Table decisions, List<Choice> choices) {
    }

    /** Marks what a late correction put up for review. */
    public static final String TO_REVIEW = "te herbeoordelen";

    /** How long couplings have waited, in weeks from the coupling date; after 12 they are overdue (R8). */
    static final List<String> WAITING_HEADERS = List.of("Huishoudtype", "0 tot 4 weken", "4 tot 8 weken", "8 tot 12 weken",
            "12 weken of langer (over termijn)", "Totaal");

    /** The weeks from the coupling date within which a municipality houses the household (R8). */
    static final int TERM_WEEKS = 12;

    /** The page's own address, without its half-year. */
    public String path() {
        return "/dashboard/gemeenten/" + code;
    }

    /** Every table of the page, in its order: what the exports write. */
    public List<Table> tables() {
        List<Table> all = new ArrayList<>(List.of(figures, ledger, clock, waiting, pipeline, letters));
        if (measures != null) {
            all.add(measures);
            all.add(progress);
        }
        all.addAll(List.of(provinceVerdicts, decisions, regime.decisions(), deadlines, months));
        if (!merged.rows().isEmpty()) {
            all.add(merged);
        }
        if (!toBeDivided.rows().isEmpty()) {
            all.add(toBeDivided);
        }
        return all;
    }

    public static Table figures(MunicipalityFigures f, Optional<Forecast> forecast) {
        Labels labels = MessageBundles.get(Labels.class);
        List<Row> rows = new ArrayList<>(List.of(
                line("Achterstand overgenomen uit het vorige halfjaar", f.carriedBacklog()),
                line(f.quotaStatus() == null ? "Taakstelling" : "Taakstelling (" + labels.quotaStatus(f.quotaStatus()) + ")", f.quota()),
                line("Uitruil met andere gemeenten", f.exchanges()),
                line("Taakstelling inclusief achterstand", f.adjustedQuota()),
                line("Gehuisvest", f.housed()),
                line("Nog te huisvesten", f.backlog()),
                line("Volgens schema gehuisvest op deze datum", f.expectedHoused()),
                line("Achter op schema", f.scheduleGap()),
                line("Gekoppeld, nog niet gehuisvest (personen)", f.coupledUnhousedPersons()),
                line("Koppelingen over termijn (12 weken)", f.overdueCouplings()),
                line("Personen in koppelingen over termijn", f.overdueCouplingPersons()),
                line("In tijdelijke huisvesting, nog zonder vervolghuisvesting (personen)", f.personsInTemporaryHousing()),
                line("Geplande plaatsen voor statushouders", f.plannedCapacity() == null ? 0 : f.plannedCapacity().places())));
        VerdictAtDeadline v = f.verdict();
        if (v != null) {
            if (v.coaEndPosition() != null) {
                rows.add(line("Achterstand op de deadline volgens het COA (overgenomen, beoordeeld)", v.backlog()));
                rows.add(line("Achterstand op de deadline volgens eigen berekening", v.ownBacklog()));
                rows.add(line("Verschil (COA min eigen berekening)", v.backlog() - v.ownBacklog()));
            } else if (v.difference() != null) {
                rows.add(line("Achterstand op de deadline (beoordeeld, vanaf een overgenomen stand van het COA)", v.backlog()));
                rows.add(line("Achterstand op de deadline volgens eigen berekening", v.ownBacklog()));
                rows.add(line("Verschil (beoordeeld min eigen berekening)", v.difference()));
            }
            rows.add(line("Nog te huisvesten op de COA-peildatum", v.stillToHouseAtReferenceDate()));
            rows.add(line("Gekoppeld, niet gehuisvest op de COA-peildatum", v.coupledUnhousedAtReferenceDate()));
            rows.add(line("waarvan na 12 weken elders gekoppeld (telt als tekort van de gemeente)", v.recoupledAfterTheClockAtReferenceDate()));
            rows.add(line("Koppelingstekort (verschoonbaar deel)", v.couplingDeficit()));
        }
        forecast.ifPresent(r -> rows.add(line(r.quotaStatus() == QuotaStatus.PROVISIONAL
                ? "Prognose achterstand einde halfjaar (huidig tempo, op voorlopige taakstelling)"
                : "Prognose achterstand einde halfjaar (huidig tempo)", r.backlog())));
        return Table.of("cijfers", "Cijfers " + HalfYear.parse("period", f.period()).dutch(), List.of("Cijfer", "Personen"), rows);
    }

    /**
     * What the verdict rests on, where that is COA's figure rather than the system's own arithmetic: said beside the
     * verdict, so that nobody reads it against the figures of the table alone; null otherwise.
     */
    static String verdictBasis(VerdictAtDeadline verdict) {
        if (verdict == null || verdict.difference() == null) {
            return null;
        }
        String own = "eigen berekening " + DutchFormat.number(verdict.ownBacklog()) + ", verschil " + DutchFormat.number(verdict.difference());
        return verdict.coaEndPosition() != null
                ? "beoordeeld op de overgenomen eindstand van het COA: achterstand " + DutchFormat.number(verdict.backlog()) + "; " + own
                : "beoordeeld vanaf een overgenomen stand van het COA: achterstand " + DutchFormat.number(verdict.backlog()) + "; " + own;
    }

    private static Row line(String label, int value) {
        return Row.of(List.of(Cell.text(label), Cell.number(value)));
    }

    public static Table ledger(List<LedgerLine> lines) {
        Labels labels = MessageBundles.get(Labels.class);
        List<Row> rows = lines.stream().map(l -> Row.of(List.of(
                Cell.text(kind(labels, l)),
                l.date() != null ? Cell.date(l.date()) : Cell.text(l.period() == null ? "" : HalfYear.parse("period", l.period()).dutch()),
                Cell.number(l.persons()),
                l.version() == null ? Cell.empty() : Cell.number(l.version()),
                Cell.text(l.kind() == LedgerLine.Kind.ANCHORED ? coaFigure(l) : l.reference())))).toList();
        return Table.of("opbouw", "Waar de cijfers uit bestaan", List.of("Soort", "Datum of halfjaar", "Personen", "Versie", "Kenmerk"), rows);
    }

    private static String kind(Labels labels, LedgerLine l) {
        if (l.kind() == null) {
            return l.eventType();
        }
        String kind = labels.entryKind(l.kind());
        return l.cancellationReason() != null ? kind + ": " + labels.cancellationReason(l.cancellationReason())
                : l.quotaStatus() != null ? kind + ": " + labels.quotaStatus(l.quotaStatus())
                : l.kind() == LedgerLine.Kind.ANCHORED ? anchored(kind, l)
                : l.reason() != null ? kind + " door " + l.decidedBy() + ": " + l.reason()
                : kind;
    }

    /**
     * An adoption of COA's figure: "stand van het COA overgenomen door X: reden" for COA's first figure, "herziening van
     * het COA overgenomen door X: reden" for its revision, with "te herbeoordelen" where a fact dated before the
     * deadline arrived after it.
     */
    private static String anchored(String kind, LedgerLine l) {
        String what = revision(l) ? "herziening van het COA overgenomen" : kind;
        return what + " door " + l.decidedBy() + ": " + l.reason() + (Boolean.TRUE.equals(l.toReview()) ? " — " + TO_REVIEW : "");
    }

    /** Which of COA's figures an adoption took, and from which reference date: "eerste cijfer van het COA, peildatum …". */
    private static String coaFigure(LedgerLine l) {
        return (revision(l) ? "herziening van het COA" : "eerste cijfer van het COA")
                + (l.publishedOn() == null ? "" : ", peildatum " + DutchFormat.date(l.publishedOn()));
    }

    private static boolean revision(LedgerLine l) {
        return LedgerLine.CARRIED_IN_ADOPTED.equals(l.eventType());
    }

    /**
     * Persons of waiting couplings by COA's household type and weeks waited. A row "type onbekend" appears only for
     * couplings projected before the type was kept.
     */
    public static Table waiting(List<WaitingCoupling> waiting) {
        Map<String, String> households = new LinkedHashMap<>();
        households.put("SINGLE", "Alleenstaande");
        households.put("FAMILY", "Gezin (meerpersoonshuishouden)");
        households.put(null, "Huishoudtype onbekend");
        Map<String, int[]> persons = new LinkedHashMap<>();
        households.keySet().forEach(type -> persons.put(type, new int[5]));
        for (WaitingCoupling w : waiting) {
            int[] row = persons.get(households.containsKey(w.householdType()) ? w.householdType() : null);
            int band = (int) Math.min(3, w.weeksWaiting() / 4);
            row[band] += w.unhousedPersons();
            row[4] += w.unhousedPersons();
        }
        List<Row> rows = new ArrayList<>();
        persons.forEach((type, counts) -> {
            if (type != null || counts[4] > 0) {
                List<Cell> cells = new ArrayList<>(List.of(Cell.text(households.get(type))));
                Arrays.stream(counts).forEach(n -> cells.add(Cell.number(n)));
                rows.add(Row.of(cells));
            }
        });
        List<Cell> total = new ArrayList<>(List.of(Cell.text("Totaal")));
        for (int band = 0; band < 5; band++) {
            int b = band;
            total.add(Cell.number(persons.values().stream().mapToInt(r -> r[b]).sum()));
        }
        return new Table("koppelingen", "Wachtende koppelingen: personen per huishoudtype en wachttijd", WAITING_HEADERS, rows,
                Row.of(total));
    }

    /**
     * Every waiting coupling on the 12-week clock (R8), the one whose term runs out first on top: its household type and
     * size, the persons still to house, the day the term ends and how many weeks are left; an overdue one says so in
     * words as well as in colour.
     */
    public static Table clock(List<WaitingCoupling> waiting, LocalDate today) {
        List<Row> rows = earliestFirst(waiting).stream().map(w -> {
            LocalDate due = w.housingDeadline() != null ? w.housingDeadline() : w.couplingDate().plusWeeks(TERM_WEEKS);
            int weeksLeft = (int) (TERM_WEEKS - w.weeksWaiting());
            boolean overdue = due.isBefore(today);
            String standing = overdue ? "over termijn" : weeksLeft <= 4 ? "loopt binnen 4 weken af" : "binnen termijn";
            return new Row(w.couplingId(), null, List.of(
                    Cell.text(shortId(w.couplingId())),
                    Cell.text(household(w.householdType())), Cell.number(w.persons()), Cell.number(w.unhousedPersons()),
                    Cell.date(w.couplingDate()), Cell.date(due),
                    new Cell(overdue ? 0 : Math.max(weeksLeft, 0), overdue ? "0" : DutchFormat.number(Math.max(weeksLeft, 0)), "getal"),
                    Cell.styled(standing, overdue ? "termijn-over" : weeksLeft <= 4 ? "termijn-bijna" : "")));
        }).toList();
        return Table.of("termijnen", "Wachtende koppelingen op de termijn van 12 weken, wie het eerst afloopt bovenaan",
                List.of("Koppeling", "Huishoudtype", "Personen", "Nog te huisvesten", "Gekoppeld op", "Termijn loopt af op",
                        "Weken over", "Stand"), rows);
    }

    /** The waiting couplings the placement form offers, the one running out first on top. */
    public static List<Choice> waitingChoices(List<WaitingCoupling> waiting) {
        return earliestFirst(waiting).stream()
                .map(w -> new Choice(w.couplingId(), shortId(w.couplingId()) + ": " + household(w.householdType()).toLowerCase()
                        + ", " + DutchFormat.number(w.persons()) + " personen, gekoppeld " + DutchFormat.date(w.couplingDate()) + ", nog "
                        + DutchFormat.number(w.unhousedPersons()) + " te huisvesten"))
                .toList();
    }

    private static List<WaitingCoupling> earliestFirst(List<WaitingCoupling> waiting) {
        return waiting.stream().sorted(Comparator.comparing(WaitingCoupling::couplingDate).thenComparing(WaitingCoupling::couplingId))
                .toList();
    }

    /** The placements in temporary housing the follow-up form offers, named as the API addresses them. */
    public static List<Choice> temporaryPlacements(List<TemporaryPlacement> placements) {
        return placements.stream().filter(p -> p.couplingId() != null && p.placementId() != null)
                .map(p -> new Choice(p.couplingId() + "/" + p.placementId(), "koppeling " + shortId(p.couplingId()) + ": "
                        + DutchFormat.number(p.persons()) + " personen, gehuisvest " + DutchFormat.date(p.housedOn())))
                .toList();
    }

    public static List<Choice> housingChoices() {
        return PlacementFormsResource.HOUSING.entrySet().stream().map(e -> new Choice(e.getKey(), e.getValue())).toList();
    }

    static String shortId(String id) {
        return id.length() > 8 ? id.substring(0, 8) : id;
    }

    static String household(String type) {
        return type == null ? "onbekend" : switch (type) {
            case "SINGLE" -> "Alleenstaande";
            case "FAMILY" -> "Gezin";
            default -> "onbekend";
        };
    }

    /**
     * R3, splits: per municipality split over this one and others, its open couplings COA has not yet divided (te
     * verdelen): shown to every receiver, counted in none of their figures.
     */
    public static Table toBeDivided(MunicipalityFigures f) {
        List<Row> rows = f.toBeDivided() == null ? List.of() : f.toBeDivided().stream().map(t -> new Row(t.municipalityCode(), null,
                List.of(Cell.text(t.splitName()), Cell.number(t.couplings()), Cell.number(t.persons()),
                        Cell.number(t.overdueCouplings()), Cell.number(t.personsInTemporaryHousing()),
                        Cell.number(t.plannedCapacityPlaces())))).toList();
        return Table.of("te-verdelen", "Te verdelen koppelingen na opsplitsing", OverviewPage.TO_BE_DIVIDED_HEADERS, rows);
    }

    /**
     * The municipalities merged into this one (R3): from when, the ladder stage and regime the province last decided for
     * them, and their own page, where their verdicts, plan and letters stay.
     */
    public static Table merged(List<MergedMunicipality> merged) {
        Labels labels = MessageBundles.get(Labels.class);
        List<Row> rows = merged.stream().map(m -> {
            HalfYear from = HalfYear.parse("effectivePeriod", m.effectivePeriod());
            return new Row(m.municipalityCode(), "/dashboard/gemeenten/" + m.municipalityCode() + "?periode=" + from.previous(), List.of(
                    Cell.text(m.displayName()),
                    Cell.text(from.dutch()),
                    Cell.text((m.ladderStage() == null ? "" : labels.stage(m.ladderStage()))
                            + (m.ladderStageSince() == null ? "" : " sinds " + DutchFormat.date(m.ladderStageSince()))),
                    Cell.text(m.regime() == null ? "geen besluit" : labels.regime(m.regime())
                            + (m.regimeSince() == null ? "" : " sinds " + DutchFormat.date(m.regimeSince()))),
                    Cell.number(size(m.ladderDecisions()) + size(m.regimeDecisions()))));
        }).toList();
        return Table.of("samengevoegd", "Samengevoegde gemeenten en de besluiten over hen",
                List.of("Gemeente", "Hoort bij deze gemeente vanaf", "Trede", "Toezichtregime", "Besluiten"), rows);
    }

    private static int size(List<?> list) {
        return list == null ? 0 : list.size();
    }

    /**
     * The province's judgement letters sent to the municipality, as they were sent (PDF), the latest first: a corrected
     * letter beside the one it replaces, and the latest about a deadline marked to review where the verdict or the
     * position it states is no longer what the figures give.
     */
    public static Table letters(String code, List<SentLetter> sent) {
        List<Row> rows = new ArrayList<>();
        for (SentLetter letter : sent) {
            String about = " over de peildatum " + DutchFormat.date(letter.deadline()) + " (PDF)";
            Optional<SentLetter> replacedBy = letter.replacedBy() == null ? Optional.empty() : sent.stream()
                    .filter(s -> s.deadline().equals(letter.deadline()) && s.number() == letter.replacedBy()).findFirst();
            String text = letter.replacedBy() != null
                    ? "Oordeelsbrief" + about + " — vervangen door de verbeterde brief"
                    + replacedBy.map(r -> " van " + DutchFormat.date(day(r))).orElse("")
                    : (letter.number() > 1 ? "Verbeterde oordeelsbrief" : "Oordeelsbrief") + about
                    + (Boolean.TRUE.equals(letter.toReview()) ? " — " + TO_REVIEW + ": het oordeel of de stand is sindsdien gewijzigd" : "");
            rows.add(new Row(letter.replacedBy() == null ? letter.deadline().toString() : letter.deadline() + "-" + letter.number(),
                    "/dashboard/gemeenten/" + code + "/verzonden-brieven/" + letter.deadline()
                            + (letter.replacedBy() == null ? "" : "?brief=" + letter.number()), List.of(
                    Cell.text(text), Cell.date(day(letter)), Cell.text(letter.sentBy()))));
        }
        return Table.of("brieven", "Brieven van de provincie", List.of("Brief", "Verzonden op", "Verzonden door"), rows);
    }

    private static LocalDate day(SentLetter letter) {
        return letter.sentAt().atZone(NETHERLANDS).toLocalDate();
    }

    public static Table pipeline(MunicipalityFigures f) {
        List<MunicipalityFigures.PlannedCapacity.Expected> expected = f.plannedCapacity() == null || f.plannedCapacity().perPeriod() == null
                ? List.of() : f.plannedCapacity().perPeriod();
        List<Row> rows = expected.stream().map(e -> Row.of(List.of(
                Cell.text(HalfYear.parse("period", e.period()).dutch()), Cell.number(e.places())))).toList();
        return Table.of("pijplijn", "Woningpijplijn: verwachte plaatsen voor statushouders", List.of("Halfjaar", "Plaatsen"), rows);
    }

    public static Table measures(ActionPlan plan) {
        Labels labels = MessageBundles.get(Labels.class);
        List<Row> rows = plan.measures().stream().map(m -> Row.of(List.of(
                Cell.text(m.title()), Cell.text(m.term() == null ? "" : labels.term(m.term())),
                Cell.text(m.status() == null ? "" : labels.measureStatus(m.status())),
                Cell.text(m.expectedHoused().stream().map(e -> DutchFormat.number(e.persons()) + " in "
                        + HalfYear.parse("period", e.period()).dutch()).collect(Collectors.joining(", ")))))).toList();
        return Table.of("maatregelen", "Maatregelen", List.of("Maatregel", "Termijn", "Status", "Verwacht gehuisvest"), rows);
    }

    public static Table progress(ActionPlan plan) {
        Labels labels = MessageBundles.get(Labels.class);
        List<Row> rows = plan.progress().periods().stream().map(p -> Row.of(List.of(
                Cell.text(HalfYear.parse("period", p.period()).dutch()), Cell.number(p.expected()), Cell.number(p.expectedToDate()),
                Cell.number(p.housed()), Cell.number(p.difference()),
                Cell.text(p.standing() == null ? "" : labels.standing(p.standing()))))).toList();
        return Table.of("voortgang", "Voortgang plan van aanpak",
                List.of("Halfjaar", "Verwacht", "Verwacht tot nu", "Gehuisvest", "Verschil", "Stand"), rows);
    }

    public static Table decisions(Ladder ladder) {
        Labels labels = MessageBundles.get(Labels.class);
        List<Row> rows = ladder.decisions().stream().map(d -> Row.of(List.of(
                Cell.date(d.decidedOn()),
                Cell.text((d.stage() == null ? "" : labels.stage(d.stage())) + (d.toReview() ? " (" + TO_REVIEW + ")" : "")),
                Cell.text(d.reason()), Cell.text(d.decidedBy())))).toList();
        return Table.of("besluiten", "Besluiten op de interventieladder", List.of("Besloten op", "Trede", "Reden", "Besloten door"), rows);
    }

    /**
     * Per deadline the ladder counts: the computed verdict (advice) and, where province staff recorded one, their
     * verdict in force with grounds, date and author, marked when a late correction put it up for review.
     */
    public static Table provinceVerdicts(List<DeadlineVerdicts> deadlines) {
        Labels labels = MessageBundles.get(Labels.class);
        List<Row> rows = deadlines.stream().map(d -> {
            Optional<DeadlineVerdicts.ProvinceVerdict> inForce = Optional.ofNullable(d.provinceVerdict());
            return Row.of(List.of(
                    Cell.date(d.deadline()),
                    Cell.text(d.computedVerdict() == null ? "" : labels.verdict(d.computedVerdict())),
                    Cell.text(inForce.map(v -> v.verdict() == null ? "" : labels.provinceVerdict(v.verdict())).orElse("")),
                    Cell.text(inForce.map(DeadlineVerdicts.ProvinceVerdict::grounds).orElse("")),
                    Cell.date(inForce.map(DeadlineVerdicts.ProvinceVerdict::decidedOn).orElse(null)),
                    Cell.text(inForce.map(DeadlineVerdicts.ProvinceVerdict::decidedBy).orElse("")),
                    Cell.text(d.toReview() ? TO_REVIEW : "")));
        }).toList();
        return Table.of("provincie-oordelen", "Oordelen per peildatum", List.of("Peildatum", "Berekend oordeel (advies)", "Oordeel provincie",
                "Gronden", "Besloten op", "Besloten door", "Herbeoordeling"), rows);
    }

    /** The deadlines the verdict form offers, the last first. */
    public static List<Choice> verdictDeadlines(List<DeadlineVerdicts> deadlines) {
        List<Choice> choices = new ArrayList<>(deadlines.stream()
                .map(d -> new Choice(d.deadline().toString(), DutchFormat.date(d.deadline()))).toList());
        Collections.reverse(choices);
        return choices;
    }

    public static List<Choice> verdictChoices() {
        Labels labels = MessageBundles.get(Labels.class);
        return Arrays.stream(Verdict.values()).map(v -> new Choice(v.name(), labels.provinceVerdict(v))).toList();
    }

    public static Table deadlines(Timeline timeline) {
        return OverviewPage.deadlines(timeline).withTitle("Achterstand per peildatum");
    }

    public static Table months(Timeline timeline) {
        List<Row> rows = timeline.months().stream().map(m -> Row.of(List.of(
                Cell.text(DutchFormat.month(m.month())), Cell.number(m.housed())))).toList();
        return Table.of("maanden", "Gehuisvest per maand", List.of("Maand", "Gehuisvest"), rows);
    }

    public static List<Choice> stageChoices() {
        Labels labels = MessageBundles.get(Labels.class);
        return Arrays.stream(Stage.values()).map(s -> new Choice(s.name(), labels.stage(s))).toList();
    }

    /** The regime in force today and the decisions taken by then, as supervision's getSupervisionRegime gives them. */
    public static RegimePanel regime(RegimeHistory history) {
        Labels labels = MessageBundles.get(Labels.class);
        List<Row> rows = history.decisions().stream().map(d -> Row.of(List.of(
                Cell.date(d.decidedOn()), Cell.text(d.regime() == null ? "" : labels.regime(d.regime())), Cell.text(d.reason()),
                Cell.text(d.decidedBy())))).toList();
        Table decisions = Table.of("regimebesluiten", "Besluiten toezichtregime",
                List.of("Besloten op", "Regime", "Reden", "Besloten door"), rows);
        List<Choice> choices = Arrays.stream(SupervisionRegime.values()).map(r -> new Choice(r.name(), labels.regime(r))).toList();
        Optional<RegimeHistory.Decision> current = Optional.ofNullable(history.current());
        return new RegimePanel(current.map(d -> d.regime() == null ? null : labels.regime(d.regime())).orElse(null),
                current.map(d -> DutchFormat.date(d.decidedOn())).orElse(null), current.map(RegimeHistory.Decision::reason).orElse(null),
                current.map(RegimeHistory.Decision::decidedBy).orElse(null), decisions, choices);
    }
}
