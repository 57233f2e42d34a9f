// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The scale benchmark of issue 9 (see README.md next to this file). Not a test: it asserts nothing,
// it measures, and prints one JSON object on stdout (progress goes to stderr).
//
//   open                 database open → the main window's episode view shows rows (wall and CPU)
//   search_ms            typing into the search box until the episode proxy has settled, per term
//   status_filter_ms     choosing a state in the tweet filter
//   live_refresh_ms      another connection changes one tweet: ChangeWatcher::check() with the reload it
//                        triggers, MainWindow::reload() alone, and wall time until the view shows it
//   rss_mb               this process's peak resident set (VmHWM) and the resident set at the end
//   cli                  peak RSS and wall time of `episodedesk tweets list --json` and `episodes list
//                        --json` (stdout to /dev/null)

#include "mainwindow.h"
#include "scaleshow.h"
#include "store/changewatcher.h"
#include "store/database.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <fcntl.h>
#include <memory>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

#ifndef EPISODEDESK_BUILD_TYPE
#define EPISODEDESK_BUILD_TYPE "unknown"
#endif
#ifndef EPISODEDESK_APP_BINARY
#define EPISODEDESK_APP_BINARY ""
#endif

extern char **environ;

using namespace EpisodeDesk;

namespace {

double cpuMs()
{
    timespec spec {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec);
    return double(spec.tv_sec) * 1000.0 + double(spec.tv_nsec) / 1e6;
}

double threadCpuMs()
{
    timespec spec {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec);
    return double(spec.tv_sec) * 1000.0 + double(spec.tv_nsec) / 1e6;
}

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double round2(double value)
{
    return std::round(value * 100.0) / 100.0;
}

QJsonObject stats(std::vector<double> values)
{
    if (values.empty()) {
        return {};
    }
    std::sort(values.begin(), values.end());
    return {{QStringLiteral("median"), round2(values.at(values.size() / 2))},
            {QStringLiteral("min"), round2(values.front())},
            {QStringLiteral("max"), round2(values.back())},
            {QStringLiteral("count"), int(values.size())}};
}

// VmHWM / VmRSS of this process in MB.
double statusMb(const char *key)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray prefix = QByteArray(key) + ':';
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(prefix)) {
            return round2(line.mid(prefix.size()).trimmed().split(' ').constFirst().toDouble() / 1024.0);
        }
    }
    return -1;
}

// The high-water mark of a live process's current address space (VmHWM), in kB; -1 once it is gone.
qint64 childHighWaterKb(pid_t pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
        }
    }
    return -1;
}

// Runs a child with stdout to /dev/null. Its peak RSS is read from /proc while it runs: wait4's
// ru_maxrss would not do, because Linux carries a process's maximum across execve, so a child spawned by
// this (large) benchmark would report at least the benchmark's own size.
QJsonObject runChild(const QStringList &arguments)
{
    std::vector<QByteArray> storage;
    for (const QString &argument : arguments) {
        storage.push_back(argument.toLocal8Bit());
    }
    std::vector<char *> argv;
    for (QByteArray &bytes : storage) {
        argv.push_back(bytes.data());
    }
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, argv.front(), &actions, nullptr, argv.data(), environ) != 0) {
        posix_spawn_file_actions_destroy(&actions);
        return {{QStringLiteral("error"), QStringLiteral("cannot start %1").arg(arguments.constFirst())}};
    }
    posix_spawn_file_actions_destroy(&actions);
    int status = 0;
    rusage usage {};
    qint64 peakKb = 0;
    while (wait4(pid, &status, WNOHANG, &usage) == 0) {
        peakKb = std::max(peakKb, childHighWaterKb(pid));
        QThread::msleep(5);
    }
    return {{QStringLiteral("wall_ms"), round2(ms(timer))},
            {QStringLiteral("cpu_ms"),
             round2(double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
                    double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0)},
            {QStringLiteral("peak_rss_mb"), round2(double(peakKb) / 1024.0)},
            {QStringLiteral("exit_code"), WIFEXITED(status) ? WEXITSTATUS(status) : -1}};
}

