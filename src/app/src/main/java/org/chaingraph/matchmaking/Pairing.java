package org.chaingraph.matchmaking;

import java.util.List;

import org.chaingraph.enterprises.Enterprise;

/** A demander and a supplier to seat together at an event, with the supplier's score for that demander. */
public record Pairing(Enterprise demand, Enterprise supplier, double score, List<ScoreComponent> components) {

    public static Pairing of(Enterprise demand, SupplierMatch match) {
        return new Pairing(demand, match.enterprise(), match.score(), match.components());
    }
}
