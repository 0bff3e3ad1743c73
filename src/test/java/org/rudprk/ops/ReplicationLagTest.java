package org.rudprk.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * How the readiness check turns what a standby reports into a lag (the check itself runs against
 * a real standby in src/ops/topology/run.sh).
 */
class ReplicationLagTest {

    private static final long S = 1_000_000_000L;

    @Test
    void aCaughtUpStandbyLagsNothingHoweverIdleThePrimary() {
        ReplicationLagCheck check = new ReplicationLagCheck();
        assertEquals(0, check.lag(true, 3600.0, 0));
    }

    @Test
    void behindTheLagGrowsFromWhenItWasFirstSeenNotFromTheLastIdleCommit() {
        ReplicationLagCheck check = new ReplicationLagCheck();
        // An hour after the last commit, WAL arrives: not an hour late.
        assertEquals(0, check.lag(false, 3600.0, 10 * S));
        assertEquals(4, check.lag(false, 3604.0, 14 * S));
        // Replay reaches a commit made 1 s ago while still behind: the lag is that age.
        assertEquals(1, check.lag(false, 1.0, 20 * S));
        assertEquals(0, check.lag(true, 0.5, 21 * S));
        // Behind again later: counted afresh.
        assertEquals(2, check.lag(false, 50.0, 23 * S) + check.lag(false, 52.0, 25 * S));
    }

    @Test
    void withoutAnyReplayedTransactionTheTimeBehindCounts() {
        ReplicationLagCheck check = new ReplicationLagCheck();
        check.lag(false, null, 0);
        assertEquals(31, check.lag(false, null, 31 * S));
    }
}
