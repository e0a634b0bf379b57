package nl.permitholders.supervision.exchange;

/**
 * A party's figures for the agreement's half-year before it: the backlog it carries in (backlog transferred by
 * agreements registered earlier included), its quota, the exchanges registered earlier, and the adjusted quota they
 * make; and the province the register places it in (null when it places it in none).
 */
public record PartyPosition(String municipalityCode, String provinceCode, int carriedBacklog, int quota, int exchanges,
                            int adjustedQuota) {
}
