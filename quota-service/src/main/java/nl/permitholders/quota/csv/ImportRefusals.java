package nl.permitholders.quota.csv;

import java.util.ArrayList;
import java.util.List;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.api.InvalidParam;

/**
 * The rows of an import that were refused, each with its line and reason. An import with any refused row stores
 * nothing: the whole file is one transaction, so a corrected file can simply be sent again.
 */
public final class ImportRefusals {

    private final List<InvalidParam> refused = new ArrayList<>();

    public void refuse(CsvFile.Row row, String reason) {
        refused.add(new InvalidParam("line " + row.line(), reason));
    }

    public void throwIfAny() {
        if (!refused.isEmpty()) {
            throw new InvalidInputException(refused);
        }
    }
}
