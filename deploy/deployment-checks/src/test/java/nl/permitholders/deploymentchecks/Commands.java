package nl.permitholders.deploymentchecks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs an installed command-line tool, if there is one. */
final class Commands {

    record Result(int exitCode, String output) {
    }

    private Commands() {
    }

    /** The exit code and output (stdout and stderr) of the command, or null if it cannot be started. */
    static Result run(Path directory, List<String> command) {
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, "timed out: " + command);
            }
            return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** True if the command runs and exits with 0. */
    static boolean works(List<String> command) {
        Result result = run(Project.ROOT, command);
        return result != null && result.exitCode() == 0;
    }
}