template<typename Predicate> bool processUntil(Predicate done, int timeoutMs = 30000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("EpisodeDeskBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_scale"));
    // The window's QSettings and paths go to a test location, never to the user's.
    QStandardPaths::setTestModeEnabled(true);
    QLoggingCategory::setFilterRules(QStringLiteral("episodedesk.*.debug=false\nepisodedesk.*.info=false"));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"),
                      QStringLiteral("Use this database (made by gen_scale_show) instead of "
                                     "generating one."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("episodes"), QStringLiteral("Episodes to generate [100000]."), QStringLiteral("N"),
                      QStringLiteral("100000")});
    parser.addOption({QStringLiteral("tweets"), QStringLiteral("Tweets to generate [300000]."), QStringLiteral("N"),
                      QStringLiteral("300000")});
    parser.addOption({QStringLiteral("episodedesk"), QStringLiteral("The episodedesk binary for the CLI figures."),
                      QStringLiteral("PATH"), QStringLiteral(EPISODEDESK_APP_BINARY)});
    parser.addOption({QStringLiteral("repeat"), QStringLiteral("Repetitions of each latency [5]."), QStringLiteral("N"),
                      QStringLiteral("5")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Where the generated database goes [system temp]."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("parts"),
                      QStringLiteral("Comma-separated subset of search,filter,refresh,cli [all]; open always runs."),
                      QStringLiteral("LIST"), QStringLiteral("search,filter,refresh,cli")});
    parser.process(app);
    const QStringList parts = parser.value(QStringLiteral("parts")).split(QLatin1Char(','));
    const int repeat = std::max(1, parser.value(QStringLiteral("repeat")).toInt());

    QJsonObject result;
    QString path = parser.value(QStringLiteral("db"));
    std::unique_ptr<QTemporaryDir> dir;
    if (path.isEmpty()) {
        dir = parser.isSet(QStringLiteral("dir"))
            ? std::make_unique<QTemporaryDir>(parser.value(QStringLiteral("dir")) +
                                              QStringLiteral("/bench-scale-XXXXXX"))
            : std::make_unique<QTemporaryDir>();
        path = dir->filePath(QStringLiteral("scale.sqlite"));
        Bench::ScaleShowSize size;
        size.episodes = parser.value(QStringLiteral("episodes")).toInt();
        size.tweets = parser.value(QStringLiteral("tweets")).toInt();
        QElapsedTimer timer;
        timer.start();
        Models::Database gen;
        QString error;
        if (!gen.open(path, QStringLiteral("gen")) || !Bench::makeScaleShow(gen.connection(), size, &error)) {
            std::fprintf(stderr, "cannot make the show: %s %s\n", qPrintable(gen.errorString()), qPrintable(error));
            return 1;
        }
        gen.close();
        result.insert(QStringLiteral("generate_ms"), round2(ms(timer)));
        std::fprintf(stderr, "generated %s in %.0f ms\n", qPrintable(path), ms(timer));
    }
    {
        QSqlDatabase counts = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("counts"));
        counts.setDatabaseName(path);
        counts.open();
        QSqlQuery query(counts);
        query.exec(QStringLiteral("SELECT (SELECT count(*) FROM episodes), (SELECT count(*) FROM tweet_configs)"));
        query.next();
        result.insert(QStringLiteral("episodes"), query.value(0).toInt());
        result.insert(QStringLiteral("tweets"), query.value(1).toInt());
        query.finish();
        counts.close();
        counts = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("counts"));
    }
    result.insert(QStringLiteral("database_mb"), round2(double(QFileInfo(path).size()) / 1048576.0));
    const double rssBeforeOpen = statusMb("VmRSS");

    // --- Open: the database, the window, its first rows ---------------------------------------------
    QElapsedTimer openTimer;
    openTimer.start();
    const double openCpu0 = cpuMs();
    Models::Database db;
    if (!db.open(path, QStringLiteral("gui"))) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorString()));
        return 1;
    }
    const double dbOpenMs = ms(openTimer);
    auto window = std::make_unique<Ui::MainWindow>(db.connection());
    const double constructedMs = ms(openTimer);
    window->resize(1200, 800);
    window->show();
    auto *episodeView = window->findChild<QTableView *>(QStringLiteral("episodeView"));
    auto *tweetView = window->findChild<QTableView *>(QStringLiteral("tweetView"));
    auto *searchEdit = window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    auto *statusFilter = window->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    auto *watcher = window->findChild<Models::ChangeWatcher *>();
    if (!episodeView || !tweetView || !searchEdit || !statusFilter || !watcher) {
        std::fprintf(stderr, "the window lacks a widget the benchmark needs\n");
        return 1;
    }
    processUntil([&] { return episodeView->model()->rowCount() > 0 && episodeView->isVisible(); });
    QCoreApplication::processEvents(); // the first paint
    const double firstRowsMs = ms(openTimer);
    const double openCpu = cpuMs() - openCpu0;
    result.insert(QStringLiteral("open"),
                  QJsonObject {{QStringLiteral("database_open_ms"), round2(dbOpenMs)},
                               {QStringLiteral("window_constructed_ms"), round2(constructedMs)},
                               {QStringLiteral("first_rows_ms"), round2(firstRowsMs)},
                               {QStringLiteral("cpu_ms"), round2(openCpu)},
                               {QStringLiteral("rss_growth_mb"), round2(statusMb("VmRSS") - rssBeforeOpen)},
                               {QStringLiteral("episode_rows"), episodeView->model()->rowCount()},
                               {QStringLiteral("target_ms"), 300}});
    std::fprintf(stderr, "first rows after %.0f ms (%.0f ms CPU)\n", firstRowsMs, openCpu);

    // --- Search ---------------------------------------------------------------------------------------
    QAbstractItemModel *episodes = episodeView->model();
    auto timeSearch = [&](const QString &text) {
        QElapsedTimer timer;
        timer.start();
        searchEdit->setText(text);
        QCoreApplication::processEvents(); // whatever the change queued (view layout, selection)
        return ms(timer);
    };
    struct Term
    {
        const char *name;
        QString text;
    };
    const std::vector<Term> terms = {{"title_word", Bench::scaleShowTitleWord()},
                                     {"tweet_only_word", Bench::scaleShowTweetOnlyWord()},
                                     {"notes_word", QStringLiteral("mailbag")},
                                     {"no_match", QStringLiteral("qqxqzv")}};
    QJsonObject search;
    std::vector<double> clearing;
    for (const Term &term : parts.contains(QLatin1String("search")) ? terms : std::vector<Term> {}) {
        std::vector<double> times;
        int rows = 0;
        for (int i = 0; i < repeat; ++i) {
            times.push_back(timeSearch(term.text));
            rows = episodes->rowCount();
            clearing.push_back(timeSearch(QString()));
        }
        QJsonObject entry = stats(times);
        entry.insert(QStringLiteral("term"), term.text);
        entry.insert(QStringLiteral("rows"), rows);
        search.insert(QString::fromLatin1(term.name), entry);
    }
    // Typing a word letter by letter: each keystroke is a search.
    if (parts.contains(QLatin1String("search"))) {
        std::vector<double> times;
        const QString word = Bench::scaleShowTweetOnlyWord();
        for (int i = 0; i < repeat; ++i) {
            for (int n = 1; n <= word.size(); ++n) {
                times.push_back(timeSearch(word.left(n)));
            }
            clearing.push_back(timeSearch(QString()));
        }
        search.insert(QStringLiteral("typing_per_keystroke"), stats(times));
    }
    search.insert(QStringLiteral("clearing"), stats(clearing));
    search.insert(QStringLiteral("target_ms"), 50);
    if (parts.contains(QLatin1String("search"))) {
        result.insert(QStringLiteral("search_ms"), search);
    }
    std::fprintf(stderr, "search done\n");

    // --- Status filter (on the tweets of the current episode) ----------------------------------------
    window->selectEpisode(result.value(QStringLiteral("episodes")).toInt()); // the newest: tweets still to go
    QCoreApplication::processEvents();
    if (parts.contains(QLatin1String("filter"))) {
        std::vector<double> times;
        for (int i = 0; i < repeat; ++i) {
            for (int index = 1; index <= statusFilter->count(); ++index) {
                QElapsedTimer timer;
                timer.start();
                statusFilter->setCurrentIndex(index % statusFilter->count()); // ends on "All"
                QCoreApplication::processEvents();
                times.push_back(ms(timer));
            }
        }
        QJsonObject entry = stats(times);
        entry.insert(QStringLiteral("target_ms"), 50);
        entry.insert(QStringLiteral("tweet_rows"), tweetView->model()->rowCount());
        result.insert(QStringLiteral("status_filter_ms"), entry);
    }

    // --- Live refresh: another connection changes one tweet of the episode on screen ------------------
    if (parts.contains(QLatin1String("refresh"))) {
        Models::Database other;
        other.open(path, QStringLiteral("other"));
        QSqlQuery writer(other.connection());
        std::vector<double> checkMs;
        std::vector<double> checkCpuMs;
        std::vector<double> reloadMs;
        std::vector<double> untilShownMs;
        QAbstractItemModel *tweets = tweetView->model();
        const int tweetRows = tweets->rowCount();
        for (int i = 0; i < repeat * 2 && tweetRows > 0; ++i) {
            const qint64 id = tweets->index(i % tweetRows, 0).data(Qt::UserRole).toLongLong();
            const QString error = QStringLiteral("Changed by another process (%1)").arg(i);
            // Alternate the two flavours of change: a new error message, and enabled flipped.
            writer.exec(QStringLiteral("UPDATE tweet_configs SET last_error = '%1', enabled = 1 - enabled, "
                                       "updated_at = '%2' WHERE id = %3")
                            .arg(error, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
                            .arg(id));
            const QVariant before = tweets->index(i % tweetRows, 0).data(Qt::ToolTipRole);
            QElapsedTimer timer;
            timer.start();
            if (i % 2 == 0) {
                // What the poll does: ChangeWatcher::check() emits changed(), which reloads the window.
                const double cpu0 = threadCpuMs();
                watcher->check();
                checkMs.push_back(ms(timer));
                checkCpuMs.push_back(threadCpuMs() - cpu0);
            } else {
                window->reload();
                reloadMs.push_back(ms(timer));
                watcher->check(); // consume the version, so the next round starts clean
            }
            processUntil([&] { return tweets->index(i % tweetRows, 0).data(Qt::ToolTipRole) != before; }, 5000);
            untilShownMs.push_back(ms(timer));
        }
        QJsonObject entry;
        entry.insert(QStringLiteral("change_watcher_check"), stats(checkMs));
        entry.insert(QStringLiteral("change_watcher_check_cpu"), stats(checkCpuMs));
        entry.insert(QStringLiteral("window_reload"), stats(reloadMs));
        entry.insert(QStringLiteral("until_view_shows_it"), stats(untilShownMs));
        entry.insert(QStringLiteral("target_ms"), 20);
        result.insert(QStringLiteral("live_refresh_ms"), entry);
    }

    result.insert(QStringLiteral("rss_mb"),
                  QJsonObject {{QStringLiteral("peak"), statusMb("VmHWM")},
                               {QStringLiteral("at_end"), statusMb("VmRSS")},
                               {QStringLiteral("target_peak"), 200}});
    window.reset();
    db.close();

    // --- The command line's list commands ------------------------------------------------------------
    const QString binary = parser.value(QStringLiteral("episodedesk"));
    if (!parts.contains(QLatin1String("cli"))) {
        // not asked for
    } else if (QFileInfo(binary).isExecutable()) {
        QJsonObject cli;
        cli.insert(QStringLiteral("tweets_list_json"),
                   runChild({binary, QStringLiteral("--db"), path, QStringLiteral("tweets"), QStringLiteral("list"),
                             QStringLiteral("--json")}));
        cli.insert(QStringLiteral("episodes_list_json"),
                   runChild({binary, QStringLiteral("--db"), path, QStringLiteral("episodes"), QStringLiteral("list"),
                             QStringLiteral("--json")}));
        cli.insert(QStringLiteral("binary"), binary);
        result.insert(QStringLiteral("cli"), cli);
    } else {
        result.insert(QStringLiteral("cli"), QJsonObject {{QStringLiteral("error"), QStringLiteral("no binary")}});
    }

    result.insert(QStringLiteral("machine"),
                  QJsonObject {{QStringLiteral("nproc"), QThread::idealThreadCount()},
                               {QStringLiteral("qt_version"), QString::fromLatin1(qVersion())},
                               {QStringLiteral("build_type"), QStringLiteral(EPISODEDESK_BUILD_TYPE)},
                               {QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                               {QStringLiteral("os"), QSysInfo::prettyProductName()}});
    std::fprintf(stdout, "%s\n", QJsonDocument(result).toJson(QJsonDocument::Indented).constData());
    return 0;
}
