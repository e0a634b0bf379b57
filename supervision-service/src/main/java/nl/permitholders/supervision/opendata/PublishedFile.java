package nl.permitholders.supervision.opendata;

/** One file of a version of the open data, as it was published. */
public record PublishedFile(PublishedVersion version, byte[] bytes) {
}
