package nl.permitholders.housingstock;

/** The housing stock API's base path, with its major version (NL GOV API Design Rules). */
public final class HousingStockApi {

    public static final String BASE = "/housing-stock/v1";

    private HousingStockApi() {
    }
}
