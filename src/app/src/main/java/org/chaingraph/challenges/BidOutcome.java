package org.chaingraph.challenges;

public enum BidOutcome { PENDING, WON, LOST }
