// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Real processes racing on one database file, and real crashes (SIGKILL) in the middle of a post.
// Every count is of what reached the local X server.

#include "clirunner.h"
#include "media/mediastore.h"
#include "media/tweetimagestore.h"
#include "posting/postingjournal.h"
#include "posting/postingstore.h"
#include "sandbox/localxserver.h"
#include "store/database.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <csignal>
#include <cstdio>
#include <memory>

using namespace EpisodeDesk::Models;
using namespace EpisodeDesk::Tests;

namespace {

const QByteArray keysJson = R"({"consumer_key":"proc-ck","consumer_secret":"proc-cs","access_token":"proc-at",
                                "access_token_secret":"proc-ats"})";

// Helper mode of this binary: claim a tweet through the real claim code, say so, then wait to be
// killed — a process that dies after the claim and before any byte went to X.
int claimAndHang(const QString &databasePath, qint64 configId)
{
    Database db;
    if (!db.open(databasePath, QStringLiteral("hang"))) {
        return 1;
    }
    PostingStore store(
        db.connection(), Claimant::current(), [] { return QDateTime::currentDateTimeUtc(); }, 5000);
    // A long lease: only its death, not its deadline, may end this claim early.
    const ClaimResult claim = store.claim(configId, 600000);
    std::printf("%s\n", claim.ok() ? "claimed" : "refused");
    std::fflush(stdout);
    QEventLoop loop;
    return loop.exec();
}

} // namespace

class PostingProcessesTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The application's names, so that PostingJournal::directoryFor() finds a team database's
        // journal where the episodedesk processes keep it (their application data, same HOME).
        QCoreApplication::setOrganizationName(QStringLiteral("EpisodeDesk"));
        QCoreApplication::setApplicationName(QStringLiteral("EpisodeDesk"));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_database = std::make_unique<TestDatabase>(m_dir->path(), QStringLiteral("show"));
        m_db = m_database->location();
        QVERIFY2(!m_db.isEmpty(), qPrintable(m_database->errorString()));
        m_server = std::make_unique<LocalXServer>();
        m_server->addUser(QStringLiteral("3003"), QStringLiteral("procshow"), QStringLiteral("Proc show"),
                          {QStringLiteral("proc-ck"), QStringLiteral("proc-cs"), QStringLiteral("proc-at"),
                           QStringLiteral("proc-ats")});
        m_server->setRateLimit(100000, 100000);
        QVERIFY(m_server->listen());
        m_account = add({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--name"),
                         QStringLiteral("Proc"), QStringLiteral("--api-base"), m_server->baseUrl().toString()},
                        keysJson);
        m_episode = add(
            {QStringLiteral("episodes"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Race day")});
        QVERIFY(!m_account.isEmpty() && !m_episode.isEmpty());
    }

    void cleanup()
    {
        m_server.reset();
        m_database.reset();
        m_dir.reset();
    }

    // 8 processes post the same tweet on one database file: one request reaches X, one process exits
    // 0, the other seven exit 3. Twenty times.
    void eightProcessesPostOneTweet()
    {
        constexpr int processes = 8;
        constexpr int rounds = 20;
        for (int round = 0; round < rounds; ++round) {
            const QString tweet = newTweet(QStringLiteral("Round %1 of the race").arg(round));
            const int before = m_server->createRequestCount();
            QObject owner;
            QList<QProcess *> running;
            for (int i = 0; i < processes; ++i) {
                running.append(startCli({QStringLiteral("--db"), m_db, QStringLiteral("post"), tweet}, &owner));
            }
            int posted = 0;
            int refused = 0;
            for (QProcess *process : std::as_const(running)) {
                const CliResult result = finishCli(process);
                if (result.exitCode == 0) {
                    ++posted;
                } else {
                    QVERIFY2(result.exitCode == 3, qPrintable(QString::number(result.exitCode) + result.err));
                    QVERIFY2(result.err.startsWith(QLatin1String("already post")), qPrintable(result.err));
                    ++refused;
                }
            }
            QCOMPARE(posted, 1);
            QCOMPARE(refused, processes - 1);
            QCOMPARE(m_server->createRequestCount(), before + 1);
        }
        QCOMPARE(m_server->storedPostCount(), rounds);
    }

    // Killed while X holds its request (X publishes after the kill): the next post sends nothing and
    // verify settles it as posted with X's id.
    void killedWhileXHoldsTheRequest()
    {
        const QString tweet = newTweet(QStringLiteral("Published after the crash"));
        m_server->injectFault({LocalXServer::FaultKind::Delay, 1, 1500, {}, LocalXServer::Endpoint::CreateTweet});
        QSignalSpy received(m_server.get(), &LocalXServer::createRequestReceived);
        QSignalSpy stored(m_server.get(), &LocalXServer::postStored);
        QObject owner;
        QProcess *poster = startCli({QStringLiteral("--db"), m_db, QStringLiteral("post"), tweet}, &owner);
        QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, 20000);
        ::kill(static_cast<pid_t>(poster->processId()), SIGKILL);
        QTRY_COMPARE_WITH_TIMEOUT(int(poster->state()), int(QProcess::NotRunning), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(stored.count(), 1, 10000);

        const CliResult again = cli({QStringLiteral("post"), tweet});
        QCOMPARE(again.exitCode, 3);
        QVERIFY2(again.err.startsWith(QLatin1String("unknown")), qPrintable(again.err));
        QCOMPARE(m_server->createRequestCount(), 1);
        QCOMPARE(status(tweet), QStringLiteral("unknown"));

        const CliResult verified =
            cli({QStringLiteral("verify"), tweet, QStringLiteral("--safe-delay"), QStringLiteral("0")});
        QCOMPARE(verified.exitCode, 0);
        QCOMPARE(status(tweet), QStringLiteral("posted"));
        QCOMPARE(CliDatabase(m_db).tweet(tweet).value(QLatin1String("post_id")).toString(),
                 m_server->posts().first().id);
        QCOMPARE(cli({QStringLiteral("post"), tweet}).exitCode, 3);
        QCOMPARE(m_server->createRequestCount(), 1);
    }

    // Killed after the claim, before the request left: verified not published, then a retry posts once.
    void killedBeforeTheRequestLeft()
    {
        const QString tweet = newTweet(QStringLiteral("Never left the building"));
        QProcess hanger;
        QVERIFY(claimAndHangIn(&hanger, tweet));
        QCOMPARE(status(tweet), QStringLiteral("posting"));
        hanger.kill(); // SIGKILL on Unix
        QTRY_COMPARE_WITH_TIMEOUT(int(hanger.state()), int(QProcess::NotRunning), 10000);

        const CliResult again = cli({QStringLiteral("post"), tweet});
        QCOMPARE(again.exitCode, 3);
        QCOMPARE(status(tweet), QStringLiteral("unknown"));
        const CliResult verified =
            cli({QStringLiteral("verify"), tweet, QStringLiteral("--safe-delay"), QStringLiteral("0")});
        QCOMPARE(verified.exitCode, 0);
        QVERIFY2(verified.out.startsWith(QLatin1String("not published")), qPrintable(verified.out));
        QCOMPARE(status(tweet), QStringLiteral("failed"));
        QCOMPARE(m_server->createRequestCount(), 0);

        QCOMPARE(cli({QStringLiteral("post"), tweet}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("post"), tweet}).exitCode, 3);
        QCOMPARE(m_server->createRequestCount(), 1);
        QCOMPARE(m_server->storedPostCount(), 1);
    }

    // X publishes and answers 201, but the database is locked so the answer cannot be written; the
    // process is killed before it can. The answer was journaled first: the next process replays it,
    // the tweet is posted with X's id, and nothing is sent again.
    void journalReplayedAfterKillBetween201AndFinish()
    {
        const QString tweet = newTweet(QStringLiteral("Answered, then killed"));
        m_server->injectFault({LocalXServer::FaultKind::Delay, 1, 1000, {}, LocalXServer::Endpoint::CreateTweet});
        QSignalSpy received(m_server.get(), &LocalXServer::createRequestReceived);
        QObject owner;
        QProcess *poster = startCli({QStringLiteral("--db"), m_db, QStringLiteral("post"), tweet}, &owner);
        QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, 20000);

        // Claimed and sent: now lock the database until after the kill.
        Database locker;
        QVERIFY(locker.open(m_db, QStringLiteral("locker")));
        QSqlQuery lock(locker.connection());
        QVERIFY(beginWriteLock(lock));
        const auto journalEntries = [path = PostingJournal::directoryFor(m_db)] {
            return QDir(path).entryList({QStringLiteral("*.json")}, QDir::Files).size();
        };
        QTRY_COMPARE_WITH_TIMEOUT(journalEntries(), 1, 10000);
        ::kill(static_cast<pid_t>(poster->processId()), SIGKILL);
        QTRY_COMPARE_WITH_TIMEOUT(int(poster->state()), int(QProcess::NotRunning), 10000);
        QVERIFY(lock.exec(QStringLiteral("COMMIT")));
        QCOMPARE(status(tweet), QStringLiteral("posting"));

        const CliResult again = cli({QStringLiteral("post"), tweet});
        QCOMPARE(again.exitCode, 3);
        QVERIFY2(again.err.startsWith(QLatin1String("already posted")), qPrintable(again.err));
        QCOMPARE(status(tweet), QStringLiteral("posted"));
        QCOMPARE(CliDatabase(m_db).tweet(tweet).value(QLatin1String("post_id")).toString(),
                 m_server->posts().first().id);
        QCOMPARE(journalEntries(), 0);
        QCOMPARE(m_server->createRequestCount(), 1);
        QCOMPARE(m_server->storedPostCount(), 1);
    }

    // The app is running when another process dies holding a claim: the app's own recovery turns it
    // unknown within seconds, without a restart or a click. `scheduler run` is the app without a
    // window: the same posting engine with the same background recovery.
    void killedClaimantRecoveredWhileTheAppRuns()
    {
        const QString tweet = newTweet(QStringLiteral("Claimed by a process that dies"));
        QProcess hanger;
        QVERIFY(claimAndHangIn(&hanger, tweet));

        // The app starts while the claimant is alive: its start-up recovery rightly leaves the claim.
        QObject owner;
        QProcess *app =
            startCli({QStringLiteral("--db"), m_db, QStringLiteral("scheduler"), QStringLiteral("run")}, &owner);
        QTRY_COMPARE_WITH_TIMEOUT(int(app->state()), int(QProcess::Running), 10000);
        QVERIFY(app->waitForStarted());
        QCOMPARE(status(tweet), QStringLiteral("posting"));

        hanger.kill();
        QTRY_COMPARE_WITH_TIMEOUT(int(hanger.state()), int(QProcess::NotRunning), 10000);
        QElapsedTimer recovery;
        recovery.start();
        QTRY_COMPARE_WITH_TIMEOUT(status(tweet), QStringLiteral("unknown"), 10000);
        qInfo("recovered by the running app %lld ms after the kill", recovery.elapsed());
        QCOMPARE(int(app->state()), int(QProcess::Running)); // nobody restarted it
        app->terminate();
        QTRY_COMPARE_WITH_TIMEOUT(int(app->state()), int(QProcess::NotRunning), 10000);
        QCOMPARE(m_server->createRequestCount(), 0);
    }

    // The user's report, as a script would run it: A's request is lost, B (same words, another link)
    // is posted, and verifying A must not settle it with B's post.
    void lostTweetIsNotVerifiedByItsNeighbour()
    {
        const QString a = newTweet(QStringLiteral("Out now! https://example.com/ep101"));
        const QString b = newTweet(QStringLiteral("Out now! https://example.com/ep102"));
        m_server->injectFault({LocalXServer::FaultKind::Hang, 1, 0, {}, LocalXServer::Endpoint::CreateTweet});
        QCOMPARE(cli({QStringLiteral("post"), a, QStringLiteral("--timeout"), QStringLiteral("3")}).exitCode, 5);
        QCOMPARE(cli({QStringLiteral("post"), b}).exitCode, 0);
        const CliResult verified =
            cli({QStringLiteral("verify"), a, QStringLiteral("--safe-delay"), QStringLiteral("0")});
        QCOMPARE(verified.exitCode, 0);
        QVERIFY2(verified.out.startsWith(QLatin1String("not published")), qPrintable(verified.out));
        QCOMPARE(status(a), QStringLiteral("failed"));
        QVERIFY(CliDatabase(m_db).tweet(a).value(QLatin1String("post_id")).toString().isEmpty());
        QCOMPARE(cli({QStringLiteral("post"), a}).exitCode, 0);
        QCOMPARE(m_server->storedPostCount(), 2);
        QVERIFY(CliDatabase(m_db).tweet(a).value(QLatin1String("post_id")).toString() !=
                CliDatabase(m_db).tweet(b).value(QLatin1String("post_id")).toString());
    }

    // 8 processes post one tweet with two images: each may upload them (harmless), one create reaches
    // X, carrying both. Five times.
    void eightProcessesPostOneTweetWithImages()
    {
        constexpr int processes = 8;
        for (int round = 0; round < 5; ++round) {
            const QString tweet = newTweet(QStringLiteral("Round %1, with pictures").arg(round));
            QVERIFY(attachImages(tweet, 2));
            const int before = m_server->createRequestCount();
            QObject owner;
            QList<QProcess *> running;
            for (int i = 0; i < processes; ++i) {
                running.append(startCli({QStringLiteral("--db"), m_db, QStringLiteral("post"), tweet}, &owner));
            }
            int posted = 0;
            for (QProcess *process : std::as_const(running)) {
                const CliResult result = finishCli(process);
                QVERIFY2(result.exitCode == 0 || result.exitCode == 3, qPrintable(result.err));
                posted += result.exitCode == 0 ? 1 : 0;
            }
            QCOMPARE(posted, 1);
            QCOMPARE(m_server->createRequestCount(), before + 1);
            QCOMPARE(m_server->posts().last().mediaIds.size(), 2);
        }
        QCOMPARE(m_server->storedPostCount(), 5);
    }

    // Killed between the uploads and the create (X holds the first image's alt text): nothing was
    // claimed, so the next process posts, and X gets one create with both images.
    void killedBetweenUploadAndCreatePostsOnce()
    {
        const QString tweet = newTweet(QStringLiteral("Two pictures, one crash"));
        QVERIFY(attachImages(tweet, 2));
        m_server->injectFault({LocalXServer::FaultKind::Hang, 1, 0, {}, LocalXServer::Endpoint::MediaMetadata});
        QObject owner;
        QProcess *poster = startCli({QStringLiteral("--db"), m_db, QStringLiteral("post"), tweet}, &owner);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->mediaMetadataCount(), 1, 20000);
        ::kill(static_cast<pid_t>(poster->processId()), SIGKILL);
        QTRY_COMPARE_WITH_TIMEOUT(int(poster->state()), int(QProcess::NotRunning), 10000);
        QCOMPARE(status(tweet), QStringLiteral("pending"));
        QCOMPARE(m_server->createRequestCount(), 0);

        const CliResult again = cli({QStringLiteral("post"), tweet});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(m_server->createRequestCount(), 1);
        QCOMPARE(m_server->storedPostCount(), 1);
        QCOMPARE(m_server->posts().first().mediaIds.size(), 2);
        // The first image again (its id never got its alt text), and the second.
        QCOMPARE(m_server->mediaUploadCount(), 3);
        QCOMPARE(status(tweet), QStringLiteral("posted"));
    }

    // Killed after the create left, before its answer was recorded (X publishes after the kill):
    // nothing is sent again, and verify finds the post by its text and its images' media keys.
    void killedBetweenCreateAndFinishPostsOnce()
    {
        const QString tweet = newTweet(QStringLiteral("Published with art after the crash"));
        QVERIFY(attachImages(tweet, 2));
        m_server->injectFault({LocalXServer::FaultKind::Delay, 1, 1500, {}, LocalXServer::Endpoint::CreateTweet});
        QSignalSpy received(m_server.get(), &LocalXServer::createRequestReceived);
        QSignalSpy stored(m_server.get(), &LocalXServer::postStored);
        QObject owner;
        QProcess *poster = startCli({QStringLiteral("--db"), m_db, QStringLiteral("post"), tweet}, &owner);
        QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, 20000);
        ::kill(static_cast<pid_t>(poster->processId()), SIGKILL);
        QTRY_COMPARE_WITH_TIMEOUT(int(poster->state()), int(QProcess::NotRunning), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(stored.count(), 1, 10000);

        QCOMPARE(cli({QStringLiteral("post"), tweet}).exitCode, 3); // unknown: verify first
        const CliResult verified =
            cli({QStringLiteral("verify"), tweet, QStringLiteral("--safe-delay"), QStringLiteral("0")});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
        QCOMPARE(status(tweet), QStringLiteral("posted"));
        QCOMPARE(CliDatabase(m_db).tweet(tweet).value(QLatin1String("post_id")).toString(),
                 m_server->posts().first().id);
        QCOMPARE(m_server->createRequestCount(), 1);
        QCOMPARE(m_server->storedPostCount(), 1);
    }

