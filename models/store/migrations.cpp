// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/migrations.h"

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

} // namespace

QList<QStringList> schemaMigrations()
{
    return {migration1(), migration2(), migration3(), migration4()};
}

} // namespace EpisodeDesk::Models
