package nl.permitholders.localstack;

import java.time.LocalDate;

/** A half-year, as the services name it (2024-H1); the launcher does without the services' own classes. */
record HalfYear(int year, int half) {

    /** The demo's first half-year: its figures start on 1 January 2024. */
    static final HalfYear FIRST = new HalfYear(2024, 1);

    static HalfYear containing(LocalDate date) {
        return new HalfYear(date.getYear(), date.getMonthValue() <= 6 ? 1 : 2);
    }

    LocalDate firstDay() {
        return LocalDate.of(year, half == 1 ? 1 : 7, 1);
    }

    LocalDate lastDay() {
        return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }

    HalfYear next() {
        return half == 1 ? new HalfYear(year, 2) : new HalfYear(year + 1, 1);
    }

    boolean isBefore(HalfYear other) {
        return year < other.year || (year == other.year && half < other.half);
    }

    @Override
    public String toString() {
        return year + "-H" + half;
    }
}
