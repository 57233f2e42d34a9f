// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// episodedesk scheduler run: the window's scheduler, headless, for a systemd user timer or cron
#include "posting/scheduler.h"

#include "commands/commands.h"
#include "commands/invocation.h"
#include "commands/output.h"
#include "feeds/feedrefresher.h"
#include "posting/postingservice.h"
#include "sandbox/sandboxhost.h"
#include "secrets/keychainsecretstore.h"
#include "stopsignals.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTimer>

namespace EpisodeDesk::App::Commands {

using namespace EpisodeDesk::Models;

namespace {

// What `scheduler run` was asked for, checked before anything starts.
struct RunSettings
{
    double timeScale = 1.0;
    QDateTime startAt;
    QDateTime stopAt; // invalid: no end
    std::optional<qint64> graceSeconds;
    int timeoutSeconds = 0; // 0: the service's default
    bool once = false;
    bool simulated = false; // --time-scale or --start-at: the clock is not the wall clock
    double feedMinutes = 30; // 0: never refresh the show's feed
};

void addRunOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("once"), tr("Post what is due now, then exit.")});
    parser.addOption({QStringLiteral("grace"),
                      tr("Minutes a scheduled post may still go out late (default: the database's "
                         "setting, 30)."),
                      tr("MINUTES")});
    parser.addOption({QStringLiteral("timeout"), tr("Seconds to wait for X (default 30)."), tr("SECONDS")});
    // Simulation, for rehearsing a release day against the Sandbox: run the clock faster.
    parser.addOption(
        {QStringLiteral("time-scale"), tr("Run the clock this many times faster (simulation)."), tr("FACTOR")});
    parser.addOption({QStringLiteral("start-at"), tr("Start the simulated clock at this time."), tr("DATETIME")});
    parser.addOption({QStringLiteral("until"), tr("Exit once the clock passes this time."), tr("DATETIME")});
    parser.addOption({QStringLiteral("feed-every"),
                      tr("Refresh the show's feed at the start and every this many minutes (default 30; 0: never). "
                         "With --once, once before posting."),
                      tr("MINUTES")});
}

int readRunSettings(const Subcommand &command, RunSettings *settings)
{
    bool ok = true;
    settings->timeScale = command.isSet("time-scale") ? command.value("time-scale").toDouble(&ok) : 1.0;
    if (!ok || settings->timeScale <= 0) {
        return fail(ExitUsage, tr("--time-scale must be a positive number."));
    }
    settings->startAt =
        command.isSet("start-at") ? parseDateTime(command.value("start-at")).toUTC() : QDateTime::currentDateTimeUtc();
    settings->stopAt = command.isSet("until") ? parseDateTime(command.value("until")).toUTC() : QDateTime();
    if (!settings->startAt.isValid() || (command.isSet("until") && !settings->stopAt.isValid())) {
        return fail(ExitUsage, tr("Times must look like 2026-12-01T09:30 or 2026-12-01T09:30+01:00."));
    }
    if (command.isSet("grace")) {
        const int minutes = command.value("grace").toInt(&ok);
        if (!ok || minutes < 0) {
            return fail(ExitUsage, tr("--grace must be a number of minutes."));
        }
        settings->graceSeconds = qint64(minutes) * 60;
    }
    if (const int seconds = command.value("timeout").toInt(&ok); ok && seconds > 0) {
        settings->timeoutSeconds = seconds;
    }
    if (command.isSet("feed-every")) {
        settings->feedMinutes = command.value("feed-every").toDouble(&ok);
        if (!ok || settings->feedMinutes < 0) {
            return fail(ExitUsage, tr("--feed-every must be a number of minutes (0 turns the refresh off)."));
        }
    }
    settings->once = command.isSet("once");
    settings->simulated = command.isSet("time-scale") || command.isSet("start-at");
    return ExitOk;
}

