package nl.permitholders.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * R9 for partners: an event's data leaves the system with codes and ids only. Events carry no free text today, but
 * records published before R9 was held to keep the texts they carried (reasons, titles); such a text, wherever it
 * sits in the data, is left out of what a receiver gets. A field of these names that holds a code (an enum constant such
 * as {@code WITHDRAWN}) is kept.
 */
public final class PersonalDataRule {

    /** The fields older records carried free text in. */
    static final Set<String> FREE_TEXT_FIELDS = Set.of("reason", "title", "explanation", "description", "note", "remarks", "comment");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    private PersonalDataRule() {
    }

    /** {@code data} without free text: changed in place and returned. */
    public static JsonNode withoutFreeText(JsonNode data) {
        if (data instanceof ObjectNode object) {
            List<String> dropped = new ArrayList<>();
            object.fields().forEachRemaining(field -> {
                if (FREE_TEXT_FIELDS.contains(field.getKey()) && field.getValue().isTextual()
                        && !CODE.matcher(field.getValue().textValue()).matches()) {
                    dropped.add(field.getKey());
                } else {
                    withoutFreeText(field.getValue());
                }
            });
            object.remove(dropped);
        } else if (data != null && data.isArray()) {
            data.forEach(PersonalDataRule::withoutFreeText);
        }
        return data;
    }
}
