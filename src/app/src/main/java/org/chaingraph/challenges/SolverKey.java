package org.chaingraph.challenges;

/** The key of {@code Challenge.suggestedSolvers}: the challenge and the size asked for. */
record SolverKey(String challengeId, int first) {
}
