package org.dbmigrate.internal.command;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The system clock in the default time zone, looked up when first asked for. Most commands take only
 * instants (history rows), and looking the zone up reads the JDK's time-zone rules: about 10 ms of a
 * short run, before the JIT has compiled anything.
 */
final class SystemZoneClock extends Clock {

    private volatile ZoneId zone;

    @Override
    public ZoneId getZone() {
        ZoneId known = zone;
        if (known == null) {
            known = ZoneId.systemDefault();
            zone = known;
        }
        return known;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return Clock.system(other);
    }

    @Override
    public Instant instant() {
        return Instant.now();
    }

    @Override
    public long millis() {
        return System.currentTimeMillis();
    }
}
