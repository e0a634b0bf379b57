package nl.permitholders.infrastructure.writepath;

import java.util.UUID;

/** Written as the rules want: HTTP to a command, the result to HTTP. */
public class CommandResource {

    WardService wards = new WardService();

    public String close(UUID wardId) {
        return wards.close(new WardService.CloseWard(wardId)).status();
    }

    /** Reading a ward's fields and its plain methods is no write. */
    public String describe(Ward ward) {
        return ward.isClosed() ? "closed, " + ward.beds + " beds" : ward.status;
    }
}
