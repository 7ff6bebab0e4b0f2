package com.newsdesk.domain.site;

import java.util.List;

/**
 * What a sync did: comments pulled from the site (new here, or decided there), changes pushed to it, local changes
 * the site had overtaken (its decision stood), and changes still waiting for the site. {@code notes} say, a line
 * each, what stood where; {@code problem} is empty unless the sync stopped (the site away, a wrong password);
 * {@code passing} when trying again later may do (the site away or failing), not when someone must act (a refused
 * sign-in, an address that is not WordPress).
 */
public record SyncReport(long pulled, long pushed, long conflicts, long waiting, List<String> notes, String problem,
        boolean passing) {
    public SyncReport {
        notes = List.copyOf(notes);
    }

    public boolean stopped() {
        return !problem.isEmpty();
    }
}
