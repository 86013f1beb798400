package org.chaingraph.matchmaking;

/** The {@code ShortlistSubject} input: exactly one of the three ids. */
public record ShortlistSubject(String leaderUscc, String challengeId, String segmentId) {
}
