package nl.permitholders.infrastructure.writepath;

import java.util.UUID;
import java.util.function.Function;

/** An application service for the fixtures: it takes a command, or (the shape the rules forbid) a step on the ward. */
public class WardService {

    public record CloseWard(UUID wardId) {
    }

    public record WardView(UUID id, String status) {
    }

    public WardView close(CloseWard command) {
        Ward ward = Ward.get(command.wardId());
        ward.settle();
        return new WardView(ward.id, ward.status);
    }

    public <T> T onWard(UUID wardId, Function<Ward, T> step) {
        return step.apply(Ward.get(wardId));
    }
}
