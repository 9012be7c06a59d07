package org.dbmigrate.command;

import java.util.List;

/**
 * A command's result in its JSON shape: one line on standard output. {@code success} is false
 * only for {@code check} when the model and the database differ (the shell exits non-zero).
 */
public record JsonResult(String json, boolean success) implements CommandResult {

    @Override
    public List<String> lines() {
        return List.of(json);
    }
}
