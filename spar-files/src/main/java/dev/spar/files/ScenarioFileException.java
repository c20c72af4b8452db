package dev.spar.files;

import dev.spar.scenario.ScenarioProblem;
import java.util.List;

/** A scenario file that cannot be used, with every problem found in it. */
public final class ScenarioFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final List<ScenarioProblem> problems;

    /** Creates the exception for a file and its problems. */
    public ScenarioFileException(String file, List<ScenarioProblem> problems) {
        super(describe(file, problems));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    /** Returns the file's name or path. */
    public String file() {
        return file;
    }

    /** Returns the problems found. */
    public List<ScenarioProblem> problems() {
        return problems;
    }

    private static String describe(String file, List<ScenarioProblem> problems) {
        StringBuilder out = new StringBuilder(file)
                .append(": ")
                .append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems");
        for (ScenarioProblem p : problems) {
            out.append(System.lineSeparator())
                    .append("  ")
                    .append(file)
                    .append(": ")
                    .append(p.describe());
        }
        return out.toString();
    }
}
