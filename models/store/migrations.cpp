// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/migrations.h"

#include <QRegularExpression>

namespace EpisodeDesk::Models {

namespace {

// Version 1: accounts, episodes, tweet configs and their posting attempts.
// Times are ISO 8601 UTC text with milliseconds ("2026-11-28T09:00:00.000Z"), so they sort as text.
// NOT NULL + DEFAULT wherever a NULL would silently change behaviour (enabled, status, retry count).
QStringList migration1()
{
    return {
        QStringLiteral(R"(CREATE TABLE accounts (
            id            INTEGER PRIMARY KEY,
            name          TEXT    NOT NULL CHECK (length(trim(name)) > 0),
            kind          TEXT    NOT NULL DEFAULT 'x' CHECK (kind IN ('x', 'sandbox')),
            handle        TEXT    NOT NULL DEFAULT '',
            x_user_id     TEXT    NOT NULL DEFAULT '',
            api_base_url  TEXT    NOT NULL DEFAULT 'https://api.x.com',
            archived      INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
            created_at    TEXT    NOT NULL,
            updated_at    TEXT    NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE episodes (
            id            INTEGER PRIMARY KEY,
            number        INTEGER CHECK (number IS NULL OR number >= 0),
            title         TEXT    NOT NULL CHECK (length(trim(title)) > 0),
            published_on  TEXT,
            link          TEXT    NOT NULL DEFAULT '',
            notes         TEXT    NOT NULL DEFAULT '',
            feed_guid     TEXT    UNIQUE,
            archived      INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
            created_at    TEXT    NOT NULL,
            updated_at    TEXT    NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE tweet_configs (
            id             INTEGER PRIMARY KEY,
            episode_id     INTEGER NOT NULL REFERENCES episodes(id) ON DELETE RESTRICT,
            account_id     INTEGER NOT NULL REFERENCES accounts(id) ON DELETE RESTRICT,
            text           TEXT    NOT NULL,
            scheduled_at   TEXT,
            scheduled_zone TEXT    NOT NULL DEFAULT '',
            enabled        INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
            archived       INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
            status         TEXT    NOT NULL DEFAULT 'pending'
                                   CHECK (status IN ('pending', 'posting', 'posted', 'failed', 'unknown')),
            attempt_id     TEXT,
            claimed_at     TEXT,
            claimed_by     TEXT,
            post_id        TEXT,
            post_url       TEXT,
            posted_at      TEXT,
            last_error     TEXT    NOT NULL DEFAULT '',
            retry_count    INTEGER NOT NULL DEFAULT 0 CHECK (retry_count >= 0),
            created_at     TEXT    NOT NULL,
            updated_at     TEXT    NOT NULL,
            CHECK (status <> 'posting' OR (attempt_id IS NOT NULL AND claimed_at IS NOT NULL)),
            CHECK (status <> 'posted' OR post_id IS NOT NULL)))"),
        QStringLiteral("CREATE INDEX tweet_configs_episode ON tweet_configs(episode_id)"),
        QStringLiteral("CREATE INDEX tweet_configs_due ON tweet_configs(status, scheduled_at)"),
        QStringLiteral(R"(CREATE TABLE post_attempts (
            attempt_id   TEXT    PRIMARY KEY,
            config_id    INTEGER NOT NULL REFERENCES tweet_configs(id) ON DELETE RESTRICT,
            account_id   INTEGER NOT NULL REFERENCES accounts(id) ON DELETE RESTRICT,
            text_sent    TEXT    NOT NULL,
            claimed_by   TEXT    NOT NULL,
            started_at   TEXT    NOT NULL,
            finished_at  TEXT,
            http_status  INTEGER,
            outcome      TEXT    NOT NULL DEFAULT 'posting'
                                 CHECK (outcome IN ('posting', 'posted', 'failed', 'unknown')),
            post_id      TEXT,
            error        TEXT    NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX post_attempts_config ON post_attempts(config_id, started_at)"),
    };
}

// Version 2: what X last told us about each account's posting limits, so the claim can refuse (and the
// scheduler wait) instead of sending a request X will answer with 429.
QStringList migration2()
{
    return {
        QStringLiteral(R"(CREATE TABLE account_limits (
            account_id        INTEGER PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
            window_limit      INTEGER,
            window_remaining  INTEGER,
            window_reset      TEXT,
            day_limit         INTEGER,
            day_remaining     INTEGER,
            day_reset         TEXT,
            paused_until      TEXT,
            usage_capped      INTEGER NOT NULL DEFAULT 0 CHECK (usage_capped IN (0, 1)),
            message           TEXT    NOT NULL DEFAULT '',
            updated_at        TEXT    NOT NULL))"),
    };
}

// Version 3: the scheduler. next_retry_at marks a tweet the scheduler will (re)try at that time whatever
// the grace period (waiting for X's limit to reset, or a safe automatic retry); error_category keeps
// why an attempt failed, which decides whether retrying is safe; settings are shared by every window
// and process on the database (the grace period).
QStringList migration3()
{
    return {
        QStringLiteral("ALTER TABLE tweet_configs ADD COLUMN next_retry_at TEXT"),
        QStringLiteral("ALTER TABLE post_attempts ADD COLUMN error_category TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX tweet_configs_retry ON tweet_configs(next_retry_at)"),
    };
}

// Version 4: claims are leases. claim_deadline (and the attempt's deadline) is the claim time plus the
// claimant's own request timeout: no request leaves after it, so recovery and "verified not
// published" wait for it instead of guessing with their own timeout. verify_after/verify_count plan
// the automatic re-verification of unknown rows (capped backoff), and serve as a short lease on the
// verification itself so two processes do not ask X at the same moment.
QStringList migration4()
{
    return {
        QStringLiteral("ALTER TABLE tweet_configs ADD COLUMN claim_deadline TEXT"),
        QStringLiteral("ALTER TABLE tweet_configs ADD COLUMN verify_after TEXT"),
        QStringLiteral("ALTER TABLE tweet_configs ADD COLUMN verify_count INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE post_attempts ADD COLUMN deadline TEXT"),
        QStringLiteral("CREATE INDEX tweet_configs_post_id ON tweet_configs(post_id)"),
        QStringLiteral("CREATE INDEX post_attempts_post_id ON post_attempts(post_id)"),
    };
}

// Triggers of the change log: every insert, update and delete of `table` appends the row's id (and, for
// tweets and attempts, the episode whose summary it changes) to row_changes. Both old and new values
// are logged on update, so a tweet moved to another episode changes both summaries.
QStringList changeLogTriggers(const QString &table, const QString &idColumn, const QString &episodeOf)
{
    QStringList statements;
    const auto episode = [&](const QString &row) {
        return episodeOf.isEmpty() ? QStringLiteral("NULL") : episodeOf.arg(row);
    };
    const auto trigger = [&](const QString &event, const QString &values) {
        return QStringLiteral("CREATE TRIGGER %1_%2_log AFTER %3 ON %1 BEGIN "
                              "INSERT INTO row_changes (table_name, row_id, episode_id) VALUES %4; END")
            .arg(table, event.toLower(), event, values);
    };
    statements.append(
        trigger(QStringLiteral("INSERT"),
                QStringLiteral("('%1', NEW.%2, %3)").arg(table, idColumn, episode(QStringLiteral("NEW")))));
    statements.append(
        trigger(QStringLiteral("UPDATE"),
                QStringLiteral("('%1', NEW.%2, %3), ('%1', OLD.%2, %4)")
                    .arg(table, idColumn, episode(QStringLiteral("NEW")), episode(QStringLiteral("OLD")))));
    statements.append(
        trigger(QStringLiteral("DELETE"),
                QStringLiteral("('%1', OLD.%2, %3)").arg(table, idColumn, episode(QStringLiteral("OLD")))));
    return statements;
}

// The text of an episode's unarchived tweets, one per line, for the search index.
QString tweetsOf(const QString &episodeId)
{
    return QStringLiteral("coalesce((SELECT group_concat(text, char(10)) FROM tweet_configs WHERE episode_id = %1 "
                          "AND archived = 0), '')")
        .arg(episodeId);
}

// Statements (for a trigger body) that write the search document of one episode again, or drop it
// when the episode is gone or archived. A delete and an insert: an FTS5 UPDATE is the same work.
QString reindexEpisode(const QString &episodeId)
{
    return QStringLiteral("DELETE FROM episode_search WHERE rowid = %1; "
                          "INSERT INTO episode_search (rowid, title, notes, tweets) SELECT id, title, notes, %2 "
                          "FROM episodes WHERE id = %1 AND archived = 0;")
        .arg(episodeId, tweetsOf(episodeId));
}

// Whether the episode has a search document (it exists and is not archived).
QString indexed(const QString &episodeId)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM episodes WHERE id = %1 AND archived = 0)").arg(episodeId);
}

// Version 5 (issue 9, scale).
//
// A change log, so that a window re-reads only the rows another connection changed instead of the
// whole show: row_changes keeps the last changeLogLength() entries (its AFTER INSERT trigger prunes it
// as it goes); a reader that has fallen further behind reads everything again (ChangeLog::since says
// so). AUTOINCREMENT: seq never goes back, even when the pruning has emptied the table.
//
// A search index: one FTS5 document per unarchived episode (title, notes, and its tweets' text), with
// the trigram tokenizer, so that the search box finds any substring of three or more characters, in
// any case, without scanning every note and tweet on each keystroke (a LIKE scan of 100,000 episodes'
// notes and 300,000 tweets costs about 60 ms of SQLite alone; the index answers in a few ms). It is
// kept by triggers: a tweet's status changes often (the poster), its text rarely, so only the text,
// archived and episode columns touch it. SQLite only; PostgreSQL gets its own (pg_trgm) when it comes.
//
// An index for the episode table's summaries: (archived, episode, status) answers the GROUP BY over
// every tweet from the index alone.
QStringList migration5()
{
    QStringList statements = {
        QStringLiteral(R"(CREATE TABLE row_changes (
            seq         INTEGER PRIMARY KEY AUTOINCREMENT,
            table_name  TEXT    NOT NULL,
            row_id      INTEGER NOT NULL,
            episode_id  INTEGER))"),
        QStringLiteral("CREATE TRIGGER row_changes_prune AFTER INSERT ON row_changes BEGIN "
                       "DELETE FROM row_changes WHERE seq <= NEW.seq - %1; END")
            .arg(changeLogLength()),
        QStringLiteral("CREATE INDEX tweet_configs_summary ON tweet_configs(archived, episode_id, status)"),
        QStringLiteral("CREATE VIRTUAL TABLE episode_search USING fts5(title, notes, tweets, tokenize = 'trigram')"),
        QStringLiteral("INSERT INTO episode_search (rowid, title, notes, tweets) SELECT id, title, notes, %1 "
                       "FROM episodes WHERE archived = 0")
            .arg(tweetsOf(QStringLiteral("episodes.id"))),
        QStringLiteral("CREATE TRIGGER episodes_search_insert AFTER INSERT ON episodes WHEN NEW.archived = 0 BEGIN "
                       "INSERT INTO episode_search (rowid, title, notes, tweets) VALUES (NEW.id, NEW.title, "
                       "NEW.notes, %1); END")
            .arg(tweetsOf(QStringLiteral("NEW.id"))),
        QStringLiteral("CREATE TRIGGER episodes_search_update AFTER UPDATE OF id, title, notes, archived ON episodes "
                       "BEGIN DELETE FROM episode_search WHERE rowid = OLD.id; "
                       "INSERT INTO episode_search (rowid, title, notes, tweets) SELECT NEW.id, NEW.title, "
                       "NEW.notes, %1 WHERE NEW.archived = 0; END")
            .arg(tweetsOf(QStringLiteral("NEW.id"))),
        QStringLiteral("CREATE TRIGGER episodes_search_delete AFTER DELETE ON episodes BEGIN "
                       "DELETE FROM episode_search WHERE rowid = OLD.id; END"),
        // Only for a tweet of an episode in the index: each statement that touches an FTS5 table makes it
        // flush what it has pending, so the triggers stay clear of it when there is nothing to write.
        QStringLiteral("CREATE TRIGGER tweet_configs_search_insert AFTER INSERT ON tweet_configs WHEN %1 BEGIN %2 END")
            .arg(indexed(QStringLiteral("NEW.episode_id")), reindexEpisode(QStringLiteral("NEW.episode_id"))),
        QStringLiteral("CREATE TRIGGER tweet_configs_search_update AFTER UPDATE OF text, archived, episode_id ON "
                       "tweet_configs WHEN %1 OR %2 BEGIN %3 %4 END")
            .arg(indexed(QStringLiteral("OLD.episode_id")), indexed(QStringLiteral("NEW.episode_id")),
                 reindexEpisode(QStringLiteral("OLD.episode_id")), reindexEpisode(QStringLiteral("NEW.episode_id"))),
        QStringLiteral("CREATE TRIGGER tweet_configs_search_delete AFTER DELETE ON tweet_configs WHEN %1 BEGIN %2 END")
            .arg(indexed(QStringLiteral("OLD.episode_id")), reindexEpisode(QStringLiteral("OLD.episode_id"))),
    };
    statements += changeLogTriggers(QStringLiteral("episodes"), QStringLiteral("id"), QString());
    statements +=
        changeLogTriggers(QStringLiteral("tweet_configs"), QStringLiteral("id"), QStringLiteral("%1.episode_id"));
    statements += changeLogTriggers(QStringLiteral("post_attempts"), QStringLiteral("config_id"),
                                    QStringLiteral("(SELECT episode_id FROM tweet_configs WHERE id = %1.config_id)"));
    statements += changeLogTriggers(QStringLiteral("accounts"), QStringLiteral("id"), QString());
    return statements;
}