private:
    // Gives the tweet `count` images with alt text, through the stores the app and the CLI use.
    bool attachImages(const QString &tweet, int count) const
    {
        Database db;
        if (!db.open(m_db, QStringLiteral("images"))) {
            return false;
        }
        QList<TweetImage> images;
        for (int i = 0; i < count; ++i) {
            QImage image(QSize(400 + 100 * i, 400), QImage::Format_RGB32);
            image.fill(QColor::fromHsv(40 * i, 200, 200));
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "png");
            const ImageCheck check = prepareImage(png, QStringLiteral("picture-%1.png").arg(i + 1));
            const auto stored = check.ok() ? MediaStore(db.connection()).put(*check.image) : std::nullopt;
            if (!stored) {
                return false;
            }
            images.append(*stored);
            images.last().alt = QStringLiteral("Picture %1 of the episode").arg(i + 1);
        }
        return TweetImageStore(db.connection()).setImages(tweet.toLongLong(), images);
    }

    // Starts this binary's helper mode: a process that claims `tweet` and then hangs until killed.
    bool claimAndHangIn(QProcess *hanger, const QString &tweet) const
    {
        hanger->setProgram(QCoreApplication::applicationFilePath());
        hanger->setArguments({QStringLiteral("--claim-and-hang"), m_db, tweet});
        hanger->start();
        return QTest::qWaitFor([hanger] { return hanger->canReadLine(); }, 20000) &&
            hanger->readLine().trimmed() == "claimed";
    }

    CliResult cli(const QStringList &arguments, const QByteArray &input = {}) const
    {
        return CliDatabase(m_db).run(arguments, input);
    }
    QString add(const QStringList &arguments, const QByteArray &input = {}) const
    {
        return CliDatabase(m_db).add(arguments, input);
    }
    QString status(const QString &id) const { return CliDatabase(m_db).status(id); }
    QString newTweet(const QString &text)
    {
        return add({QStringLiteral("tweets"), QStringLiteral("add"), QStringLiteral("--episode"), m_episode,
                    QStringLiteral("--account"), m_account, QStringLiteral("--text"), text});
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabase> m_database;
    QString m_db; // an SQLite file or a postgresql:// URI, as --db takes it
    std::unique_ptr<LocalXServer> m_server;
    QString m_account;
    QString m_episode;
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && QByteArray(argv[1]) == "--claim-and-hang") {
        return claimAndHang(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toLongLong());
    }
    PostingProcessesTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "test_postingprocesses.moc"
