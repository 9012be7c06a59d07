package org.dbmigrate.example.spring;

import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /notes} lists the notes, {@code POST /notes {"title": ...}} adds one. */
@RestController
public class NoteController {

    private final NoteRepository notes;

    public NoteController(NoteRepository notes) {
        this.notes = notes;
    }

    public record NewNote(String title) {
    }

    @GetMapping("/notes")
    public List<Note> list() {
        return notes.findAll();
    }

    @PostMapping("/notes")
    public Note add(@RequestBody NewNote note) {
        return notes.save(new Note(note.title(), LocalDate.now()));
    }
}
