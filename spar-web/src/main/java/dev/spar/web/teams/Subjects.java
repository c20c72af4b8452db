package dev.spar.web.teams;

import dev.spar.teams.Evidence;
import dev.spar.web.conversations.ConversationService;
import dev.spar.web.conversations.ConversationView;
import dev.spar.web.practice.SessionRepository;
import java.util.List;
import org.springframework.stereotype.Component;

/** Reads what the team layer needs of a run or a reviewed conversation: how many turns, and the review's findings. */
@Component
class Subjects {
    private final SessionRepository sessions;
    private final ConversationService conversations;

    Subjects(SessionRepository sessions, ConversationService conversations) {
        this.sessions = sessions;
        this.conversations = conversations;
    }

    /** Returns how many turns it has. */
    int turns(Subject s) {
        return switch (s.kind()) {
            case RUN -> sessions.turns(s.id()).size();
            case CONVERSATION -> conversation(s).review().transcript().turns().size();
        };
    }

    /**
     * Returns the review's findings: a run's as stored when it ended (none before), a conversation's as read now.
     */
    List<Evidence> evidence(Subject s) {
        return switch (s.kind()) {
            case RUN ->
                StoredRun.read(sessions.find(s.owner(), s.id()).orElseThrow().report())
                        .evidence();
            case CONVERSATION -> Evidence.of(conversation(s).review());
        };
    }

    private ConversationView conversation(Subject s) {
        return conversations.view(s.owner(), s.id());
    }
}