// The same schema on PostgreSQL: 64-bit identity keys where SQLite has its rowid aliases (explicit ids
// may still be given, as `db copy` does), 64-bit references to them. Everything else in migrations 1 to
// 4 is plain SQL both accept.
QString forPostgreSql(QString sql)
{
    sql.replace(QLatin1String("INTEGER PRIMARY KEY REFERENCES"), QLatin1String("BIGINT PRIMARY KEY REFERENCES"));
    static const QRegularExpression rowid(QStringLiteral("\\bINTEGER(\\s+)PRIMARY KEY\\b"));
    sql.replace(rowid, QStringLiteral("BIGINT\\1GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    static const QRegularExpression reference(QStringLiteral("\\bINTEGER(\\s+NOT NULL)?(\\s+)REFERENCES\\b"));
    sql.replace(reference, QStringLiteral("BIGINT\\1\\2REFERENCES"));
    return sql;
}

QStringList forPostgreSql(const QStringList &statements)
{
    QStringList translated;
    translated.reserve(statements.size());
    for (const QString &statement : statements) {
        translated.append(forPostgreSql(statement));
    }
    return translated;
}

// Version 6 (issue 11): the show's RSS feed.
//
// Episodes gain what a feed carries. in_feed is NULL for an episode typed in EpisodeDesk, 1 for one the
// last refresh found in the feed and 0 for one that has left it (kept and marked, never deleted).
// published_at is the feed's exact time (UTC); published_on stays the date the window shows.
//
// feed_items keeps, per episode, the feed's own values as the last refresh read them. A refresh
// compares each editable field of the episode with it: still equal, the field is the feed's and takes
// the new value; different, the user edited it in EpisodeDesk and keeps it (the dialog offers the
// feed's value beside it). The episode's feed_guid (migration 1, UNIQUE) is its identity.
//
// templates are the show's announcements; a new episode found by a refresh gets one tweet per
// template. The unique (episode_id, template_id) index makes that exactly once when refreshes race: a
// second insert fails instead of a check-then-insert letting both through. A removed template is
// archived, so its tweets keep their key.
QStringList migration6()
{
    return {
        QStringLiteral("ALTER TABLE episodes ADD COLUMN season INTEGER CHECK (season IS NULL OR season > 0)"),
        QStringLiteral("ALTER TABLE episodes ADD COLUMN episode_type TEXT NOT NULL DEFAULT 'full' "
                       "CHECK (episode_type IN ('full', 'trailer', 'bonus'))"),
        QStringLiteral("ALTER TABLE episodes ADD COLUMN published_at TEXT"),
        QStringLiteral("ALTER TABLE episodes ADD COLUMN description TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE episodes ADD COLUMN image TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE episodes ADD COLUMN enclosure_url TEXT NOT NULL DEFAULT ''"),
        QStringLiteral(
            "ALTER TABLE episodes ADD COLUMN duration_s INTEGER CHECK (duration_s IS NULL OR duration_s >= 0)"),
        QStringLiteral("ALTER TABLE episodes ADD COLUMN in_feed INTEGER CHECK (in_feed IS NULL OR in_feed IN (0, 1))"),
        QStringLiteral(R"(CREATE TABLE feeds (
            id             INTEGER PRIMARY KEY,
            url            TEXT    NOT NULL UNIQUE,
            title          TEXT    NOT NULL DEFAULT '',
            image          TEXT    NOT NULL DEFAULT '',
            etag           TEXT    NOT NULL DEFAULT '',
            last_modified  TEXT    NOT NULL DEFAULT '',
            imported_at    TEXT    NOT NULL,
            checked_at     TEXT,
            last_error     TEXT    NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE feed_items (
            episode_id     INTEGER PRIMARY KEY REFERENCES episodes(id) ON DELETE CASCADE,
            feed_id        INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
            title          TEXT    NOT NULL DEFAULT '',
            number         INTEGER,
            season         INTEGER,
            link           TEXT    NOT NULL DEFAULT '',
            published_at   TEXT,
            updated_at     TEXT    NOT NULL))"),
        QStringLiteral("CREATE INDEX feed_items_feed ON feed_items(feed_id)"),
        QStringLiteral(R"(CREATE TABLE templates (
            id              INTEGER PRIMARY KEY,
            account_id      INTEGER NOT NULL REFERENCES accounts(id) ON DELETE RESTRICT,
            text            TEXT    NOT NULL CHECK (length(trim(text)) > 0),
            offset_minutes  INTEGER NOT NULL DEFAULT 0,
            manual          INTEGER NOT NULL DEFAULT 0 CHECK (manual IN (0, 1)),
            archived        INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
            created_at      TEXT    NOT NULL,
            updated_at      TEXT    NOT NULL))"),
        QStringLiteral("ALTER TABLE tweet_configs ADD COLUMN template_id INTEGER REFERENCES templates(id) "
                       "ON DELETE RESTRICT"),
        QStringLiteral("CREATE UNIQUE INDEX tweet_configs_announcement ON tweet_configs(episode_id, template_id) "
                       "WHERE template_id IS NOT NULL"),
    };
}

// Version 6 on PostgreSQL: the same tables (translated), and the new ones notify too.
QStringList migration6PostgreSql()
{
    QStringList statements = forPostgreSql(migration6());
    for (const char *table : {"feeds", "feed_items", "templates"}) {
        statements.append(QStringLiteral("CREATE TRIGGER %1_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %1 "
                                         "FOR EACH STATEMENT EXECUTE FUNCTION episodedesk_notify_change()")
                              .arg(QLatin1String(table)));
    }
    return statements;
}

// Version 7 (issue 12): signing in with X, and what X's reads cost.
//
// accounts.auth says how an X account's requests are authorized: 'oauth1' with the four keys a user
// pasted, or 'oauth2' with the tokens of a Sign in with X (Authorization Code with PKCE). Both kinds of
// secret live in each computer's keychain, never here. client_id is the public identifier of the user's
// own X app (a "Native App" is a public client: it has no secret); it is needed to refresh the tokens.
//
// x_reads counts the resources X billed for reads (the verifier's look at the account's timeline), per
// account and time: posts are counted from post_attempts, reads have no other record.
QStringList migration7()
{
    return {
        QStringLiteral("ALTER TABLE accounts ADD COLUMN auth TEXT NOT NULL DEFAULT 'oauth1' "
                       "CHECK (auth IN ('oauth1', 'oauth2'))"),
        QStringLiteral("ALTER TABLE accounts ADD COLUMN client_id TEXT NOT NULL DEFAULT ''"),
        QStringLiteral(R"(CREATE TABLE x_reads (
            id          INTEGER PRIMARY KEY,
            account_id  INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            config_id   INTEGER REFERENCES tweet_configs(id) ON DELETE SET NULL,
            kind        TEXT    NOT NULL DEFAULT 'owned' CHECK (kind IN ('owned', 'post')),
            resources   INTEGER NOT NULL CHECK (resources >= 0),
            read_at     TEXT    NOT NULL))"),
        QStringLiteral("CREATE INDEX x_reads_account ON x_reads(account_id, read_at)"),
    };
}

