package nl.permitholders.infrastructure.clinic.bed;

/** A bed is assigned only while it is free. */
public final class AssignmentRule {

    private AssignmentRule() {
    }

    public static void require(boolean free) {
        if (!free) {
            throw new IllegalStateException("the bed is taken");
        }
    }
}
