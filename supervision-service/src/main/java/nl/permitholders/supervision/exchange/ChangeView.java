package nl.permitholders.supervision.exchange;

public record ChangeView(String municipalityCode, int delta, int backlogTransfer) {
}
