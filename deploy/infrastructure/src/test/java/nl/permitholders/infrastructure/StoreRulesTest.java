package nl.permitholders.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.List;
import nl.permitholders.infrastructure.stores.Booking;
import nl.permitholders.infrastructure.stores.CleanedRoom;
import nl.permitholders.infrastructure.stores.Room;
import nl.permitholders.infrastructure.stores.RoomCounter;
import nl.permitholders.infrastructure.stores.RoomQueries;
import nl.permitholders.infrastructure.stores.RoomReport;
import nl.permitholders.infrastructure.stores.RoomSearch;
import nl.permitholders.infrastructure.stores.RoomStore;
import org.junit.jupiter.api.Test;

/** Where queries may be sent from, against fixtures that send them from the right and the wrong places. */
class StoreRulesTest {

    @Test
    void aStoreSendsEveryKindOfQueryAndAnEntityItsOwnPanacheQueries() {
        assertThat(violations(RoomStore.class, Room.class, RoomQueries.class)).isEmpty();
    }

    @Test
    void sqlOutsideAStoreFailsWhicheverClientSendsIt() {
        assertThat(violations(RoomCounter.class))
                .singleElement().asString().contains("Pool.query(").contains("sends SQL outside a *Store");
        assertThat(violations(RoomReport.class))
                .anySatisfy(line -> assertThat(line).contains("Connection.createStatement(").contains("sends SQL"))
                .anySatisfy(line -> assertThat(line).contains("Statement.executeQuery(").contains("sends SQL"));
    }

    @Test
    void aQueryThroughTheEntityManagerOrPanacheOutsideAStoreFailsAlsoAsAMethodReference() {
        assertThat(violations(RoomSearch.class))
                .anySatisfy(line -> assertThat(line).contains("EntityManager.createQuery(").contains("through a session"))
                .anySatisfy(line -> assertThat(line).contains("RoomSearch.taken()").contains("Room.list(")
                        .contains("sends a Panache query on Room"))
                .anySatisfy(line -> assertThat(line).contains("RoomSearch.finder()").contains("references method").contains(".find("))
                .hasSize(3);
    }

    @Test
    void anEntityMayNotQueryAnotherEntityNorHoldSql() {
        assertThat(violations(Booking.class)).singleElement().asString()
                .contains("Booking.freeRooms()").contains("Room.count(").contains("outside a *Store and its entity");
        assertThat(violations(CleanedRoom.class)).singleElement().asString()
                .contains(CleanedRoom.class.getName()).contains("@NamedNativeQuery");
    }

    private static List<String> violations(Class<?>... types) {
        return StoreRules.queriesLiveInStores.allowEmptyShould(true).evaluate(new ClassFileImporter().importClasses(types))
                .getFailureReport().getDetails();
    }
}
