package nl.permitholders.dashboard.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** supervision's getForecast: the backlog a municipality is heading for at the end of a half-year, and on which quotas. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Forecast(String until, int backlog, QuotaStatus quotaStatus) {
}