// Counts what the scheduler reports, and says each as it happens: posted on stdout, the rest on stderr.
class Tally final
{
    Q_DECLARE_TR_FUNCTIONS(EpisodeDesk::App::Commands)

public:
    void follow(Scheduler *scheduler, QObject *context)
    {
        QObject::connect(scheduler, &Scheduler::postFinished, context, [this](const PostOutcome &outcome) {
            switch (outcome.kind) {
            case PostOutcome::Kind::Posted:
                ++m_posted;
                out() << tr("posted %1: %2")
                             .arg(outcome.configId)
                             .arg(outcome.postUrl.isEmpty() ? outcome.postId : outcome.postUrl.toString())
                      << Qt::endl;
                break;
            case PostOutcome::Kind::Unknown:
                ++m_unknown;
                err() << tr("unknown %1: %2").arg(outcome.configId).arg(outcome.message) << Qt::endl;
                break;
            case PostOutcome::Kind::Refused:
                break; // another window or process got there first: fine
            default:
                ++m_failed;
                err() << tr("failed %1: %2").arg(outcome.configId).arg(outcome.message) << Qt::endl;
                break;
            }
        });
        QObject::connect(scheduler, &Scheduler::missed, context, [this](qint64 id, const QDateTime &at) {
            ++m_missed;
            err() << tr("missed %1: it was due at %2; post or reschedule it")
                         .arg(id)
                         .arg(at.toLocalTime().toString(Qt::ISODate))
                  << Qt::endl;
        });
        QObject::connect(scheduler, &Scheduler::waiting, context,
                         [this](qint64 id, const QDateTime &, const QString &message) {
                             ++m_waiting;
                             err() << tr("waiting %1: %2").arg(id).arg(message) << Qt::endl;
                         });
        QObject::connect(scheduler, &Scheduler::held, context, [this](qint64 id, const QString &reason) {
            ++m_held;
            err() << tr("held %1: %2 It is not posted until the tweet, its episode or its account changes.")
                         .arg(id)
                         .arg(reason)
                  << Qt::endl;
        });
    }

    // The summary line, and the exit code the run ends with.
    int finish() const
    {
        // Held is appended only when there are any: scripts match the words before it.
        out() << tr("scheduler: %1 posted, %2 failed, %3 unknown, %4 missed, %5 waiting")
                     .arg(m_posted)
                     .arg(m_failed)
                     .arg(m_unknown)
                     .arg(m_missed)
                     .arg(m_waiting)
              << (m_held > 0 ? tr(", %1 held").arg(m_held) : QString()) << Qt::endl;
        if (m_unknown > 0) {
            return ExitUnknown;
        }
        return m_failed > 0 ? ExitFailed : ExitOk;
    }

private:
    int m_posted = 0;
    int m_failed = 0;
    int m_unknown = 0;
    int m_missed = 0;
    int m_waiting = 0;
    int m_held = 0;
};

// A refresh's outcome on standard error, so that the run's own lines on standard output stay as they
// are: only what a podcaster would want to know (new episodes, announcements, a failure).
void reportFeed(const FeedUpdate::Result &result)
{
    if (!result.ok()) {
        err() << tr("Feed: %1").arg(result.errorString) << Qt::endl;
        return;
    }
    if (result.changes.added > 0 || result.changes.announcements > 0) {
        err() << tr("Feed: %1 new episode(s), %2 announcement(s) made.")
                     .arg(result.changes.added)
                     .arg(result.changes.announcements)
              << Qt::endl;
    }
}