QStringList migration7PostgreSql()
{
    QStringList statements = forPostgreSql(migration7());
    statements.append(QStringLiteral("CREATE TRIGGER x_reads_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "
                                     "x_reads FOR EACH STATEMENT EXECUTE FUNCTION episodedesk_notify_change()"));
    return statements;
}

// Version 8 (issue 13): images on tweets.
//
// media is the content-addressed store's index: one row per distinct image, keyed by the SHA-256 of its
// bytes. On SQLite the bytes are a file beside the database (media/<sha256>.<ext>); on PostgreSQL they
// are in media_blobs, so every teammate sees them. An image re-encoded to fit X's limits names the file
// the user chose (original_sha256, kept as media of its own): what was chosen is never lost.
//
// tweet_images are a tweet's images in order (slot 0 to 3, X's limit) with their alt text;
// attempt_images what one attempt sent, with the media ids X gave, so the history shows exactly that.
// media_uploads caches, per account, the media id X gave an image and when it expires: uploading is
// harmless to repeat, but a retry reuses an id while it lives.
QStringList migration8()
{
    return {
        QStringLiteral(R"(CREATE TABLE media (
            sha256          TEXT    PRIMARY KEY CHECK (length(sha256) = 64),
            mime_type       TEXT    NOT NULL
                                    CHECK (mime_type IN ('image/jpeg', 'image/png', 'image/webp', 'image/gif')),
            bytes           INTEGER NOT NULL CHECK (bytes > 0),
            width           INTEGER NOT NULL CHECK (width > 0),
            height          INTEGER NOT NULL CHECK (height > 0),
            original_sha256 TEXT    NOT NULL DEFAULT '',
            file_name       TEXT    NOT NULL DEFAULT '',
            created_at      TEXT    NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE tweet_images (
            config_id  INTEGER NOT NULL REFERENCES tweet_configs(id) ON DELETE CASCADE,
            slot       INTEGER NOT NULL CHECK (slot BETWEEN 0 AND 3),
            sha256     TEXT    NOT NULL REFERENCES media(sha256) ON DELETE RESTRICT,
            alt        TEXT    NOT NULL DEFAULT '' CHECK (length(alt) <= 1000),
            PRIMARY KEY (config_id, slot)))"),
        QStringLiteral("CREATE INDEX tweet_images_media ON tweet_images(sha256)"),
        QStringLiteral(R"(CREATE TABLE attempt_images (
            attempt_id TEXT    NOT NULL REFERENCES post_attempts(attempt_id) ON DELETE CASCADE,
            slot       INTEGER NOT NULL CHECK (slot BETWEEN 0 AND 3),
            sha256     TEXT    NOT NULL REFERENCES media(sha256) ON DELETE RESTRICT,
            alt        TEXT    NOT NULL DEFAULT '',
            media_id   TEXT    NOT NULL,
            media_key  TEXT    NOT NULL DEFAULT '',
            PRIMARY KEY (attempt_id, slot)))"),
        QStringLiteral("CREATE INDEX attempt_images_media ON attempt_images(sha256)"),
        QStringLiteral(R"(CREATE TABLE media_uploads (
            account_id  INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            sha256      TEXT    NOT NULL REFERENCES media(sha256) ON DELETE CASCADE,
            media_id    TEXT    NOT NULL,
            media_key   TEXT    NOT NULL DEFAULT '',
            alt         TEXT,
            uploaded_at TEXT    NOT NULL,
            expires_at  TEXT    NOT NULL,
            PRIMARY KEY (account_id, sha256)))"),
    };
}

