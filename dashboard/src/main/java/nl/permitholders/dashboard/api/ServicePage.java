package nl.permitholders.dashboard.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A page of one of the services' lists: its items (at most the page size asked) and how many there are in all. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ServicePage<T>(List<T> items, long totalItems) {
}
