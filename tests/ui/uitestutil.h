// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the window's and the panes' widget tests share: finding the open dialog and its OK button, closing
// what a failed test left open, and the show they all start from (two accounts, three episodes, four
// tweets in four states).

#include "messagebox.h"
#include "store/accountstore.h"
#include "store/episodestore.h"
#include "store/tweetstore.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QPixmap>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QWidget>

#include <optional>

namespace EpisodeDesk::Tests {

template<typename T> T *modalDialog()
{
    return qobject_cast<T *>(QApplication::activeModalWidget());
}

inline QPushButton *okButton(QWidget *dialog)
{
    return dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
}

// QSettings and the paths of a test go to test locations, never to the user's.
inline void initUiTestCase(const QString &applicationName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("EpisodeDeskTests"));
    QCoreApplication::setApplicationName(applicationName);
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
}

// A failed test may leave a dialog open; it must not leak into the next one.
inline void closeModalDialogs()
{
    while (QWidget *modal = QApplication::activeModalWidget()) {
        modal->close();
        delete modal;
    }
    Ui::MessageBox::clearAnswers();
}

// A screenshot for the README: `picture` must be `size` (device-independent pixels, whatever the
// screen's scale), and is written to `outputDir` as `name` when a directory is given
// (EPISODEDESK_SCREENSHOT_DIR, see test_screenshots.cpp). False with *error saying why.
inline bool saveScreenshot(const QPixmap &picture, const QSize &size, const QString &outputDir, const QString &name,
                           QString *error)
{
    if (picture.isNull() || picture.deviceIndependentSize().toSize() != size) {
        *error = QStringLiteral("%1 is empty or not %2×%3").arg(name).arg(size.width()).arg(size.height());
        return false;
    }
    if (outputDir.isEmpty()) {
        return true;
    }
    const QString path = QDir(outputDir).filePath(name);
    if (!picture.save(path)) {
        *error = QStringLiteral("could not write %1").arg(path);
        return false;
    }
    qInfo("wrote %s", qPrintable(path));
    return true;
}

// Puts a tweet into a state only the engine writes (posted, failed, unknown), as if X had answered.
inline bool setTweetStatus(const QSqlDatabase &db, qint64 id, const QString &status)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("UPDATE tweet_configs SET status = '%1', post_id = '1234', "
                                     "post_url = 'https://x.com/i/status/1234', "
                                     "posted_at = '2026-01-05T10:00:00.000Z', "
                                     "last_error = CASE WHEN '%1' = 'failed' THEN 'X said no' ELSE '' END "
                                     "WHERE id = %2")
                          .arg(status)
                          .arg(id));
}

// The show every test starts from. Dates whose short text sorts differently from the dates themselves;
// numbers 1, 2, 10 that sort differently as texts.
struct SeededShow
{
    qint64 xAccount = 0;
    qint64 sandboxAccount = 0;
    qint64 pilot = 0; // #1, 2025-12-01: a posted and a pending tweet
    qint64 interview = 0; // #2, 2026-01-15 (the newest): a scheduled and a failed tweet
    qint64 upcoming = 0; // #10, no date, no tweet
    qint64 postedTweet = 0;
    qint64 pendingTweet = 0;
    qint64 failedTweet = 0;

    static std::optional<SeededShow> seed(const QSqlDatabase &db)
    {
        using namespace EpisodeDesk::Models;
        SeededShow show;
        AccountStore accounts(db);
        Account x;
        x.name = QStringLiteral("The Show");
        x.handle = QStringLiteral("theshow");
        x.apiBaseUrl = QUrl(QStringLiteral("https://api.x.com"));
        Account sandbox;
        sandbox.name = QStringLiteral("Practice");
        sandbox.kind = AccountKind::Sandbox;
        const auto xId = accounts.add(x);
        const auto sandboxId = accounts.add(sandbox);
        if (!xId || !sandboxId) {
            return std::nullopt;
        }
        show.xAccount = *xId;
        show.sandboxAccount = *sandboxId;

        EpisodeStore episodes(db);
        bool ok = true;
        auto addEpisode = [&](int number, const QString &title, QDate date, const QString &notes) {
            Episode episode;
            episode.number = number;
            episode.title = title;
            episode.publishedOn = date;
            episode.notes = notes;
            episode.link = QUrl(QStringLiteral("https://example.com/%1").arg(number));
            const auto id = episodes.add(episode);
            ok = ok && id.has_value();
            return id.value_or(0);
        };
        show.pilot = addEpisode(1, QStringLiteral("Pilot"), QDate(2025, 12, 1), QStringLiteral("How it all began"));
        show.interview = addEpisode(2, QStringLiteral("Interview with Ada"), QDate(2026, 1, 15),
                                    QStringLiteral("Guest: Ada Lovelace"));
        show.upcoming = addEpisode(10, QStringLiteral("Upcoming"), QDate(), QString());

        TweetStore tweets(db);
        auto addTweet = [&](qint64 episode, const QString &text, const QDateTime &when = {}) {
            TweetConfig config;
            config.episodeId = episode;
            config.accountId = show.xAccount;
            config.text = text;
            config.scheduledAt = when;
            config.scheduledZone = when.isValid() ? QStringLiteral("Europe/Berlin") : QString();
            const auto id = tweets.add(config);
            ok = ok && id.has_value();
            return id.value_or(0);
        };
        show.postedTweet = addTweet(show.pilot, QStringLiteral("Episode 1 is out: {title} {url}"));
        ok = ok && setTweetStatus(db, show.postedTweet, QStringLiteral("posted"));
        show.pendingTweet = addTweet(show.pilot, QStringLiteral("Hot off the press: the pilot! {url}"));
        addTweet(show.interview, QStringLiteral("Tomorrow: our talk with Ada Lovelace {url}"),
                 QDateTime::currentDateTimeUtc().addDays(1));
        show.failedTweet = addTweet(show.interview, QStringLiteral("Ada on engines, part 2 {url}"));
        ok = ok && setTweetStatus(db, show.failedTweet, QStringLiteral("failed"));
        return ok ? std::optional<SeededShow>(show) : std::nullopt;
    }
};

} // namespace EpisodeDesk::Tests
