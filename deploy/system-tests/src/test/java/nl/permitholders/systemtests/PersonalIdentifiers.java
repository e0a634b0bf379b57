package nl.permitholders.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * R9 (data minimisation): which property names could hold a personal identifier of a permit holder, found in every
 * schema of a JSON Schema or OpenAPI document, however deeply nested.
 */
final class PersonalIdentifiers {

    /** Names, BSN, V-number (vreemdelingennummer), birth date, address, contact details, documents and the like. */
    static final Pattern PERSONAL = Pattern.compile("(?i).*(bsn|burgerservice|vnumber|v_number|vnummer|vreemdelingen|"
            + "firstname|lastname|surname|givenname|fullname|familyname|maidenname|initials|birth|geboorte|"
            + "nationality|gender|email|phone|address|street|postcode|postalcode|zipcode|housenumber|"
            + "passport|documentnumber|permitnumber|iban).*");
    /** A property that holds a name; allowed only where it is the name of a municipality or province. */
    static final Pattern NAME = Pattern.compile("(?i)(.*name|naam|.*naam)");

    /** A property declared in the schema at {@code where} (a JSON pointer into the document). */
    record Property(String where, String name) {
        @Override
        public String toString() {
            return where + " " + name;
        }
    }

    private PersonalIdentifiers() {
    }

    /** Every property declared anywhere in the document: each object's "properties", recursively. */
    static List<Property> properties(JsonNode document) {
        List<Property> found = new ArrayList<>();
        collect(document, "", found);
        return found;
    }

    /** The properties that could hold a personal identifier, leaving out the names that {@code mayHoldAName} allows. */
    static List<Property> suspicious(JsonNode document, Map<String, List<String>> mayHoldAName) {
        return properties(document).stream()
                .filter(p -> PERSONAL.matcher(p.name()).matches() || NAME.matcher(p.name()).matches()
                        && !mayHoldAName.getOrDefault(p.where(), List.of()).contains(p.name()))
                .toList();
    }

    private static void collect(JsonNode node, String pointer, List<Property> found) {
        if (node.isObject()) {
            JsonNode properties = node.get("properties");
            if (properties != null && properties.isObject()) {
                properties.fieldNames().forEachRemaining(name -> found.add(new Property(pointer, name)));
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                collect(field.getValue(), pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1"), found);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, found);
            }
        }
    }
}
