package nl.permitholders.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.permitholders.infrastructure.SystemStack;
import nl.permitholders.infrastructure.SystemStack.Service;

/**
 * The CPU time each part of the system used between two moments, from /proc (Linux), as shares of the whole machine:
 * on two shared cores, a throughput that stops growing is limited by whichever part takes the cores, and this says
 * which. Elsewhere than on Linux there is nothing to read, and {@link #sharesSince} is empty.
 */
final class CpuTime {

    /** The parts, in the order they are reported. */
    static final String HARNESS = "the harness (load generator, Kafka broker, floors)";
    static final String POSTGRES = "PostgreSQL";
    static final String REST = "the rest of the machine";
    static final String IDLE = "idle";

    /** Clock ticks used so far by each part, and by the machine in all (idle included). */
    record Snapshot(Map<String, Long> ticksByPart, long machineTicks, long idleTicks) {
    }

    private CpuTime() {
    }

    static Snapshot take(SystemStack stack) {
        Map<String, Long> parts = new LinkedHashMap<>();
        for (Service service : Service.values()) {
            parts.put(service.module, ownTicksOf(stack.process(service).pid()));
        }
        parts.put(POSTGRES, postgresTicks());
        // The harness's children are the services (each its own part), Keycloak and the tools tests start (a browser,
        // jcmd): a child's whole life would land in the harness's children's time when it ends, so its own only.
        parts.put(HARNESS, ownTicksOf(ProcessHandle.current().pid()));
        long[] machine = machineTicks();
        return new Snapshot(parts, machine[0], machine[1]);
    }

    /** Each part's share of the machine's CPU time since {@code before}, in percent of all cores; the rest and idle last. */
    static Map<String, Double> sharesSince(Snapshot before, Snapshot after) {
        Map<String, Double> shares = new LinkedHashMap<>();
        long elapsed = after.machineTicks() - before.machineTicks();
        if (elapsed <= 0) {
            return shares;
        }
        long parts = 0;
        for (Map.Entry<String, Long> part : after.ticksByPart().entrySet()) {
            long used = Math.max(0, part.getValue() - before.ticksByPart().getOrDefault(part.getKey(), 0L));
            parts += used;
            shares.put(part.getKey(), 100.0 * used / elapsed);
        }
        long idle = after.idleTicks() - before.idleTicks();
        shares.put(REST, Math.max(0, 100.0 * (elapsed - idle - parts) / elapsed));
        shares.put(IDLE, 100.0 * idle / elapsed);
        return shares;
    }

    /** user + system time of the process itself. */
    private static long ownTicksOf(long pid) {
        long[] fields = timesOf(pid);
        return fields[0] + fields[1];
    }

    /** user + system time of the process's children it has waited for. */
    private static long childrenTicksOf(long pid) {
        long[] fields = timesOf(pid);
        return fields[2] + fields[3];
    }

    /** utime, stime, cutime and cstime of the process (fields 14 to 17 of /proc/<pid>/stat), or noughts. */
    private static long[] timesOf(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // The command name (field 2) may hold spaces; the fields after it are space-separated: state is field 3.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new long[] {Long.parseLong(fields[11]), Long.parseLong(fields[12]), Long.parseLong(fields[13]),
                    Long.parseLong(fields[14])};
        } catch (IOException | RuntimeException e) {
            return new long[4];
        }
    }

    /**
     * Every PostgreSQL process's own time and that of the backends that have ended (the postmaster's children's time);
     * the benchmark's PostgreSQL is the only one on the machine. A backend that ends while the processes are read would
     * be missed (gone before its turn) yet land in the postmaster's children's time at the next reading, the whole of
     * its life in one interval; so the reading counts only if the children's time stayed the same through it.
     */
    private static long postgresTicks() {
        for (int attempt = 0; attempt < 20; attempt++) {
            List<Long> pids = postgresProcesses();
            long childrenBefore = endedBackendsTicks(pids);
            long own = pids.stream().mapToLong(CpuTime::ownTicksOf).sum();
            long childrenAfter = endedBackendsTicks(postgresProcesses());
            if (childrenAfter == childrenBefore) {
                return own + childrenAfter;
            }
        }
        throw new IllegalStateException("PostgreSQL's backends kept ending while their CPU time was read");
    }

    private static List<Long> postgresProcesses() {
        try (Stream<ProcessHandle> processes = ProcessHandle.allProcesses()) {
            return processes.map(ProcessHandle::pid).filter(CpuTime::isPostgres).toList();
        }
    }

    /** Summed over {@code pids}: only the postmaster has children. */
    private static long endedBackendsTicks(List<Long> pids) {
        return pids.stream().mapToLong(CpuTime::childrenTicksOf).sum();
    }

    private static boolean isPostgres(long pid) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(pid), "comm")).strip().equals("postgres");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** All the machine's ticks (idle included) and its idle ones (idle and waiting for I/O), from /proc/stat. */
    private static long[] machineTicks() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/stat"));
            String[] cpu = lines.get(0).trim().split("\\s+");
            long all = 0;
            // user nice system idle iowait irq softirq steal; guest time is already inside user.
            for (int i = 1; i <= 8 && i < cpu.length; i++) {
                all += Long.parseLong(cpu[i]);
            }
            return new long[] {all, Long.parseLong(cpu[4]) + Long.parseLong(cpu[5])};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }
}
