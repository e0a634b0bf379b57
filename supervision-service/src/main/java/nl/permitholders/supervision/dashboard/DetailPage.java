package nl.permitholders.supervision.dashboard;

import static nl.permitholders.display.Table.Cell;
import static nl.permitholders.display.Table.Row;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import io.quarkus.qute.i18n.MessageBundles;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.actionplan.ActionPlanView;
import nl.permitholders.supervision.figures.FiguresView;
import nl.permitholders.supervision.figures.VerdictView;
import nl.permitholders.supervision.figures.LedgerLine;
import nl.permitholders.supervision.ledger.Details;
import nl.permitholders.supervision.forecast.Forecast;
import nl.permitholders.supervision.ledger.EntryKind;
import nl.permitholders.supervision.ledger.LedgerEntry;
import nl.permitholders.supervision.ledger.QuotaStatus;
import nl.permitholders.supervision.ladder.AdviceView;
import nl.permitholders.supervision.ladder.LadderView;
import nl.permitholders.supervision.ladder.Stage;
import nl.permitholders.supervision.ledger.Couplings;
import nl.permitholders.supervision.regime.RegimeDecision;
import nl.permitholders.supervision.regime.RegimeHistory;
import nl.permitholders.supervision.regime.SupervisionRegime;
import nl.permitholders.supervision.round.LetterService;
import nl.permitholders.supervision.round.SentLetterMark;
import nl.permitholders.supervision.verdict.DeadlineJudge;
import nl.permitholders.supervision.timeline.TimelineView;
import nl.permitholders.supervision.verdict.ProvinceVerdict;
import nl.permitholders.supervision.ladder.ProvinceVerdictService;
import nl.permitholders.supervision.verdict.Verdict;
import nl.permitholders.display.Table;
import nl.permitholders.display.DutchFormat;

/**
 * A municipality for a half-year, as the detail page shows it and its exports write it: the figures and the ledger
 * they come from, the couplings waiting, the housing pipeline, the action plan with its progress, the verdicts at the
 * deadlines (computed and the province's own), the ladder, the supervision regime the province decided, and the
 * backlog and placements over time. Every number comes from the API's views; nothing is computed here but the
 * grouping of waiting couplings.
 */
