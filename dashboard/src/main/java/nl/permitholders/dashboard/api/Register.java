package nl.permitholders.dashboard.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** quota-service's register of provinces and municipalities, as the pages name them. */
public final class Register {

    private Register() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Municipality(String code, String name, String provinceCode) {

        public String displayName() {
            return name == null ? code : name;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Province(String code, String name) {

        public String displayName() {
            return name == null ? code : name;
        }
    }
}
