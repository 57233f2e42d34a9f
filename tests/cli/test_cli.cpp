// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"
#include "posting/postingservice.h"
#include "sandbox/localxserver.h"
#include "store/accountstore.h"
#include "store/database.h"
#include "store/episodestore.h"
#include "store/tweetstore.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <csignal>
#include <fcntl.h>
#include <memory>
#include <poll.h>
#include <unistd.h>

using namespace EpisodeDesk::Models;
using namespace EpisodeDesk::Tests;

namespace {

const QByteArray keysJson = R"({"consumer_key":"cli-ck","consumer_secret":"cli-cs","access_token":"cli-at",
                                "access_token_secret":"cli-ats"})";

} // namespace

class CliTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_database = std::make_unique<TestDatabase>(m_dir->path(), QStringLiteral("show"));
        m_db = m_database->location();
        QVERIFY2(!m_db.isEmpty(), qPrintable(m_database->errorString()));
        m_server = std::make_unique<LocalXServer>();
        m_server->addUser(
            QStringLiteral("2002"), QStringLiteral("realshow"), QStringLiteral("Real show"),
            {QStringLiteral("cli-ck"), QStringLiteral("cli-cs"), QStringLiteral("cli-at"), QStringLiteral("cli-ats")});
        m_server->setRateLimit(1000, 1000);
        QVERIFY(m_server->listen());
    }

    void cleanup()
    {
        m_server.reset();
        m_database.reset();
        m_dir.reset();
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown subcommand") << QStringList {QStringLiteral("tweets"), QStringLiteral("frobnicate")};
        QTest::newRow("post without id") << QStringList {QStringLiteral("post")};
        QTest::newRow("post with word") << QStringList {QStringLiteral("post"), QStringLiteral("first")};
        QTest::newRow("unknown option") << QStringList {QStringLiteral("episodes"), QStringLiteral("add"),
                                                        QStringLiteral("--colour"), QStringLiteral("red")};
        QTest::newRow("episode without title") << QStringList {QStringLiteral("episodes"), QStringLiteral("add")};
        QTest::newRow("account without kind") << QStringList {QStringLiteral("accounts"), QStringLiteral("add"),
                                                              QStringLiteral("--name"), QStringLiteral("x")};
        QTest::newRow("http to another host") << QStringList {
            QStringLiteral("accounts"), QStringLiteral("add"),        QStringLiteral("--name"),
            QStringLiteral("x"),        QStringLiteral("--api-base"), QStringLiteral("http://example.com")};
        QTest::newRow("bad date") << QStringList {QStringLiteral("episodes"),    QStringLiteral("add"),
                                                  QStringLiteral("--title"),     QStringLiteral("t"),
                                                  QStringLiteral("--published"), QStringLiteral("yesterday")};
        const auto words = [](const char *line) {
            return QString::fromUtf8(line).split(QLatin1Char(' '));
        };
        QTest::newRow("episodes edit without id") << words("episodes edit --title t");
        QTest::newRow("episodes edit with word id") << words("episodes edit first --title t");
        QTest::newRow("episodes edit without changes") << words("episodes edit 1");
        QTest::newRow("episodes delete without id") << words("episodes delete");
        QTest::newRow("episodes delete two ids") << words("episodes delete 1 2");
        QTest::newRow("tweets edit without changes") << words("tweets edit 1");
        QTest::newRow("tweets edit --at and --no-schedule")
            << words("tweets edit 1 --at 2026-12-01T09:30 --no-schedule");
        QTest::newRow("tweets edit --enable and --disable") << words("tweets edit 1 --enable --disable");
        QTest::newRow("tweets edit word account") << words("tweets edit 1 --account main");
        QTest::newRow("tweets edit unknown option") << words("tweets edit 1 --colour red");
        QTest::newRow("tweets delete without id") << words("tweets delete");
        QTest::newRow("tweets show without id") << words("tweets show --json");
        QTest::newRow("tweets show negative id") << words("tweets show -3");
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        const CliResult result = runCli(QStringList {QStringLiteral("--db"), m_db} + arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(!result.err.isEmpty());
    }

    void helpListsTheCommands_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("ownHelp"); // what the command's own --help says
        QTest::newRow("episodes edit") << QStringLiteral(
                                              "episodes edit ID [--title T] [--number N] [--url U] [--published DATE]")
                                       << QStringLiteral("only the options given change");
        QTest::newRow("episodes delete") << QStringLiteral("episodes delete ID")
                                         << QStringLiteral("archives it instead");
        QTest::newRow("tweets edit")
            << QStringLiteral(
                   "tweets edit ID [--text T] [--account ID] [--at DATETIME | --no-schedule] [--enable | --disable]")
            << QStringLiteral("--no-schedule");
        QTest::newRow("tweets delete") << QStringLiteral("tweets delete ID")
                                       << QStringLiteral("posting or unknown is kept until it is settled");
        QTest::newRow("tweets show") << QStringLiteral("tweets show ID [--json]")
                                     << QStringLiteral("with every attempt");
    }

    void helpListsTheCommands()
    {
        QFETCH(QString, line);
        QFETCH(QString, ownHelp);
        const CliResult help = runCli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        const QStringList words = line.split(QLatin1Char(' ')).mid(0, 2);
        // The overview names the command; its own --help gives the synopsis and the options of `line`.
        QVERIFY2(help.out.contains(QLatin1String("  ") + words.join(QLatin1Char(' ')) + QLatin1Char(' ')),
                 qPrintable(help.out));
        const CliResult own = runCli(words + QStringList {QStringLiteral("--help")});
        QCOMPARE(own.exitCode, 0);
        QVERIFY2(own.out.contains(ownHelp), qPrintable(own.out));
        static const QRegularExpression option(QStringLiteral("--[a-z-]+"));
        for (const QRegularExpressionMatch &match : option.globalMatch(line)) {
            QVERIFY2(own.out.contains(match.captured()),
                     qPrintable(match.captured() + QLatin1String(" in\n") + own.out));
        }
    }

    // Bad input and refusals: the exit code, the message, and not a byte changed in the database.
    void editAndDeleteRefusalsChangeNothing_data()
    {
        QTest::addColumn<QString>("line"); // {episode}, {tweet}, {posted}, {unknown}, {posting}, {archived}, {account}
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString tooLong(300, QLatin1Char('a'));

        QTest::newRow("episode: unknown id") << "episodes edit 999 --title New" << 1 << "There is no episode 999.";
        QTest::newRow("episode: bad date") << "episodes edit {episode} --published 2026-02-30" << 2 << "--published";
        QTest::newRow("episode: good title, bad date")
            << "episodes edit {episode} --title New --published yesterday" << 2 << "--published";
        QTest::newRow("episode: negative number") << "episodes edit {episode} --number -1" << 2 << "--number";
        QTest::newRow("episode: relative url") << "episodes edit {episode} --url example.com" << 2 << "--url";
        QTest::newRow("episode: blank title") << "episodes edit {episode} --title _" << 2 << "--title";
        QTest::newRow("tweet: unknown id") << "tweets edit 999 --text hi" << 1 << "There is no tweet 999.";
        QTest::newRow("tweet: over-long text")
            << "tweets edit {tweet} --text " + tooLong << 1 << "300 characters long as X counts them; the limit is 280";
        QTest::newRow("tweet: over-long text and --disable")
            << "tweets edit {tweet} --disable --text " + tooLong << 1 << "the limit is 280";
        QTest::newRow("tweet: bad time") << "tweets edit {tweet} --at noon" << 2 << "--at";
        QTest::newRow("tweet: --at and --no-schedule")
            << "tweets edit {tweet} --at 2026-12-01T09:30 --no-schedule" << 2 << "--no-schedule";
        QTest::newRow("tweet: unknown account")
            << "tweets edit {tweet} --account 999" << 1 << "There is no account 999.";
        QTest::newRow("posted: text") << "tweets edit {posted} --text Rewritten" << 3
                                      << "This tweet is posted and can no longer be edited.";
        QTest::newRow("posted: schedule and --disable")
            << "tweets edit {posted} --disable --at 2027-01-01T10:00" << 3 << "can no longer be edited";
        QTest::newRow("posted: account") << "tweets edit {posted} --account {account}" << 3
                                         << "can no longer be edited";
        QTest::newRow("unknown: text") << "tweets edit {unknown} --text Again" << 3
                                       << "This tweet is unknown and can no longer be edited.";
        QTest::newRow("posting: no schedule")
            << "tweets edit {posting} --no-schedule" << 3 << "This tweet is posting and can no longer be edited.";
        QTest::newRow("archived: enable") << "tweets edit {archived} --enable" << 3 << "archived";
        QTest::newRow("delete: unknown tweet") << "tweets delete {unknown}" << 3 << "Verify it first";
        QTest::newRow("delete: posting tweet") << "tweets delete {posting}" << 3 << "being posted right now";
        QTest::newRow("delete: episode with unknown tweet")
            << "episodes delete {episode}" << 3 << "of this episode may be on X";
        QTest::newRow("delete: unknown tweet id") << "tweets delete 999" << 1 << "There is no tweet 999.";
        QTest::newRow("delete: unknown episode id") << "episodes delete 999" << 1 << "There is no episode 999.";
        QTest::newRow("show: unknown tweet id") << "tweets show 999 --json" << 1 << "There is no tweet 999.";
    }

    void editAndDeleteRefusalsChangeNothing()
    {
        QFETCH(QString, line);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Seeded ids = seedDirectly();
        QStringList arguments = line.split(QLatin1Char(' '));
        for (QString &argument : arguments) {
            argument.replace(QLatin1String("{episode}"), QString::number(ids.episode))
                .replace(QLatin1String("{tweet}"), QString::number(ids.tweet))
                .replace(QLatin1String("{posted}"), QString::number(ids.posted))
                .replace(QLatin1String("{unknown}"), QString::number(ids.unknown))
                .replace(QLatin1String("{posting}"), QString::number(ids.posting))
                .replace(QLatin1String("{archived}"), QString::number(ids.archived))
                .replace(QLatin1String("{account}"), QString::number(ids.account));
            if (argument == QLatin1String("_")) {
                argument = QStringLiteral("  ");
            }
        }
        const QString before = snapshot();
        const CliResult result = cli(arguments);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
        QCOMPARE(snapshot(), before);
    }

    // What an edit leaves alone stays as it was: the object after is the object before with only the
    // named keys changed.
    void editChangesOnlyTheGivenFields_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QVariantMap>("changed");
        QTest::newRow("episode title") << "episodes edit {episode} --title Remastered"
                                       << QVariantMap {{QStringLiteral("title"), QStringLiteral("Remastered")}};
        QTest::newRow("episode number") << "episodes edit {episode} --number 7"
                                        << QVariantMap {{QStringLiteral("number"), 7}};
        QTest::newRow("episode url and date")
            << "episodes edit {episode} --url https://example.com/new --published 2027-01-02"
            << QVariantMap {{QStringLiteral("url"), QStringLiteral("https://example.com/new")},
                            {QStringLiteral("published"), QStringLiteral("2027-01-02")}};
        QTest::newRow("tweet text") << "tweets edit {tweet} --text Fresh_words"
                                    << QVariantMap {{QStringLiteral("text"), QStringLiteral("Fresh words")}};
        QTest::newRow("tweet at, with offset")
            << "tweets edit {tweet} --at 2026-12-24T18:00:00+01:00"
            << QVariantMap {{QStringLiteral("scheduled_at"), QStringLiteral("2026-12-24T17:00:00Z")}};
        QTest::newRow("tweet no schedule")
            << "tweets edit {tweet} --no-schedule" << QVariantMap {{QStringLiteral("scheduled_at"), QVariant()}};
        QTest::newRow("tweet account and disable")
            << "tweets edit {tweet} --account {other} --disable"
            << QVariantMap {{QStringLiteral("account_id"), QStringLiteral("{other}")},
                            {QStringLiteral("enabled"), false}};
        QTest::newRow("posted tweet may be disabled")
            << "tweets edit {posted} --disable" << QVariantMap {{QStringLiteral("enabled"), false}};
        QTest::newRow("unknown tweet may be disabled")
            << "tweets edit {unknown} --disable" << QVariantMap {{QStringLiteral("enabled"), false}};
        QTest::newRow("disabled tweet enabled")
            << "tweets edit {disabled} --enable" << QVariantMap {{QStringLiteral("enabled"), true}};
    }

    void editChangesOnlyTheGivenFields()
    {
        QFETCH(QString, line);
        QFETCH(QVariantMap, changed);
        const Seeded ids = seedDirectly();
        const QHash<QString, qint64> names {
            {QStringLiteral("{episode}"), ids.episode},   {QStringLiteral("{tweet}"), ids.tweet},
            {QStringLiteral("{posted}"), ids.posted},     {QStringLiteral("{unknown}"), ids.unknown},
            {QStringLiteral("{disabled}"), ids.disabled}, {QStringLiteral("{other}"), ids.otherAccount}};
        QStringList arguments = line.split(QLatin1Char(' '));
        for (QString &argument : arguments) {
            argument = names.contains(argument) ? QString::number(names.value(argument))
                                                : argument.replace(QLatin1Char('_'), QLatin1Char(' '));
        }
        const bool episode = arguments.first() == QLatin1String("episodes");
        const qint64 id = arguments.at(2).toLongLong();
        const auto current = [&] {
            QJsonObject stored = episode ? episodeJson(id) : tweetJson(QString::number(id));
            // What is derived from the stored fields (the text with its placeholders filled in, the
            // status as the window shows it) follows the edit by design.
            for (const char *derived : {"display_status", "held_reason", "text_to_send"}) {
                stored.remove(QLatin1String(derived));
            }
            return stored;
        };
        QJsonObject expected = current();
        QVERIFY(!expected.isEmpty());
        for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
            QVERIFY2(expected.contains(it.key()), qPrintable(it.key()));
            const QVariant value =
                names.contains(it.value().toString()) ? QVariant(names.value(it.value().toString())) : it.value();
            expected.insert(it.key(), QJsonValue::fromVariant(value));
        }
        const CliResult result = cli(arguments);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith(QLatin1String("saved ")), qPrintable(result.out));
        QCOMPARE(current(), expected);
    }

    void deleteDeletesWhatNeverWentOutAndArchivesTheRest()
    {
        const QString account = add({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--name"),
                                     QStringLiteral("Practice"), QStringLiteral("--sandbox")});
        const QString pilot = add(
            {QStringLiteral("episodes"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Pilot")});
        const QString bonus = add(
            {QStringLiteral("episodes"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Bonus")});
        const auto newTweet = [&](const QString &episode, const QString &text) {
            return add({QStringLiteral("tweets"), QStringLiteral("add"), QStringLiteral("--episode"), episode,
                        QStringLiteral("--account"), account, QStringLiteral("--text"), text});
        };
        const QString posted = newTweet(pilot, QStringLiteral("Out now"));
        const QString neverSent = newTweet(pilot, QStringLiteral("Reminder"));
        const QString bonusTweet = newTweet(bonus, QStringLiteral("Bonus!"));
        QVERIFY(!bonusTweet.isEmpty());
        QCOMPARE(cli({QStringLiteral("post"), posted}).exitCode, 0);

        const CliResult deleted = cli({QStringLiteral("tweets"), QStringLiteral("delete"), neverSent});
        QCOMPARE(deleted.exitCode, 0);
        QCOMPARE(deleted.out, QStringLiteral("deleted tweet ") + neverSent);
        QCOMPARE(cli({QStringLiteral("tweets"), QStringLiteral("show"), neverSent}).exitCode, 1);

        const CliResult archived = cli({QStringLiteral("tweets"), QStringLiteral("delete"), posted});
        QCOMPARE(archived.exitCode, 0);
        QVERIFY2(archived.out.startsWith(QStringLiteral("archived tweet ") + posted), qPrintable(archived.out));
        const QJsonObject kept = tweetJson(posted);
        QCOMPARE(kept.value(QLatin1String("archived")).toBool(), true);
        QCOMPARE(kept.value(QLatin1String("status")).toString(), QStringLiteral("posted"));
        QCOMPARE(kept.value(QLatin1String("attempts")).toArray().size(), 1);
        QVERIFY(CliDatabase(m_db).tweet(posted).isEmpty()); // no longer listed

        const CliResult archivedEpisode = cli({QStringLiteral("episodes"), QStringLiteral("delete"), pilot});
        QCOMPARE(archivedEpisode.exitCode, 0);
        QVERIFY2(archivedEpisode.out.startsWith(QStringLiteral("archived episode ") + pilot),
                 qPrintable(archivedEpisode.out));
        const CliResult deletedEpisode = cli({QStringLiteral("episodes"), QStringLiteral("delete"), bonus});
        QCOMPARE(deletedEpisode.exitCode, 0);
        QCOMPARE(deletedEpisode.out, QStringLiteral("deleted episode ") + bonus);
        QCOMPARE(cli({QStringLiteral("tweets"), QStringLiteral("show"), bonusTweet}).exitCode, 1);
        QVERIFY(episodeJson(pilot.toLongLong()).isEmpty() && episodeJson(bonus.toLongLong()).isEmpty());
        QVERIFY(tweetJson(posted).value(QLatin1String("archived")).toBool()); // the record survives
    }

    // A tweet that may be on X is kept, and so is its episode, until it is verified.
    void unknownTweetIsKeptUntilVerified()
    {
        const QString account =
            add({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("Real show"), QStringLiteral("--api-base"), m_server->baseUrl().toString()},
                keysJson);
        const QString episode = add(
            {QStringLiteral("episodes"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Pilot")});
        const QString tweet =
            add({QStringLiteral("tweets"), QStringLiteral("add"), QStringLiteral("--episode"), episode,
                 QStringLiteral("--account"), account, QStringLiteral("--text"), QStringLiteral("Maybe out")});
        m_server->injectFault(
            {LocalXServer::FaultKind::ServerErrorAfterCreate, 1, 0, {}, LocalXServer::Endpoint::CreateTweet});
        QCOMPARE(cli({QStringLiteral("post"), tweet}).exitCode, 5);
        const QJsonObject unknown = tweetJson(tweet);
        QCOMPARE(unknown.value(QLatin1String("status")).toString(), QStringLiteral("unknown"));
        const QJsonObject attempt = unknown.value(QLatin1String("attempts")).toArray().first().toObject();
        QCOMPARE(attempt.value(QLatin1String("outcome")).toString(), QStringLiteral("unknown"));
        QVERIFY(attempt.value(QLatin1String("http_status")).toInt() >= 500);
        QVERIFY(!attempt.value(QLatin1String("error")).toString().isEmpty());

        const CliResult refused = cli({QStringLiteral("tweets"), QStringLiteral("delete"), tweet});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains(QLatin1String("may be on X")), qPrintable(refused.err));
        QCOMPARE(tweetJson(tweet), unknown); // still there, unchanged
        QCOMPARE(CliDatabase(m_db).status(tweet), QStringLiteral("unknown"));
        const CliResult episodeRefused = cli({QStringLiteral("episodes"), QStringLiteral("delete"), episode});
        QCOMPARE(episodeRefused.exitCode, 3);
        QVERIFY2(episodeRefused.err.contains(QStringLiteral("Tweet %1 of this episode").arg(tweet)),
                 qPrintable(episodeRefused.err));
        QVERIFY(!episodeJson(episode.toLongLong()).isEmpty());

        QCOMPARE(cli({QStringLiteral("verify"), tweet}).exitCode, 0);
        const CliResult archived = cli({QStringLiteral("tweets"), QStringLiteral("delete"), tweet});
        QCOMPARE(archived.exitCode, 0);
        QVERIFY2(archived.out.startsWith(QLatin1String("archived")), qPrintable(archived.out));
        QCOMPARE(cli({QStringLiteral("episodes"), QStringLiteral("delete"), episode}).exitCode, 0);
        QCOMPARE(m_server->createRequestCount(), 1);
    }

    void showAfterASandboxPost()
    {
        const QString account = add({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--name"),
                                     QStringLiteral("Practice"), QStringLiteral("--sandbox")});
        const QString episode = add(
            {QStringLiteral("episodes"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Pilot")});
        const QString tweet =
            add({QStringLiteral("tweets"), QStringLiteral("add"), QStringLiteral("--episode"), episode,
                 QStringLiteral("--account"), account, QStringLiteral("--text"), QStringLiteral("Out now: {title}"),
                 QStringLiteral("--at"), QStringLiteral("2026-12-01T09:30:00Z")});
        const QJsonObject fresh = tweetJson(tweet);
        QCOMPARE(fresh.value(QLatin1String("attempts")).toArray().size(), 0);
        QCOMPARE(fresh.value(QLatin1String("claim_deadline")), QJsonValue());

        const QDateTime beforePost = QDateTime::currentDateTimeUtc().addSecs(-1);
        QCOMPARE(cli({QStringLiteral("post"), tweet}).exitCode, 0);
        const CliResult shown =
            cli({QStringLiteral("tweets"), QStringLiteral("show"), tweet, QStringLiteral("--json")});
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(shown.out.toUtf8()).object();
        QStringList keys = json.keys();
        keys.sort();
        QCOMPARE(keys,
                 (QStringList {
                     QStringLiteral("account_id"),     QStringLiteral("archived"),       QStringLiteral("attempts"),
                     QStringLiteral("claim_deadline"), QStringLiteral("display_status"), QStringLiteral("enabled"),
                     QStringLiteral("episode_id"),     QStringLiteral("held_reason"),    QStringLiteral("id"),
                     QStringLiteral("images"),         QStringLiteral("last_error"),     QStringLiteral("post_id"),
                     QStringLiteral("post_url"),       QStringLiteral("retry_count"),    QStringLiteral("scheduled_at"),
                     QStringLiteral("status"),         QStringLiteral("template_id"),    QStringLiteral("text"),
                     QStringLiteral("text_to_send"),   QStringLiteral("verify_after")}));
        QCOMPARE(json.value(QLatin1String("id")).toInteger(), tweet.toLongLong());
        QCOMPARE(json.value(QLatin1String("episode_id")).toInteger(), episode.toLongLong());
        QCOMPARE(json.value(QLatin1String("account_id")).toInteger(), account.toLongLong());
        QCOMPARE(json.value(QLatin1String("status")).toString(), QStringLiteral("posted"));
        QCOMPARE(json.value(QLatin1String("text")).toString(), QStringLiteral("Out now: {title}"));
        QCOMPARE(json.value(QLatin1String("scheduled_at")).toString(), QStringLiteral("2026-12-01T09:30:00Z"));
        QCOMPARE(json.value(QLatin1String("enabled")).toBool(), true);
        QCOMPARE(json.value(QLatin1String("last_error")), QJsonValue());
        QCOMPARE(json.value(QLatin1String("retry_count")).toInt(), 0);
        const QString postId = json.value(QLatin1String("post_id")).toString();
        QVERIFY(!postId.isEmpty());
        checkUtcOrNull(json.value(QLatin1String("claim_deadline")));

        const QJsonArray attempts = json.value(QLatin1String("attempts")).toArray();
        QCOMPARE(attempts.size(), 1);
        const QJsonObject attempt = attempts.first().toObject();
        keys = attempt.keys();
        keys.sort();
        QCOMPARE(keys,
                 (QStringList {QStringLiteral("attempt_id"), QStringLiteral("deadline"), QStringLiteral("error"),
                               QStringLiteral("finished_at"), QStringLiteral("http_status"), QStringLiteral("outcome"),
                               QStringLiteral("post_id"), QStringLiteral("started_at")}));
        QVERIFY(!attempt.value(QLatin1String("attempt_id")).toString().isEmpty());
        QCOMPARE(attempt.value(QLatin1String("outcome")).toString(), QStringLiteral("posted"));
        QCOMPARE(attempt.value(QLatin1String("http_status")).toInt(), 201);
        QCOMPARE(attempt.value(QLatin1String("post_id")).toString(), postId);
        QCOMPARE(attempt.value(QLatin1String("error")), QJsonValue());
        const QDateTime started = checkUtcOrNull(attempt.value(QLatin1String("started_at")));
        const QDateTime finished = checkUtcOrNull(attempt.value(QLatin1String("finished_at")));
        QVERIFY(started >= beforePost);
        QVERIFY(finished >= started);
        const QDateTime deadline = checkUtcOrNull(attempt.value(QLatin1String("deadline")));
        // The claim's lease: the command's request timeout (30 s by default) from the claim.
        QCOMPARE(deadline, started.addSecs(30));

        // The same for a person, with local times.
        const CliResult text = cli({QStringLiteral("tweets"), QStringLiteral("show"), tweet});
        QCOMPARE(text.exitCode, 0);
        for (const QString &needle :
             {QStringLiteral("Tweet %1: posted").arg(tweet), QStringLiteral("Practice"), QStringLiteral("Pilot"),
              QStringLiteral("Out now: {title}"), attempt.value(QLatin1String("attempt_id")).toString(),
              QStringLiteral("HTTP 201"), postId,
              QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC)
                  .toLocalTime()
                  .toString(QStringLiteral("yyyy-MM-dd HH:mm"))}) {
            QVERIFY2(text.out.contains(needle), qPrintable(needle + QLatin1String(" not in:\n") + text.out));
        }
    }

    // The feed's fields (schema 6) as FeedImport writes them, set here with SQL: each key carries its
    // value, and null where the episode has none; the keys from before stay as they were.
    void episodesListCarriesTheFeedFields()
    {
        const QString fromFeed =
            add({QStringLiteral("episodes"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Feed"),
                 QStringLiteral("--number"), QStringLiteral("7"), QStringLiteral("--url"),
                 QStringLiteral("https://example.com/7"), QStringLiteral("--published"), QStringLiteral("2026-11-28")});
        const QString left =
            add({QStringLiteral("episodes"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Left")});
        const QString typed = add(
            {QStringLiteral("episodes"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Typed")});
        QVERIFY(!fromFeed.isEmpty() && !left.isEmpty() && !typed.isEmpty());
        {
            TestConnection connection(m_db);
            QString error;
            QVERIFY2(connection.exec(QStringLiteral("UPDATE episodes SET feed_guid = 'urn:ep:7', season = 2, "
                                                    "episode_type = 'bonus', published_at = "
                                                    "'2026-11-28T06:15:00.000Z', description = 'About it.', image = "
                                                    "'https://cdn.example/7.jpg', enclosure_url = "
                                                    "'https://cdn.example/7.mp3', duration_s = 2537, in_feed = 1 "
                                                    "WHERE id = %1")
                                         .arg(fromFeed),
                                     &error),
                     qPrintable(error));
            QVERIFY2(connection.exec(QStringLiteral("UPDATE episodes SET feed_guid = 'urn:ep:8', episode_type = "
                                                    "'trailer', duration_s = 0, in_feed = 0 WHERE id = %1")
                                         .arg(left),
                                     &error),
                     qPrintable(error));
        }

        const QJsonObject feed = episodeJson(fromFeed.toLongLong());
        QStringList keys = feed.keys();
        keys.sort();
        QCOMPARE(keys,
                 (QStringList {QStringLiteral("duration_s"), QStringLiteral("enclosure_url"),
                               QStringLiteral("episode_type"), QStringLiteral("guid"), QStringLiteral("id"),
                               QStringLiteral("image"), QStringLiteral("in_feed"), QStringLiteral("number"),
                               QStringLiteral("published"), QStringLiteral("published_at"), QStringLiteral("season"),
                               QStringLiteral("title"), QStringLiteral("url")}));
        QCOMPARE(feed.value(QLatin1String("number")), QJsonValue(7));
        QCOMPARE(feed.value(QLatin1String("title")), QJsonValue(QStringLiteral("Feed")));
        QCOMPARE(feed.value(QLatin1String("published")), QJsonValue(QStringLiteral("2026-11-28")));
        QCOMPARE(feed.value(QLatin1String("url")), QJsonValue(QStringLiteral("https://example.com/7")));
        QCOMPARE(feed.value(QLatin1String("guid")), QJsonValue(QStringLiteral("urn:ep:7")));
        QCOMPARE(feed.value(QLatin1String("season")), QJsonValue(2));
        QCOMPARE(feed.value(QLatin1String("episode_type")), QJsonValue(QStringLiteral("bonus")));
        QCOMPARE(feed.value(QLatin1String("published_at")), QJsonValue(QStringLiteral("2026-11-28T06:15:00Z")));
        QCOMPARE(feed.value(QLatin1String("image")), QJsonValue(QStringLiteral("https://cdn.example/7.jpg")));
        QCOMPARE(feed.value(QLatin1String("enclosure_url")), QJsonValue(QStringLiteral("https://cdn.example/7.mp3")));
        QCOMPARE(feed.value(QLatin1String("duration_s")), QJsonValue(2537));
        QCOMPARE(feed.value(QLatin1String("in_feed")), QJsonValue(true));

        // Gone from the feed: in_feed false, not null; a duration of 0 is a number, not "unknown".
        const QJsonObject gone = episodeJson(left.toLongLong());
        QCOMPARE(gone.value(QLatin1String("in_feed")), QJsonValue(false));
        QCOMPARE(gone.value(QLatin1String("episode_type")), QJsonValue(QStringLiteral("trailer")));
        QCOMPARE(gone.value(QLatin1String("duration_s")), QJsonValue(0));
        QCOMPARE(gone.value(QLatin1String("season")), QJsonValue());

        // Typed in EpisodeDesk: every feed key present and null, the type the default.
        const QJsonObject own = episodeJson(typed.toLongLong());
        QCOMPARE(own.keys(), feed.keys());
        for (const char *key :
             {"guid", "season", "published_at", "image", "enclosure_url", "duration_s", "in_feed", "number"}) {
            QVERIFY2(own.value(QLatin1String(key)).isNull(), key);
        }
        QCOMPARE(own.value(QLatin1String("episode_type")), QJsonValue(QStringLiteral("full")));
        QCOMPARE(own.value(QLatin1String("published")), QJsonValue(QString()));
        QCOMPARE(own.value(QLatin1String("url")), QJsonValue(QString()));
    }

    // tweet_configs.template_id (schema 6): the show's template a tweet came from, null for the others,
    // in the list and in show.
    void tweetsCarryTheirTemplate()
    {
        const QString account = add({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--name"),
                                     QStringLiteral("Practice"), QStringLiteral("--sandbox")});
        const QString episode = add(
            {QStringLiteral("episodes"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Pilot")});
        const auto addTweet = [&](const QString &text) {
            return add({QStringLiteral("tweets"), QStringLiteral("add"), QStringLiteral("--episode"), episode,
                        QStringLiteral("--account"), account, QStringLiteral("--text"), text});
        };
        const QString announced = addTweet(QStringLiteral("New: {title}"));
        const QString own = addTweet(QStringLiteral("Behind the scenes"));
        QVERIFY(!announced.isEmpty() && !own.isEmpty());
        {
            TestConnection connection(m_db);
            QString error;
            QVERIFY2(connection.exec(QStringLiteral("INSERT INTO templates (id, account_id, text, created_at, "
                                                    "updated_at) VALUES (41, %1, 'New: {title}', "
                                                    "'2026-11-28T00:00:00.000Z', '2026-11-28T00:00:00.000Z')")
                                         .arg(account),
                                     &error),
                     qPrintable(error));
            QVERIFY2(
                connection.exec(
                    QStringLiteral("UPDATE tweet_configs SET template_id = 41 WHERE id = %1").arg(announced), &error),
                qPrintable(error));
        }
        QHash<qint64, QJsonValue> listed;
        for (const QJsonValue &row : CliDatabase(m_db).tweets()) {
            QVERIFY2(row.toObject().contains(QLatin1String("template_id")), "every row has the key");
            listed.insert(row.toObject().value(QLatin1String("id")).toInteger(),
                          row.toObject().value(QLatin1String("template_id")));
        }
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.value(announced.toLongLong()), QJsonValue(41));
        QCOMPARE(listed.value(own.toLongLong()), QJsonValue());
        QCOMPARE(tweetJson(announced).value(QLatin1String("template_id")), QJsonValue(41));
        const QJsonObject shownOwn = tweetJson(own);
        QVERIFY(shownOwn.contains(QLatin1String("template_id")));
        QCOMPARE(shownOwn.value(QLatin1String("template_id")), QJsonValue());
    }

    // Through the real posting path (claim, expand, send): X gets the feed's placeholders filled in.
    void postedTextHasTheFeedPlaceholdersFilledIn()
    {
        const QString account =
            add({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("Real show"), QStringLiteral("--handle"), QStringLiteral("@realshow"),
                 QStringLiteral("--api-base"), m_server->baseUrl().toString()},
                keysJson);
        const QString episode = add({QStringLiteral("episodes"), QStringLiteral("add"), QStringLiteral("--title"),
                                     QStringLiteral("Pilot"), QStringLiteral("--number"), QStringLiteral("4")});
        QVERIFY(!account.isEmpty() && !episode.isEmpty());
        {
            TestConnection connection(m_db);
            QString error;
            QVERIFY2(connection.exec(QStringLiteral("UPDATE episodes SET season = 2, duration_s = 3900, description = "
                                                    "'We meet the crew. Then the ship leaves.' WHERE id = %1")
                                         .arg(episode),
                                     &error),
                     qPrintable(error));
        }
        const QString tweet = add({QStringLiteral("tweets"), QStringLiteral("add"), QStringLiteral("--episode"),
                                   episode, QStringLiteral("--account"), account, QStringLiteral("--text"),
                                   QStringLiteral("S{season}E{number} {title} ({duration}): {description}")});
        QVERIFY(!tweet.isEmpty());
        const CliResult posted = cli({QStringLiteral("post"), tweet});
        QCOMPARE(posted.exitCode, 0);
        QCOMPARE(m_server->posts().size(), 1);
        const QString expected = QStringLiteral("S2E4 Pilot (1 h 05 min): We meet the crew.");
        QCOMPARE(m_server->posts().first().sentText, expected);
        QCOMPARE(tweetJson(tweet)
                     .value(QLatin1String("attempts"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("outcome")),
                 QJsonValue(QStringLiteral("posted")));
        QCOMPARE(tweetJson(tweet).value(QLatin1String("text_to_send")), QJsonValue(expected));
    }

    void textCheck_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("weightedLength");
        QTest::addColumn<bool>("valid");
        QTest::newRow("short") << QStringLiteral("hello") << 0 << 5 << true;
        QTest::newRow("url counts 23") << QStringLiteral("new https://example.com/a/very/long/path/to/episode") << 0
                                       << 27 << true;
        QTest::newRow("emoji counts 2") << QStringLiteral("🎙️") << 0 << 2 << true;
        QTest::newRow("281") << QString(281, QLatin1Char('x')) << 1 << 281 << false;
        QTest::newRow("CJK counts 2") << QString(141, QChar(0x4E2D)) << 1 << 282 << false;
    }

    void textCheck()
    {
        QFETCH(QString, text);
        QFETCH(int, exitCode);
        QFETCH(int, weightedLength);
        QFETCH(bool, valid);
        const CliResult result =
            runCli({QStringLiteral("text"), QStringLiteral("check"), QStringLiteral("--json"), text});
        QCOMPARE(result.exitCode, exitCode);
        const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(json.value(QLatin1String("weightedLength")).toInt(), weightedLength);
        QCOMPARE(json.value(QLatin1String("valid")).toBool(), valid);
        QCOMPARE(json.value(QLatin1String("permillage")).toInt(), weightedLength * 1000 / 280);
    }

    void fullWorkflowWithExitCodes()
    {
        const QString account =
            add({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("Real show"), QStringLiteral("--handle"), QStringLiteral("@realshow"),
                 QStringLiteral("--api-base"), m_server->baseUrl().toString()},
                keysJson);
        QVERIFY(!account.isEmpty());
        // The keys went to the keychain only: neither the database nor the output holds them.
        QVERIFY(!databaseContains("cli-cs"));

        const QString episode =
            add({QStringLiteral("episodes"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Pilot"),
                 QStringLiteral("--number"), QStringLiteral("1"), QStringLiteral("--url"),
                 QStringLiteral("https://example.com/1"), QStringLiteral("--published"), QStringLiteral("2026-11-28")});
        QVERIFY(!episode.isEmpty());

        // Over X's limit: refused, nothing saved.
        const CliResult tooLong =
            cli({QStringLiteral("tweets"), QStringLiteral("add"), QStringLiteral("--episode"), episode,
                 QStringLiteral("--account"), account, QStringLiteral("--text"), QString(300, QLatin1Char('a'))});
        QCOMPARE(tooLong.exitCode, 1);
        QVERIFY2(tooLong.err.contains(QLatin1String("280")), qPrintable(tooLong.err));
        QCOMPARE(CliDatabase(m_db).tweets().size(), 0);

        const QString tweet = add({QStringLiteral("tweets"), QStringLiteral("add"), QStringLiteral("--episode"),
                                   episode, QStringLiteral("--account"), account, QStringLiteral("--text"),
                                   QStringLiteral("Episode {number}: {title} {url}"), QStringLiteral("--at"),
                                   QStringLiteral("2026-12-01T09:30:00+01:00")});
        const QJsonArray listed = CliDatabase(m_db).tweets();
        QCOMPARE(listed.size(), 1);
        const QJsonObject row = listed.first().toObject();
        for (const auto *key :
             {"id", "episode_id", "account_id", "status", "post_id", "post_url", "text", "last_error"}) {
            QVERIFY2(row.contains(QLatin1String(key)), key);
        }
        QCOMPARE(row.value(QLatin1String("status")).toString(), QStringLiteral("pending"));
        QCOMPARE(row.value(QLatin1String("scheduled_at")).toString(), QStringLiteral("2026-12-01T08:30:00Z"));

        const CliResult posted = cli({QStringLiteral("post"), tweet});
        QCOMPARE(posted.exitCode, 0);
        const QString postId = m_server->posts().first().id;
        QCOMPARE(posted.out, QStringLiteral("posted: https://x.com/realshow/status/") + postId);
        QCOMPARE(m_server->posts().first().sentText, QStringLiteral("Episode 1: Pilot https://example.com/1"));

        const CliResult again = cli({QStringLiteral("post"), tweet});
        QCOMPARE(again.exitCode, 3);
        QCOMPARE(again.err, QStringLiteral("already posted: https://x.com/realshow/status/") + postId);
        QCOMPARE(m_server->createRequestCount(), 1);
        QCOMPARE(CliDatabase(m_db).tweets().first().toObject().value(QLatin1String("post_id")).toString(), postId);

        QCOMPARE(cli({QStringLiteral("post"), QStringLiteral("999")}).exitCode, 1);
        const CliResult verifyPosted = cli({QStringLiteral("verify"), tweet});
        QCOMPARE(verifyPosted.exitCode, 0);
    }

    void failuresAndUnknownExitCodes()
    {
        const QString account =
            add({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("Real show"), QStringLiteral("--api-base"), m_server->baseUrl().toString()},
                keysJson);
        const QString episode = add(
            {QStringLiteral("episodes"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Pilot")});
        auto newTweet = [&](const QString &text) {
            return add({QStringLiteral("tweets"), QStringLiteral("add"), QStringLiteral("--episode"), episode,
                        QStringLiteral("--account"), account, QStringLiteral("--text"), text});
        };

        m_server->injectFault({LocalXServer::FaultKind::Unauthorized, 1, 0, {}, LocalXServer::Endpoint::CreateTweet});
        const CliResult unauthorized = cli({QStringLiteral("post"), newTweet(QStringLiteral("one"))});
        QCOMPARE(unauthorized.exitCode, 4);
        QVERIFY2(unauthorized.err.startsWith(QLatin1String("failed, not published:")), qPrintable(unauthorized.err));

        const QString unknownTweet = newTweet(QStringLiteral("two"));
        m_server->injectFault(
            {LocalXServer::FaultKind::ServerErrorAfterCreate, 1, 0, {}, LocalXServer::Endpoint::CreateTweet});
        const CliResult unknown = cli({QStringLiteral("post"), unknownTweet});
        QCOMPARE(unknown.exitCode, 5);
        QVERIFY2(unknown.err.contains(QLatin1String("verify")), qPrintable(unknown.err));
        QCOMPARE(cli({QStringLiteral("post"), unknownTweet}).exitCode, 3);
        const CliResult verified = cli({QStringLiteral("verify"), unknownTweet});
        QCOMPARE(verified.exitCode, 0);
        QVERIFY2(verified.out.contains(m_server->posts().last().id), qPrintable(verified.out));

        m_server->injectFault({LocalXServer::FaultKind::RateLimited, 1, 0, QDateTime::currentDateTimeUtc().addSecs(900),
                               LocalXServer::Endpoint::CreateTweet});
        const CliResult limited = cli({QStringLiteral("post"), newTweet(QStringLiteral("three"))});
        QCOMPARE(limited.exitCode, 4);
        const CliResult waiting = cli({QStringLiteral("post"), newTweet(QStringLiteral("four"))});
        QCOMPARE(waiting.exitCode, 4);
        QVERIFY2(waiting.err.startsWith(QLatin1String("rate limited until")), qPrintable(waiting.err));
        QCOMPARE(m_server->createRequestCount(), 3); // the fourth never reached X
    }

    void missingKeysInKeychain()
    {
        // An account whose keys are not in the keychain (written by another machine, say).
        const QString sandbox = add({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--name"),
                                     QStringLiteral("S"), QStringLiteral("--sandbox")});
        QVERIFY(!sandbox.isEmpty());
        {
            Database db;
            QVERIFY(db.open(m_db, QStringLiteral("direct")));
            QSqlQuery query(db.connection());
            QVERIFY(query.exec(QStringLiteral("INSERT INTO accounts (name, kind, api_base_url, created_at, updated_at) "
                                              "VALUES ('No keys', 'x', '%1', 'x', 'x')")
                                   .arg(m_server->baseUrl().toString())));
        }
        const QString episode = add(
            {QStringLiteral("episodes"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Pilot")});
        const QString tweet =
            add({QStringLiteral("tweets"), QStringLiteral("add"), QStringLiteral("--episode"), episode,
                 QStringLiteral("--account"), QStringLiteral("2"), QStringLiteral("--text"), QStringLiteral("hello")});
        const CliResult result = cli({QStringLiteral("post"), tweet});
        QCOMPARE(result.exitCode, 4);
        QVERIFY2(result.err.contains(QLatin1String("not on this computer")), qPrintable(result.err));
        QCOMPARE(m_server->createRequestCount(), 0);
        // Not claimed, not failed: a computer that has the keys can still post it as it is.
        QVERIFY2(cli({QStringLiteral("tweets"), QStringLiteral("show"), tweet}).out.contains(QLatin1String("pending")),
                 "the tweet stays pending");
    }

    void badKeysInputAddsNothing_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("not json") << QByteArray("consumer_key=abc");
        QTest::newRow("missing secret") << QByteArray(
            R"({"consumer_key":"a","access_token":"b","access_token_secret":"c"})");
    }

    void badKeysInputAddsNothing()
    {
        QFETCH(QByteArray, input);
        const CliResult result =
            cli({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("X"),
                 QStringLiteral("--api-base"), QStringLiteral("https://api.x.com")},
                input);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(!result.err.contains(QLatin1String("\"a\"")));
        const CliResult list = cli({QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 0);
    }

    void badDatabaseIsRefusedUnchanged_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("garbage") << QByteArray("this is my shopping list\n");
        QTest::newRow("binary") << QByteArray(2048, '\x7f');
    }

    void badDatabaseIsRefusedUnchanged()
    {
        QFETCH(QByteArray, content);
        if (TestDatabase::isPostgreSql()) {
            // A team database that holds someone else's tables is not ours to migrate.
            TestConnection connection(m_db);
            QString error;
            QVERIFY2(connection.exec(QStringLiteral("CREATE TABLE shopping (item TEXT)"), &error), qPrintable(error));
            QSqlQuery insert(connection.db());
            QVERIFY(insert.prepare(QStringLiteral("INSERT INTO shopping (item) VALUES (?)")));
            insert.addBindValue(QString::fromLatin1(content.toHex()));
            QVERIFY(insert.exec());
            const CliResult result = cli({QStringLiteral("tweets"), QStringLiteral("list")});
            QCOMPARE(result.exitCode, 1);
            QVERIFY2(result.err.contains(QLatin1String("left unchanged")), qPrintable(result.err));
            QSqlQuery check(connection.db());
            QVERIFY(check.exec(QStringLiteral("SELECT string_agg(table_name, ',') FROM information_schema.tables "
                                              "WHERE table_schema = current_schema()")) &&
                    check.next());
            QCOMPARE(check.value(0).toString(), QStringLiteral("shopping"));
            QVERIFY(check.exec(QStringLiteral("SELECT item FROM shopping")) && check.next());
            QCOMPARE(check.value(0).toString(), QString::fromLatin1(content.toHex()));
            return;
        }
        QFile file(m_db);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        const CliResult result = cli({QStringLiteral("tweets"), QStringLiteral("list")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QLatin1String("left unchanged")), qPrintable(result.err));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
    }

    // Regression: opening a second connection in this process must not drop the locks the first one
    // holds on the file. POSIX drops all of a process's locks on a file when any descriptor of it is
    // closed; when Database::open sniffed the header with QFile, another process closing its own
    // connection believed itself the last one, checkpointed and deleted the WAL, and this process's
    // later commits (claims!) were lost, so two processes posted the same tweet.
    void secondConnectionKeepsTheFirstOnesCommits()
    {
        Database first;
        QVERIFY(first.open(m_db, QStringLiteral("first")));
        Episode episode;
        episode.title = QStringLiteral("Before the second connection");
        QVERIFY(EpisodeStore(first.connection()).add(episode));
        Database second;
        QVERIFY(second.open(m_db, QStringLiteral("second")));
        // Another process opens and closes the database.
        QCOMPARE(cli({QStringLiteral("episodes"), QStringLiteral("list")}).exitCode, 0);
        episode.title = QStringLiteral("After the other process closed");
        QVERIFY(EpisodeStore(first.connection()).add(episode));
        const CliResult listed = cli({QStringLiteral("episodes"), QStringLiteral("list")});
        QVERIFY2(listed.out.contains(QLatin1String("After the other process closed")), qPrintable(listed.out));
    }

    // The long lists are written as they are read: every row arrives once, in id order, archived ones
    // left out, and the JSON is one valid array (a dropped separator or a cut-off end breaks it).
    void listsCarryEveryRow_data()
    {
        QTest::addColumn<QString>("group");
        QTest::addColumn<bool>("json");
        QTest::newRow("tweets --json") << QStringLiteral("tweets") << true;
        QTest::newRow("tweets as text") << QStringLiteral("tweets") << false;
        QTest::newRow("episodes --json") << QStringLiteral("episodes") << true;
        QTest::newRow("episodes as text") << QStringLiteral("episodes") << false;
    }

    void listsCarryEveryRow()
    {
        QFETCH(QString, group);
        QFETCH(bool, json);
        const LongLists seeded = seedLongLists(1500, 4000);
        const ListedRows &expected = group == QLatin1String("tweets") ? seeded.tweets : seeded.episodes;
        QStringList arguments {group, QStringLiteral("list")};
        if (json) {
            arguments << QStringLiteral("--json");
        }
        const CliResult result = cli(arguments);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
        if (!json) {
            QCOMPARE(result.out.split(QLatin1Char('\n')), QStringList(expected.lines.values()));
            return;
        }
        QJsonParseError error {};
        const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(document.isArray());
        const QJsonArray array = document.array();
        QCOMPARE(array.size(), expected.texts.size());
        const QLatin1String textKey(group == QLatin1String("tweets") ? "text" : "title");
        auto row = expected.texts.cbegin();
        for (const QJsonValue &value : array) {
            QCOMPARE(value.toObject().value(QLatin1String("id")).toInteger(), row.key());
            QCOMPARE(value.toObject().value(textKey).toString(), row.value());
            ++row;
        }
    }

    // A reader that goes away (`episodedesk tweets list --json | head`) ends the list at once: by
    // SIGPIPE, as Unix tools end, or where SIGPIPE is ignored with exit code 1 and a message, never
    // with a success that lost the rest of the list.
    void closedStdoutEndsTheList_data()
    {
        QTest::addColumn<bool>("ignoreSigpipe");
        QTest::newRow("SIGPIPE default") << false;
        QTest::newRow("SIGPIPE ignored") << true;
    }

    void closedStdoutEndsTheList()
    {
        QFETCH(bool, ignoreSigpipe);
        seedLongLists(10, 4000); // as JSON, many times what a pipe holds
        int fds[2] = {-1, -1};
        QCOMPARE(::pipe2(fds, O_CLOEXEC), 0);
        QObject owner;
        auto *process = new QProcess(&owner);
        process->setProgram(QStringLiteral(EPISODEDESK_APP_BINARY));
        process->setArguments(
            {QStringLiteral("--db"), m_db, QStringLiteral("tweets"), QStringLiteral("list"), QStringLiteral("--json")});
        const int writeEnd = fds[1];
        // In the child, before exec (async-signal-safe calls only): its standard output is this test's
        // pipe, whose reading end the test can close.
        process->setChildProcessModifier([writeEnd, ignoreSigpipe] {
            ::dup2(writeEnd, STDOUT_FILENO);
            ::signal(SIGPIPE, ignoreSigpipe ? SIG_IGN : SIG_DFL);
        });
        process->start();
        ::close(fds[1]);
        pollfd readable {fds[0], POLLIN, 0};
        char first = 0;
        const bool gotOutput = ::poll(&readable, 1, 60000) == 1 && ::read(fds[0], &first, 1) == 1;
        ::close(fds[0]);
        QVERIFY(gotOutput);
        QCOMPARE(first, '[');
        const CliResult result = finishCli(process);
        QVERIFY2(result.err != QLatin1String("timed out"), "the list went on after its reader left");
        if (ignoreSigpipe) {
            QCOMPARE(result.exitCode, 1);
            QVERIFY2(result.err.contains(QLatin1String("Cannot write to standard output")), qPrintable(result.err));
        } else {
            QCOMPARE(process->exitStatus(), QProcess::CrashExit); // SIGPIPE: quiet, as `… | head` expects
            QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
        }
    }

private:
    CliResult cli(const QStringList &arguments, const QByteArray &input = {}) const
    {
        return CliDatabase(m_db).run(arguments, input);
    }
    QString add(const QStringList &arguments, const QByteArray &input = {}) const
    {
        return CliDatabase(m_db).add(arguments, input);
    }
    QString status(const QString &id) const { return CliDatabase(m_db).status(id); }
    static bool fileContains(const QString &path, const char *needle)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) && file.readAll().contains(needle);
    }

    // Whether the database holds `needle` anywhere: its bytes on disk for SQLite (the file and its
    // WAL), every row of the tables that hold text about accounts on PostgreSQL.
    bool databaseContains(const char *needle) const
    {
        if (!TestDatabase::isPostgreSql()) {
            return fileContains(m_db, needle) || fileContains(m_db + QStringLiteral("-wal"), needle);
        }
        TestConnection connection(m_db);
        QSqlQuery query(connection.db());
        if (!query.exec(QStringLiteral("SELECT t::text FROM accounts t UNION ALL SELECT s::text FROM settings s "
                                       "UNION ALL SELECT l::text FROM account_limits l"))) {
            return true; // unreadable: cannot prove the secret is absent
        }
        while (query.next()) {
            if (query.value(0).toString().contains(QLatin1String(needle))) {
                return true;
            }
        }
        return false;
    }

    QJsonObject tweetJson(const QString &id) const
    {
        const CliResult result = cli({QStringLiteral("tweets"), QStringLiteral("show"), id, QStringLiteral("--json")});
        return result.exitCode == 0 ? QJsonDocument::fromJson(result.out.toUtf8()).object() : QJsonObject();
    }

    QJsonObject episodeJson(qint64 id) const
    {
        const CliResult result = cli({QStringLiteral("episodes"), QStringLiteral("list"), QStringLiteral("--json")});
        for (const QJsonValue &value : QJsonDocument::fromJson(result.out.toUtf8()).array()) {
            if (value.toObject().value(QLatin1String("id")).toInteger() == id) {
                return value.toObject();
            }
        }
        return {};
    }

    // An ISO 8601 time in UTC ("…Z"), or null; returns it (invalid for null).
    static QDateTime checkUtcOrNull(const QJsonValue &value)
    {
        if (value.isNull()) {
            return {};
        }
        const QString text = value.toString();
        const QDateTime time = QDateTime::fromString(text, Qt::ISODate);
        if (!text.endsWith(QLatin1Char('Z')) || !time.isValid() || time.timeSpec() != Qt::UTC) {
            qWarning() << "not an ISO 8601 UTC time:" << value;
            return QDateTime::fromMSecsSinceEpoch(0, Qt::UTC).addYears(-100); // fails any ordering check
        }
        return time;
    }

    struct Seeded
    {
        qint64 account = 0;
        qint64 otherAccount = 0;
        qint64 episode = 0;
        qint64 tweet = 0; // pending, scheduled
        qint64 disabled = 0;
        qint64 posted = 0;
        qint64 unknown = 0;
        qint64 posting = 0;
        qint64 archived = 0;
    };

    // One episode with a tweet in every state, written straight to the database (the states the
    // poster would leave, without posting).
    Seeded seedDirectly() const
    {
        Database db;
        if (!db.open(m_db, QStringLiteral("seed"))) {
            qFatal("cannot open the test database");
        }
        Seeded ids;
        AccountStore accounts(db.connection());
        Account account;
        account.name = QStringLiteral("Practice");
        account.kind = AccountKind::Sandbox;
        ids.account = accounts.add(account).value_or(0);
        account.name = QStringLiteral("Other");
        ids.otherAccount = accounts.add(account).value_or(0);
        Episode episode;
        episode.title = QStringLiteral("Pilot");
        episode.number = 1;
        episode.link = QUrl(QStringLiteral("https://example.com/1"));
        episode.publishedOn = QDate(2026, 11, 28);
        ids.episode = EpisodeStore(db.connection()).add(episode).value_or(0);
        TweetStore tweets(db.connection());
        const auto addTweet = [&](const QString &text, bool enabled = true) {
            TweetConfig config;
            config.episodeId = ids.episode;
            config.accountId = ids.account;
            config.text = text;
            config.enabled = enabled;
            config.scheduledAt = QDateTime(QDate(2026, 12, 1), QTime(8, 30), Qt::UTC);
            config.scheduledZone = QStringLiteral("Europe/Berlin");
            return tweets.add(config).value_or(0);
        };
        ids.tweet = addTweet(QStringLiteral("Pending"));
        ids.disabled = addTweet(QStringLiteral("Disabled"), false);
        ids.posted = addTweet(QStringLiteral("Posted"));
        ids.unknown = addTweet(QStringLiteral("Unknown"));
        ids.posting = addTweet(QStringLiteral("Posting"));
        ids.archived = addTweet(QStringLiteral("Archived"));
        QSqlQuery query(db.connection());
        const auto exec = [&query](const QString &sql) {
            if (!query.exec(sql)) {
                qFatal("seeding failed: %s", qPrintable(sql));
            }
        };
        for (const auto &[id, status] : {std::pair {ids.posted, "posted"}, std::pair {ids.unknown, "unknown"},
                                         std::pair {ids.posting, "posting"}, std::pair {ids.archived, "failed"}}) {
            exec(QStringLiteral("INSERT INTO post_attempts (attempt_id, config_id, account_id, text_sent, "
                                "claimed_by, started_at, deadline, outcome, post_id) VALUES ('a%1', %1, %2, 't', "
                                "'host:1', '2026-12-01T08:30:00.000Z', '2026-12-01T08:30:30.000Z', '%3', %4)")
                     .arg(id)
                     .arg(ids.account)
                     .arg(QLatin1String(status))
                     .arg(qstrcmp(status, "posted") == 0 ? QStringLiteral("'1800'") : QStringLiteral("NULL")));
            exec(QStringLiteral("UPDATE tweet_configs SET status = '%2', attempt_id = 'a%1', claimed_at = "
                                "'2026-12-01T08:30:00.000Z', post_id = %3 WHERE id = %1")
                     .arg(id)
                     .arg(QLatin1String(status))
                     .arg(qstrcmp(status, "posted") == 0 ? QStringLiteral("'1800'") : QStringLiteral("NULL")));
        }
        exec(QStringLiteral("UPDATE tweet_configs SET archived = 1, enabled = 0 WHERE id = %1").arg(ids.archived));
        if (!ids.account || !ids.otherAccount || !ids.episode || !ids.archived) {
            qFatal("seeding failed");
        }
        return ids;
    }

    struct ListedRows
    {
        QMap<qint64, QString> lines; // the text list's line, by id
        QMap<qint64, QString> texts; // the tweet's text or the episode's title, by id
    };
    struct LongLists
    {
        ListedRows episodes;
        ListedRows tweets;
    };

    // Many episodes and tweets, written straight to the database in one transaction, with an archived
    // episode and tweet that the lists leave out. Texts need escaping in JSON and span lines.
    LongLists seedLongLists(int episodeCount, int tweetCount) const
    {
        Database db;
        if (!db.open(m_db, QStringLiteral("seed-long"))) {
            qFatal("cannot open the test database");
        }
        Account account;
        account.name = QStringLiteral("Practice");
        account.kind = AccountKind::Sandbox;
        const qint64 accountId = AccountStore(db.connection()).add(account).value_or(0);
        QSqlQuery query(db.connection());
        const auto exec = [&query](const QVariantList &values) {
            for (const QVariant &value : values) {
                query.addBindValue(value);
            }
            if (!query.exec()) {
                qFatal("seeding failed: %s", qPrintable(query.lastError().text()));
            }
            return query.lastInsertId().toLongLong();
        };
        const QString now = QStringLiteral("2026-11-28T00:00:00.000Z");
        LongLists lists;
        db.connection().transaction();
        query.prepare(QStringLiteral("INSERT INTO episodes (number, title, published_on, link, notes, archived, "
                                     "created_at, updated_at) VALUES (?, ?, '2026-11-28', 'https://example.com/', '', "
                                     "?, ?, ?)"));
        QList<qint64> episodeIds;
        for (int i = 0; i <= episodeCount; ++i) {
            const bool archived = i == episodeCount / 2;
            const QVariant number = i % 3 == 0 ? QVariant() : QVariant(i);
            const QString title = QStringLiteral("Épisode %1 — \"live\" \\ 🎙").arg(i);
            const qint64 id = exec({number, title, archived ? 1 : 0, now, now});
            if (!archived) {
                episodeIds.append(id);
                lists.episodes.texts.insert(id, title);
                lists.episodes.lines.insert(id, QStringLiteral("%1\t%2\t%3").arg(id).arg(number.toString(), title));
            }
        }
        query.prepare(QStringLiteral("INSERT INTO tweet_configs (episode_id, account_id, text, archived, created_at, "
                                     "updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
        for (int i = 0; i <= tweetCount; ++i) {
            const bool archived = i == tweetCount / 2;
            const QString text = QStringLiteral("Tweet %1 about {title}:\n«quoted \"%1\"» \\ 🎙").arg(i);
            const qint64 id = exec({episodeIds.at(i % episodeIds.size()), accountId, text, archived ? 1 : 0, now, now});
            if (!archived) {
                lists.tweets.texts.insert(id, text);
                lists.tweets.lines.insert(id,
                                          QStringLiteral("%1\tpending\t\t%2")
                                              .arg(id)
                                              .arg(QString(text).replace(QLatin1Char('\n'), QLatin1Char(' '))));
            }
        }
        if (!db.connection().commit() || !accountId) {
            qFatal("seeding failed");
        }
        return lists;
    }

    // Every row of the tables the commands write, updated_at included: equal snapshots mean nothing
    // was written.
    QString snapshot() const
    {
        Database db;
        if (!db.open(m_db, QStringLiteral("snapshot"))) {
            return QStringLiteral("cannot open");
        }
        QString dump;
        QSqlQuery query(db.connection());
        for (const char *table : {"episodes", "tweet_configs", "post_attempts", "accounts"}) {
            if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(QLatin1String(table)))) {
                return QStringLiteral("cannot read ") + QLatin1String(table);
            }
            while (query.next()) {
                dump += QLatin1String(table);
                for (int column = 0; column < query.record().count(); ++column) {
                    dump += QLatin1Char('|') + query.value(column).toString();
                }
                dump += QLatin1Char('\n');
            }
        }
        return dump;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabase> m_database;
    QString m_db; // an SQLite file or a postgresql:// URI, as --db takes it
    std::unique_ptr<LocalXServer> m_server;
};

QTEST_GUILESS_MAIN(CliTest)
#include "test_cli.moc"
