package nl.permitholders.quota.csv;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.api.InvalidParam;
import nl.permitholders.platform.codes.Codes;

/**
 * The rows of an import that were refused, each with its line and reason. An import with any refused row stores
 * nothing: the whole file is one transaction, so a corrected file can simply be sent again.
 */
public final class ImportRefusals {

    private final List<InvalidParam> refused = new ArrayList<>();
    private final Set<String> codes = new HashSet<>();

    /**
     * The row's municipality code (its first field) when it is one and no earlier row of the file has it; otherwise
     * the row is refused saying why, and the answer is null.
     */
    public String municipalityCode(CsvFile.Row row) {
        String code = row.field(0);
        if (!code.matches(Codes.MUNICIPALITY)) {
            refuse(row, "code '" + code + "' " + Codes.MUNICIPALITY_MESSAGE);
            return null;
        }
        if (!codes.add(code)) {
            refuse(row, code + " appears more than once in the file");
            return null;
        }
        return code;
    }

    public void refuse(CsvFile.Row row, String reason) {
        refused.add(new InvalidParam("line " + row.line(), reason));
    }

    public void throwIfAny() {
        if (!refused.isEmpty()) {
            throw new InvalidInputException(refused);
        }
    }
}
