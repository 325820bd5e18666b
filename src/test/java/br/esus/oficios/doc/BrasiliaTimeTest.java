package br.esus.oficios.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class BrasiliaTimeTest {

    @Test
    void theZoneIsInTheRuntimesDatabaseAndNotTheFallbackToGmt() {
        // TimeZone.getTimeZone gives GMT, silently, for a name it does not know.
        assertEquals(BrasiliaTime.ZONE_ID, TimeZone.getTimeZone(BrasiliaTime.ZONE_ID).getID());
        assertEquals(BrasiliaTime.ZONE_ID, DocMeta.ZONE.getId());
    }

    @Test
    void todayIsTheDateOfJavaTimeInBrasilia() {
        LocalDate before;
        LocalDate today;
        LocalDate after;
        do {
            before = LocalDate.now(DocMeta.ZONE);
            today = BrasiliaTime.today();
            after = LocalDate.now(DocMeta.ZONE);
        } while (!before.equals(after));
        assertEquals(before, today);
    }
}
