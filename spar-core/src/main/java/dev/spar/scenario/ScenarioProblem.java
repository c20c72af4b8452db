package dev.spar.scenario;

/**
 * Something wrong with a scenario, said so that the author can fix it.
 *
 * @param field where, as a path ({@code persona.mood.anger}, {@code lines.vent[2]})
 * @param problem what is wrong
 * @param fix what to do about it
 */
public record ScenarioProblem(String field, String problem, String fix) {

    /** Returns the problem as one line: field, problem, fix. */
    public String describe() {
        return field + ": " + problem + " Fix: " + fix;
    }
}
