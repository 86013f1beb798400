package org.chaingraph.events;

import java.util.List;
import java.util.Map;

import org.chaingraph.chains.Chain;
import org.chaingraph.regions.Region;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
final class MatchmakingEventController {

    private final MatchmakingEventRepository events;

    MatchmakingEventController(MatchmakingEventRepository events) {
        this.events = events;
    }

    @QueryMapping
    MatchmakingEvent event(@Argument String id) {
        return events.byId(id).orElse(null);
    }

    @BatchMapping
    Map<MatchmakingEvent, Region> region(List<MatchmakingEvent> batch) {
        return events.regions(batch);
    }

    @BatchMapping
    Map<MatchmakingEvent, Chain> chain(List<MatchmakingEvent> batch) {
        return events.chains(batch);
    }

    @BatchMapping
    List<List<Attendee>> attendees(List<MatchmakingEvent> batch) {
        return events.attendees(batch);
    }
}
