package org.chaingraph.challenges;

import java.time.LocalDate;
import java.util.List;

/** The {@code PublishChallengeInput} of {@code publishChallenge}; budget in 万元. */
public record PublishChallengeInput(String title, String issuerUscc, String segmentId, List<String> capabilities, Double budget,
                                    LocalDate deadline) {
}
