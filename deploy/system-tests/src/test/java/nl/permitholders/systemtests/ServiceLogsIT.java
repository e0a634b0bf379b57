package nl.permitholders.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.util.List;
import nl.permitholders.infrastructure.SystemStack;
import nl.permitholders.infrastructure.SystemStack.Service;
import org.junit.jupiter.api.Test;

/**
 * A packaged service runs in the prod profile, as in a container, and logs one JSON object per line there, for a
 * cluster's log collector (docs/operations.md, "Logs").
 */
@SystemTestStack
class ServiceLogsIT {

    @Test
    void everyPackagedServiceLogsOneJsonObjectPerLine(SystemStack stack) throws Exception {
        for (Service service : Service.values()) {
            List<String> lines = Files.readAllLines(stack.process(service).logFile()).stream()
                    .filter(line -> !line.isBlank()).toList();
            assertThat(lines).as(service.module + "'s log").isNotEmpty();
            for (String line : lines) {
                assertThat(line).as(service.module + " log line").startsWith("{").endsWith("}");
                JsonPath record = JsonPath.from(line);
                assertThat(record.getString("level")).as(line).isNotBlank();
                assertThat(record.getString("loggerName")).as(line).isNotBlank();
                assertThat(record.getString("timestamp")).as(line).isNotBlank();
            }
            assertThat(lines).as(service.module + " logged its start")
                    .anyMatch(line -> {
                        String message = JsonPath.from(line).getString("message");
                        return message.startsWith(service.module + " ") && message.contains(" started in ");
                    });
        }
    }
}
