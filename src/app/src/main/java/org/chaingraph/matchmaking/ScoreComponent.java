package org.chaingraph.matchmaking;

/** One factor of a supplier score: its value in [0, 1], its weight and why, in Chinese. */
public record ScoreComponent(String factor, double value, double weight, String explanation) {
}
