package org.chaingraph.challenges;

public enum ChallengeStatus { OPEN, AWARDED, CLOSED }