// Version 8 on PostgreSQL: the same tables, the bytes in a table of their own, and notifications.
QStringList migration8PostgreSql()
{
    QStringList statements = forPostgreSql(migration8());
    statements.append(QStringLiteral(R"(CREATE TABLE media_blobs (
            sha256  TEXT  PRIMARY KEY REFERENCES media(sha256) ON DELETE CASCADE,
            data    BYTEA NOT NULL))"));
    for (const char *table : {"media", "tweet_images", "attempt_images"}) {
        statements.append(QStringLiteral("CREATE TRIGGER %1_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %1 "
                                         "FOR EACH STATEMENT EXECUTE FUNCTION episodedesk_notify_change()")
                              .arg(QLatin1String(table)));
    }
    return statements;
}

// Version 5 on PostgreSQL (issue 10). The summary index as on SQLite. Instead of the change log and the
// FTS5 index: every committed write to a table a window shows notifies the channel every EpisodeDesk
// listens on (store/changewatcher.h), so teammates' windows reload within a second without polling.
// PostgreSQL folds the notifications of one transaction into one. Search uses the LIKE path.
//
// No row_changes on PostgreSQL: its sequence numbers are handed out at insert time while transactions
// commit in any order, so a reader that remembers "the last seq I saw" could skip a change that commits
// after a later one. Windows on a team database reload what they show on each notification instead.
QStringList migration5PostgreSql()
{
    QStringList statements = {
        QStringLiteral("CREATE INDEX tweet_configs_summary ON tweet_configs(archived, episode_id, status)"),
        QStringLiteral("CREATE FUNCTION episodedesk_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$ "
                       "BEGIN PERFORM pg_notify('%1', TG_TABLE_NAME); RETURN NULL; END $$")
            .arg(changeChannel()),
    };
    for (const char *table : {"episodes", "tweet_configs", "post_attempts", "accounts", "account_limits", "settings"}) {
        statements.append(QStringLiteral("CREATE TRIGGER %1_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %1 "
                                         "FOR EACH STATEMENT EXECUTE FUNCTION episodedesk_notify_change()")
                              .arg(QLatin1String(table)));
    }
    return statements;
}

} // namespace

int changeLogLength()
{
    return 10000; // part of migration 5: changing it changes a shipped migration
}

QString changeChannel()
{
    return QStringLiteral("episodedesk_changes");
}

QList<QStringList> schemaMigrations(SqlDialect dialect)
{
    if (dialect == SqlDialect::PostgreSQL) {
        // Where the schema version lives (SQLite keeps it in the file header's user_version).
        QStringList first = {QStringLiteral("CREATE TABLE episodedesk_schema (version INTEGER NOT NULL UNIQUE, "
                                            "applied_at TEXT NOT NULL)")};
        first += forPostgreSql(migration1());
        return {first,
                forPostgreSql(migration2()),
                forPostgreSql(migration3()),
                forPostgreSql(migration4()),
                migration5PostgreSql(),
                migration6PostgreSql(),
                migration7PostgreSql(),
                migration8PostgreSql()};
    }
    return {migration1(), migration2(), migration3(), migration4(),
            migration5(), migration6(), migration7(), migration8()};
}

} // namespace EpisodeDesk::Models
