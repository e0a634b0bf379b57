package nl.permitholders.infrastructure.writepath;

import java.util.UUID;

/** The shape of {@code PlacementResource.place} before #57: its step, handed to the service, locks and changes. */
public class StepResource {

    WardService wards = new WardService();

    public String place(UUID wardId, UUID otherWardId) {
        return wards.onWard(wardId, ward -> {
            Ward other = Ward.get(otherWardId);
            other.settle();
            ward.beds = ward.beds - 1;
            return ward.status;
        });
    }
}
