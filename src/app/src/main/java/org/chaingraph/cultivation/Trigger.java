package org.chaingraph.cultivation;

/** What an incentive pays for (docs/contracts.md §6 "Incentives"). */
public enum Trigger { FIRST_AWARD, RENEWAL, SUSTAINED_GROWTH, RETAINED }
