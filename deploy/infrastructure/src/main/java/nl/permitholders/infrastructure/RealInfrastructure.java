package nl.permitholders.infrastructure;

/**
 * The PostgreSQL server and Kafka broker shared by every test in one JVM: started on first use, stopped when the
 * JVM exits. Each service gets its own database on the shared server.
 */
public final class RealInfrastructure {

    private static LocalPostgres postgres;
    private static LocalKafka kafka;

    private RealInfrastructure() {
    }

    private static DevelopmentIssuer issuer;

    public static synchronized LocalPostgres postgres() {
        if (postgres == null) {
            postgres = LocalPostgres.start(0, null);
            Runtime.getRuntime().addShutdownHook(new Thread(postgres::close, "stop-postgres"));
        }
        return postgres;
    }

    public static synchronized LocalKafka kafka() {
        if (kafka == null) {
            kafka = LocalKafka.start(0, null);
            Runtime.getRuntime().addShutdownHook(new Thread(kafka::close, "stop-kafka"));
        }
        return kafka;
    }

    /** One issuer per test JVM: the services started in it trust its tokens. */
    public static synchronized DevelopmentIssuer issuer() {
        if (issuer == null) {
            issuer = DevelopmentIssuer.generate();
        }
        return issuer;
    }
}
