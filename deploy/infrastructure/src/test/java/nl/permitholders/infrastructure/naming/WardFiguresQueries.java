package nl.permitholders.infrastructure.naming;

/** Named as an application service, but a plain calculation: no bean. */
public class WardFiguresQueries {

    public static int free(int beds, int taken) {
        return beds - taken;
    }
}
