package org.chaingraph.cultivation;

/** What an incentive pays for (DESIGN §6 "Incentives"). */
public enum Trigger { FIRST_AWARD, RENEWAL, SUSTAINED_GROWTH, RETAINED }
