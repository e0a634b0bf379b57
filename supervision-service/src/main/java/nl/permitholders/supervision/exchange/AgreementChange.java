package nl.permitholders.supervision.exchange;

/**
 * One party's part in an exchange agreement: persons of quota it takes over ({@code delta} positive) or hands over
 * (negative), and persons of the backlog it carries into the half-year that it takes over ({@code backlogTransfer}
 * positive) or hands over (negative).
 */
public record AgreementChange(String municipalityCode, int delta, int backlogTransfer) {
}
