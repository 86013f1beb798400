package org.chaingraph.events;

/** Whether an attendee comes to buy (DEMAND, typically a chain leader) or to sell (SUPPLY). */
public enum AttendeeSide { DEMAND, SUPPLY }