public record DetailPage(String code, String name, String provinceCode, Period period, String periodText, Verdict verdict,
                         String verdictBasis, Stage currentStage, String currentSince, AdviceView advice,
                         Table figures, Table ledger, Table waiting, Table pipeline, String planTitle, Table measures,
                         Table progress, Table decisions, Table deadlines, Table months, String chartJson,
                         boolean mayDecide, List<Choice> stages, String today, String message, String error, RegimePanel regime,
                         Table provinceVerdicts, List<Choice> verdictDeadlines, List<Choice> verdictOptions,
                         boolean ownMunicipality, Table clock, Table letters, List<Choice> waitingCouplings,
                         List<Choice> temporaryPlacements, List<Choice> housing, Table merged, Table toBeDivided) {

    /** A value a form offers (a stage, a regime, a deadline, a verdict), with its Dutch label. */
    public record Choice(String value, String label) {
    }

    /**
     * The supervision regime the province decided: the decision in force (null before the first), every decision, and
     * the regimes the form offers.
     */
    public record RegimePanel(String current, String since, String reason, String decidedBy, Table decisions, List<Choice> choices) {
    }

    /** Marks a province's verdict that a late correction put up for review. */
    static final String TO_REVIEW = "te herbeoordelen";

    /** How long couplings have waited, in weeks from the coupling date; after 12 they are overdue (R8). */
    static final List<String> WAITING_HEADERS = List.of("Huishoudtype", "0 tot 4 weken", "4 tot 8 weken", "8 tot 12 weken",
            "12 weken of langer (over termijn)", "Totaal");

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

    public static Table figures(FiguresView f, Optional<Forecast.Result> forecast) {
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
                line("Geplande plaatsen voor statushouders", f.plannedCapacity().places())));
        if (f.verdict() != null) {
            if (f.verdict().coaEndPosition() != null) {
                rows.add(line("Achterstand op de deadline volgens het COA (overgenomen, beoordeeld)", f.verdict().backlog()));
                rows.add(line("Achterstand op de deadline volgens eigen berekening", f.verdict().ownBacklog()));
                rows.add(line("Verschil (COA min eigen berekening)", f.verdict().backlog() - f.verdict().ownBacklog()));
            } else if (f.verdict().difference() != null) {
                rows.add(line("Achterstand op de deadline (beoordeeld, vanaf een overgenomen stand van het COA)", f.verdict().backlog()));
                rows.add(line("Achterstand op de deadline volgens eigen berekening", f.verdict().ownBacklog()));
                rows.add(line("Verschil (beoordeeld min eigen berekening)", f.verdict().difference()));
            }
            rows.add(line("Nog te huisvesten op de COA-peildatum", f.verdict().stillToHouseAtReferenceDate()));
            rows.add(line("Gekoppeld, niet gehuisvest op de COA-peildatum", f.verdict().coupledUnhousedAtReferenceDate()));
            rows.add(line("waarvan na 12 weken elders gekoppeld (telt als tekort van de gemeente)", f.verdict().recoupledAfterTheClockAtReferenceDate()));
            rows.add(line("Koppelingstekort (verschoonbaar deel)", f.verdict().couplingDeficit()));
        }
        forecast.ifPresent(r -> rows.add(line(r.quotaStatus() == QuotaStatus.PROVISIONAL
                ? "Prognose achterstand einde halfjaar (huidig tempo, op voorlopige taakstelling)"
                : "Prognose achterstand einde halfjaar (huidig tempo)", r.backlog())));
        return Table.of("cijfers", "Cijfers " + Dashboard.dutchPeriod(f.period()), List.of("Cijfer", "Personen"), rows);
    }

    /**
     * What the verdict rests on, where that is COA's figure rather than the system's own arithmetic: said beside the
     * verdict, so that nobody reads it against the figures of the table alone; null otherwise.
     */
    static String verdictBasis(VerdictView verdict) {
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
                Cell.text(l.cancellationReason() != null ? labels.entryKind(l.kind()) + ": " + labels.cancellationReason(l.cancellationReason())
                        : l.quotaStatus() != null ? labels.entryKind(l.kind()) + ": " + labels.quotaStatus(l.quotaStatus())
                        : l.kind() == EntryKind.ANCHORED ? anchored(l)
                        : l.reason() != null ? labels.entryKind(l.kind()) + " door " + l.decidedBy() + ": " + l.reason()
                        : labels.entryKind(l.kind())),
                l.date() != null ? Cell.date(l.date()) : Cell.text(Dashboard.dutchPeriod(l.period())),
                Cell.number(l.persons()),
                l.version() == null ? Cell.empty() : Cell.number(l.version()),
                Cell.text(l.kind() == EntryKind.ANCHORED ? coaFigure(l) : l.reference())))).toList();
        return Table.of("opbouw", "Waar de cijfers uit bestaan", List.of("Soort", "Datum of halfjaar", "Personen", "Versie", "Kenmerk"), rows);
    }

    /**
     * An adoption of COA's figure: "stand van het COA overgenomen door X: reden" for COA's first figure, "herziening van
     * het COA overgenomen door X: reden" for its revision, with "te herbeoordelen" where a fact dated before the
     * deadline arrived after it.
     */
    private static String anchored(LedgerLine l) {
        Labels labels = MessageBundles.get(Labels.class);
        String what = revision(l) ? "herziening van het COA overgenomen" : labels.entryKind(l.kind());
        return what + " door " + l.decidedBy() + ": " + l.reason() + (Boolean.TRUE.equals(l.toReview()) ? " — " + TO_REVIEW : "");
    }

    /** Which of COA's figures an adoption took, and from which reference date: "eerste cijfer van het COA, peildatum …". */
    private static String coaFigure(LedgerLine l) {
        return (revision(l) ? "herziening van het COA" : "eerste cijfer van het COA")
                + (l.publishedOn() == null ? "" : ", peildatum " + DutchFormat.date(l.publishedOn()));
    }

    private static boolean revision(LedgerLine l) {
        return LedgerEntry.CARRIED_IN_TYPE.equals(l.eventType());
    }

    /**
     * Persons of waiting couplings by COA's household type and weeks waited. A row "type onbekend" appears only for
     * couplings projected before the type was kept, until the projection is rebuilt.
     */
    public static Table waiting(List<Couplings.Waiting> waiting) {
        Map<String, String> households = new LinkedHashMap<>();
        households.put("SINGLE", "Alleenstaande");
        households.put("FAMILY", "Gezin (meerpersoonshuishouden)");
        households.put(null, "Huishoudtype onbekend");
        Map<String, int[]> persons = new LinkedHashMap<>();
        households.keySet().forEach(type -> persons.put(type, new int[5]));
        for (Couplings.Waiting w : waiting) {
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

    /** The weeks from the coupling date within which a municipality houses the household (R8). */
    static final int TERM_WEEKS = 12;

    /**
     * Every waiting coupling on the 12-week clock (R8), the one whose term runs out first on top: its household type and
     * size, the persons still to house, the day the term ends and how many weeks are left; an overdue one says so in
     * words as well as in colour.
     */
    public static Table clock(List<Couplings.Waiting> waiting, LocalDate today) {
        List<Row> rows = waiting.stream()
                .sorted(java.util.Comparator.comparing(Couplings.Waiting::couplingDate).thenComparing(Couplings.Waiting::couplingId))
                .map(w -> {
                    LocalDate due = w.couplingDate().plusWeeks(TERM_WEEKS);
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
    public static List<Choice> waitingChoices(List<Couplings.Waiting> waiting) {
        return waiting.stream()
                .sorted(java.util.Comparator.comparing(Couplings.Waiting::couplingDate).thenComparing(Couplings.Waiting::couplingId))
                .map(w -> new Choice(w.couplingId(), shortId(w.couplingId()) + ": " + household(w.householdType()).toLowerCase()
                        + ", " + DutchFormat.number(w.persons()) + " personen, gekoppeld " + DutchFormat.date(w.couplingDate()) + ", nog "
                        + DutchFormat.number(w.unhousedPersons()) + " te huisvesten"))
                .toList();
    }

    /** The placements in temporary housing the follow-up form offers, named as the API addresses them. */
    public static List<Choice> temporaryPlacements(List<LedgerEntry> placements) {
        return placements.stream().filter(p -> couplingOf(p) != null && p.reference() != null)
                .map(p -> new Choice(couplingOf(p) + "/" + p.reference(), "koppeling " + shortId(couplingOf(p)) + ": "
                        + DutchFormat.number(p.persons()) + " personen, gehuisvest " + DutchFormat.date(p.effectiveDate())))
                .toList();
    }

    private static String couplingOf(LedgerEntry placement) {
        return placement.details() instanceof Details.Placement p ? p.couplingId() : null;
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
     * The municipalities merged into this one (R3): from when, the ladder stage and regime the province last decided for
     * them, and their own page, where their verdicts, plan and letters stay.
     */
    /** The headers of the couplings te verdelen after a split (R3), on the municipality page and the province overview. */
    static final List<String> TO_BE_DIVIDED_HEADERS = List.of("Opgesplitste gemeente", "Koppelingen te verdelen",
            "Personen nog niet gehuisvest", "Waarvan koppelingen over termijn", "Personen in tijdelijke huisvesting te verdelen",
            "Geplande plaatsen te verdelen");

    /**
     * R3, splits: per municipality split over this one and others, its open couplings COA has not yet divided (te
     * verdelen): shown to every receiver, counted in none of their figures.
     */
    public static Table toBeDivided(FiguresView f) {
        List<Row> rows = f.toBeDivided() == null ? List.of() : f.toBeDivided().stream().map(t -> new Row(t.municipalityCode(), null,
                List.of(Cell.text(splitName(t)), Cell.number(t.couplings()), Cell.number(t.persons()),
                        Cell.number(t.overdueCouplings()), Cell.number(t.personsInTemporaryHousing()),
                        Cell.number(t.plannedCapacityPlaces())))).toList();
        return Table.of("te-verdelen", "Te verdelen koppelingen na opsplitsing", TO_BE_DIVIDED_HEADERS, rows);
    }

    static String splitName(nl.permitholders.supervision.figures.ToBeDividedView t) {
        return (t.municipalityName() == null ? t.municipalityCode() : t.municipalityName()) + " (" + t.municipalityCode() + ")";
    }

    public static Table merged(List<nl.permitholders.supervision.merger.MergedMunicipalityView> merged) {
        Labels labels = MessageBundles.get(Labels.class);
        List<Row> rows = merged.stream().map(m -> new Row(m.municipalityCode(), "/dashboard/gemeenten/" + m.municipalityCode()
                + "?periode=" + Period.parse(m.effectivePeriod()).previous(), List.of(
                Cell.text((m.municipalityName() == null ? m.municipalityCode() : m.municipalityName()) + " (" + m.municipalityCode() + ")"),
                Cell.text(Dashboard.dutchPeriod(Period.parse(m.effectivePeriod()))),
                Cell.text(labels.stage(m.ladderStage()) + (m.ladderStageSince() == null ? "" : " sinds " + DutchFormat.date(m.ladderStageSince()))),
                Cell.text(m.regime() == null ? "geen besluit" : labels.regime(m.regime())
                        + (m.regimeSince() == null ? "" : " sinds " + DutchFormat.date(m.regimeSince()))),
                Cell.number(m.ladderDecisions().size() + m.regimeDecisions().size())))).toList();
        return Table.of("samengevoegd", "Samengevoegde gemeenten en de besluiten over hen",
                List.of("Gemeente", "Hoort bij deze gemeente vanaf", "Trede", "Toezichtregime", "Besluiten"), rows);
    }

    /**
     * The province's judgement letters sent to the municipality, as they were sent (PDF), the latest first: a corrected
     * letter beside the one it replaces, and the latest about a deadline marked to review where the verdict or the
     * position it states is no longer what the figures give ({@code judged}: the verdicts at the deadlines now).
     */
    public static Table letters(String code, List<LetterService.Sent> sent, List<DeadlineJudge.Judgement> judged) {
        Map<LocalDate, DeadlineJudge.Judgement> byDeadline = new HashMap<>();
        judged.forEach(j -> byDeadline.put(j.deadline(), j));
        // The latest letter about a deadline first: the ones before it are replaced by the correction after them.
        Map<LocalDate, LetterService.Sent> after = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (LetterService.Sent letter : sent) {
            LetterService.Sent replacedBy = after.put(letter.deadline(), letter);
            String about = " over de peildatum " + DutchFormat.date(letter.deadline()) + " (PDF)";
            String text = replacedBy != null
                    ? "Oordeelsbrief" + about + " — vervangen door de verbeterde brief van "
                    + DutchFormat.date(replacedBy.sentAt().atZone(java.time.ZoneId.of("Europe/Amsterdam")).toLocalDate())
                    : (letter.number() > 1 ? "Verbeterde oordeelsbrief" : "Oordeelsbrief") + about
                    + (Optional.ofNullable(byDeadline.get(letter.deadline()))
                    .filter(now -> SentLetterMark.toReview(letter.verdict(), letter.backlog(), now.verdict(), now.backlog()))
                    .isPresent() ? " — " + TO_REVIEW + ": het oordeel of de stand is sindsdien gewijzigd" : "");
            rows.add(new Row(replacedBy == null ? letter.deadline().toString() : letter.deadline() + "-" + letter.number(),
                    "/dashboard/gemeenten/" + code + "/verzonden-brieven/" + letter.deadline()
                            + (replacedBy == null ? "" : "?brief=" + letter.number()), List.of(
                    Cell.text(text),
                    Cell.date(letter.sentAt().atZone(java.time.ZoneId.of("Europe/Amsterdam")).toLocalDate()),
                    Cell.text(letter.sentBy()))));
        }
        return Table.of("brieven", "Brieven van de provincie", List.of("Brief", "Verzonden op", "Verzonden door"), rows);
    }

    public static Table pipeline(FiguresView f) {
        List<Row> rows = f.plannedCapacity().perPeriod().stream().map(e -> Row.of(List.of(
                Cell.text(Dashboard.dutchPeriod(e.period())), Cell.number(e.places())))).toList();
        return Table.of("pijplijn", "Woningpijplijn: verwachte plaatsen voor statushouders",
                List.of("Halfjaar", "Plaatsen"), rows);
    }

    public static Table measures(ActionPlanView plan) {
        Labels labels = MessageBundles.get(Labels.class);
        List<Row> rows = plan.measures().stream().map(m -> Row.of(List.of(
                Cell.text(m.title()), Cell.text(labels.term(m.term())), Cell.text(labels.measureStatus(m.status())),
                Cell.text(m.expectedHoused().stream().map(e -> DutchFormat.number(e.persons()) + " in " + Dashboard.dutchPeriod(e.period()))
                        .collect(Collectors.joining(", ")))))).toList();
        return Table.of("maatregelen", "Maatregelen", List.of("Maatregel", "Termijn", "Status", "Verwacht gehuisvest"), rows);
    }

    public static Table progress(ActionPlanView plan) {
        Labels labels = MessageBundles.get(Labels.class);
        List<Row> rows = plan.progress().periods().stream().map(p -> Row.of(List.of(
                Cell.text(Dashboard.dutchPeriod(p.period())), Cell.number(p.expected()), Cell.number(p.expectedToDate()),
                Cell.number(p.housed()), Cell.number(p.difference()), Cell.text(labels.standing(p.standing()))))).toList();
        return Table.of("voortgang", "Voortgang plan van aanpak",
                List.of("Halfjaar", "Verwacht", "Verwacht tot nu", "Gehuisvest", "Verschil", "Stand"), rows);
    }

    public static Table decisions(LadderView ladder) {
        Labels labels = MessageBundles.get(Labels.class);
        List<Row> rows = ladder.decisions().stream().map(d -> Row.of(List.of(
                Cell.date(d.decidedOn()), Cell.text(labels.stage(d.stage()) + (d.toReview() ? " (" + TO_REVIEW + ")" : "")),
                Cell.text(d.reason()),
                Cell.text(d.decidedBy())))).toList();
        return Table.of("besluiten", "Besluiten op de interventieladder", List.of("Besloten op", "Trede", "Reden", "Besloten door"), rows);
    }

    /**
     * Per deadline the ladder counts: the computed verdict (advice) and, where province staff recorded one, their
     * verdict in force with grounds, date and author, marked when a late correction put it up for review.
     */
    public static Table provinceVerdicts(List<ProvinceVerdictService.AtDeadline> deadlines) {
        Labels labels = MessageBundles.get(Labels.class);
        List<Row> rows = deadlines.stream().map(d -> Row.of(List.of(
                Cell.date(d.computed().date()),
                Cell.text(labels.verdict(d.computed().verdict())),
                Cell.text(d.inForce().map(v -> labels.provinceVerdict(v.verdict())).orElse("")),
                Cell.text(d.inForce().map(ProvinceVerdict::grounds).orElse("")),
                Cell.date(d.inForce().map(ProvinceVerdict::decidedOn).orElse(null)),
                Cell.text(d.inForce().map(ProvinceVerdict::decidedBy).orElse("")),
                Cell.text(d.toReview() ? TO_REVIEW : "")))).toList();
        return Table.of("provincie-oordelen", "Oordelen per peildatum", List.of("Peildatum", "Berekend oordeel (advies)", "Oordeel provincie",
                "Gronden", "Besloten op", "Besloten door", "Herbeoordeling"), rows);
    }

    /** The deadlines the verdict form offers, the last first. */
    public static List<Choice> verdictDeadlines(List<ProvinceVerdictService.AtDeadline> deadlines) {
        List<Choice> choices = new ArrayList<>(deadlines.stream()
                .map(d -> new Choice(d.computed().date().toString(), DutchFormat.date(d.computed().date()))).toList());
        Collections.reverse(choices);
        return choices;
    }

    public static List<Choice> verdictChoices() {
        Labels labels = MessageBundles.get(Labels.class);
        return Arrays.stream(Verdict.values()).map(v -> new Choice(v.name(), labels.provinceVerdict(v))).toList();
    }

    public static Table deadlines(TimelineView timeline) {
        return OverviewPage.deadlines(timeline).withTitle("Achterstand per peildatum");
    }

    public static Table months(TimelineView timeline) {
        List<Row> rows = timeline.months().stream().map(m -> Row.of(List.of(
                Cell.text(DutchFormat.month(m.month())), Cell.number(m.housed())))).toList();
        return Table.of("maanden", "Gehuisvest per maand", List.of("Maand", "Gehuisvest"), rows);
    }

    public static List<Choice> stageChoices() {
        Labels labels = MessageBundles.get(Labels.class);
        return Arrays.stream(Stage.values()).map(s -> new Choice(s.name(), labels.stage(s))).toList();
    }

    /** The regime in force on {@code today} and the decisions taken by then. */
    public static RegimePanel regime(RegimeHistory history, LocalDate today) {
        Labels labels = MessageBundles.get(Labels.class);
        List<Row> rows = history.takenBy(today).stream().map(d -> Row.of(List.of(
                Cell.date(d.decidedOn()), Cell.text(labels.regime(d.regime())), Cell.text(d.reason()),
                Cell.text(d.decidedBy())))).toList();
        Table decisions = Table.of("regimebesluiten", "Besluiten toezichtregime",
                List.of("Besloten op", "Regime", "Reden", "Besloten door"), rows);
        List<Choice> choices = Arrays.stream(SupervisionRegime.values()).map(r -> new Choice(r.name(), labels.regime(r))).toList();
        Optional<RegimeDecision> current = history.inForceOn(today);
        return new RegimePanel(current.map(d -> labels.regime(d.regime())).orElse(null),
                current.map(d -> DutchFormat.date(d.decidedOn())).orElse(null), current.map(RegimeDecision::reason).orElse(null),
                current.map(RegimeDecision::decidedBy).orElse(null), decisions, choices);
    }
}