// Runs until --once is done, --until has passed, or SIGTERM/SIGINT.
int runUntilDone(PostingService &service, Scheduler &scheduler, const RunSettings &settings,
                 const std::function<QDateTime()> &clock, const QString &databasePath)
{
    QEventLoop loop;
    Tally tally;
    tally.follow(&scheduler, &loop);
    QString startError;
    QObject::connect(&scheduler, &Scheduler::started, &loop, [&](bool started, const QString &error) {
        if (!started) {
            startError = error;
            loop.quit();
        }
    });
    QTimer stopCheck;
    // Wakes the scheduler when the (simulated) end comes, so `idle` can end the run. Precise, and
    // re-armed for what is left: a coarse timer may fire up to 5 % early, and an early check that
    // finds nothing to do would leave the run waiting for a wake that never comes.
    stopCheck.setSingleShot(true);
    stopCheck.setTimerType(Qt::PreciseTimer);
    const QDateTime stopAt = settings.stopAt;
    const auto armStopCheck = [&] {
        const qint64 leftMs = clock().msecsTo(stopAt);
        stopCheck.start(std::chrono::milliseconds(qMax<qint64>(1, qint64(double(leftMs) / settings.timeScale) + 1)));
    };
    QObject::connect(&stopCheck, &QTimer::timeout, &scheduler, &Scheduler::checkNow);
    QObject::connect(&scheduler, &Scheduler::idle, &loop, [&] {
        if (settings.once || (stopAt.isValid() && clock() >= stopAt)) {
            loop.quit();
        } else if (stopAt.isValid()) {
            armStopCheck();
        }
    });
    if (stopAt.isValid()) {
        armStopCheck();
    }
    StopSignals stop;
    QObject::connect(&stop, &StopSignals::stopRequested, &loop, &QEventLoop::quit);
    // The feed, on its own thread: new episodes and their announcements while the scheduler runs.
    std::unique_ptr<FeedRefresher> feed;
    if (!settings.once && settings.feedMinutes > 0) {
        FeedRefresher::Options options;
        options.databasePath = databasePath;
        options.interval =
            std::chrono::milliseconds(qMax<qint64>(1, qint64(settings.feedMinutes * 60000 / settings.timeScale)));
        options.update.clock = clock;
        feed = std::make_unique<FeedRefresher>(options);
        QObject::connect(feed.get(), &FeedRefresher::refreshed, feed.get(), &reportFeed);
        feed->start();
    }
    service.start();
    scheduler.start();
    loop.exec();
    if (!startError.isEmpty()) {
        return fail(ExitError, startError);
    }
    return tally.finish();
}

// --once posts what is due now and exits; without it, it runs until stopped (SIGTERM/SIGINT).
int run(Invocation &invocation)
{
    Subcommand command(invocation, 3, tr("Posts scheduled tweets when they are due, without a window."));
    addRunOptions(command.parser);
    if (const auto stop = command.parse()) {
        return *stop;
    }
    RunSettings settings;
    if (const int code = readRunSettings(command, &settings); code != ExitOk) {
        return code;
    }
    if (!invocation.openDatabase()) {
        return ExitError;
    }
    invocation.database().close();

    QElapsedTimer elapsed;
    elapsed.start();
    std::function<QDateTime()> clock = [] {
        return QDateTime::currentDateTimeUtc();
    };
    if (settings.simulated) {
        clock = [startAt = settings.startAt, timeScale = settings.timeScale, elapsed] {
            return startAt.addMSecs(qint64(double(elapsed.elapsed()) * timeScale));
        };
    }
    const QString &databasePath = invocation.databasePath();
    SandboxHost sandbox(SandboxHost::storageFileFor(databasePath));
    PostingService::Options options;
    options.databasePath = databasePath;
    options.clock = clock;
    if (settings.timeoutSeconds > 0) {
        options.requestTimeout = std::chrono::seconds(settings.timeoutSeconds);
    }
    options.sandboxBaseUrl = [host = &sandbox] {
        return host->start() ? host->baseUrl() : QUrl();
    };
    options.secretStoreFactory = [](QObject *parent) -> SecretStore * {
        return new KeychainSecretStore(parent);
    };
    PostingService service(options);
    QObject::connect(&service, &PostingService::accountWarning, &service,
                     [](qint64, const QString &message) { err() << message << Qt::endl; });
    Scheduler::Options schedulerOptions;
    schedulerOptions.databasePath = databasePath;
    schedulerOptions.clock = clock;
    schedulerOptions.timeScale = settings.timeScale;
    schedulerOptions.graceSeconds = settings.graceSeconds;
    Scheduler scheduler(&service, schedulerOptions);
    if (settings.once && settings.feedMinutes > 0) {
        // Before posting, so that an announcement due now goes out in this run (cron's case).
        Database db;
        if (db.open(databasePath, QStringLiteral("scheduler-feed")) && FeedStore(db.connection()).feed()) {
            QNetworkAccessManager manager;
            FeedUpdate::Options feedOptions;
            feedOptions.clock = clock;
            reportFeed(FeedUpdate(db.connection(), &manager, feedOptions).refresh());
        }
    }
    return runUntilDone(service, scheduler, settings, clock, databasePath);
}

} // namespace

std::optional<int> runScheduler(Invocation &invocation)
{
    if (invocation.word(2) == QLatin1String("run")) {
        return run(invocation);
    }
    return std::nullopt;
}

} // namespace EpisodeDesk::App::Commands
