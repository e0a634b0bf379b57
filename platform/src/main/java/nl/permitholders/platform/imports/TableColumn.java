package nl.permitholders.platform.imports;

import java.util.Set;

/**
 * A column an import reads, implemented by an enum of the import's columns: the header it is named by in refusals, the
 * headers accepted for it (compared in lower case, spaces collapsed) and whether a file must have it.
 */
public interface TableColumn {

    /** The name refusals give it, e.g. {@code Gemeentecode}. */
    String header();

    /** Every header accepted for it, in lower case with single spaces. */
    Set<String> accepted();

    boolean required();
}
