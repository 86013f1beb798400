package org.chaingraph.matchmaking;

/** What a shortlist is for: a chain leader's upstream needs, a challenge, or a segment. */
public enum SubjectKind { LEADER, CHALLENGE, SEGMENT }
