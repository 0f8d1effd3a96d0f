import GRDB

/// "v8-stories": developing news stories. `stories` holds one summary row per story (span, size,
/// centroid as a blob of term hash and weight, term texts as lines); `story_postings` the inverted
/// index from a term to the stories filed under it, ordered by when each last changed, so a new
/// article reads only the newest few per term; `story_documents` which story each document joined;
/// `story_term_documents` the document frequencies the signatures' IDF is learned from (term 0
/// holds the number of articles); `story_entities` every resolved entity of the stories' articles,
/// for `--actor` queries.
enum StoryMigration {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE stories (
                id INTEGER PRIMARY KEY,
                first_day INTEGER,
                last_day INTEGER,
                articles INTEGER NOT NULL,
                touched INTEGER NOT NULL,
                headline TEXT,
                first_document TEXT NOT NULL,
                centroid BLOB NOT NULL,
                term_names TEXT NOT NULL  -- "hash<TAB>text" lines
            );
            CREATE INDEX stories_by_day ON stories(first_day, id);
            CREATE TABLE story_postings (
                term INTEGER NOT NULL,
                touched INTEGER NOT NULL,
                story INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
                PRIMARY KEY (term, touched, story)
            ) WITHOUT ROWID;
            CREATE TABLE story_documents (
                document TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
                story INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
                similarity REAL
            );
            CREATE INDEX story_documents_by_story ON story_documents(story);
            CREATE TABLE story_term_documents (
                term INTEGER PRIMARY KEY,
                documents INTEGER NOT NULL
            ) WITHOUT ROWID;
            CREATE TABLE story_entities (
                entity_key TEXT NOT NULL,
                story INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
                entity_id TEXT,
                name TEXT NOT NULL COLLATE NOCASE,
                PRIMARY KEY (entity_key, story)
            ) WITHOUT ROWID;
            CREATE INDEX story_entities_by_name ON story_entities(name);
            """)
    }
}
