// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs the real `episodedesk` executable, as scripts and cron do. Waiting spins the event loop (never a
// blocking waitForFinished) because the local X server these runs post to lives on this thread.

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

namespace EpisodeDesk::Tests {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// `environment` adds to (or overrides) this process's environment, e.g. EPISODEDESK_MACHINE_ID to play
// another computer on a team database.
inline QProcess *startCli(const QStringList &arguments, QObject *parent,
                          const QHash<QString, QString> &environment = {})
{
    auto *process = new QProcess(parent);
    process->setProgram(QStringLiteral(EPISODEDESK_APP_BINARY));
    process->setArguments(arguments);
    if (!environment.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (auto it = environment.cbegin(); it != environment.cend(); ++it) {
            env.insert(it.key(), it.value());
        }
        process->setProcessEnvironment(env);
    }
    process->start();
    return process;
}

inline CliResult finishCli(QProcess *process, const QByteArray &input = {}, int timeoutMs = 60000)
{
    if (!input.isNull()) {
        process->write(input);
    }
    process->closeWriteChannel();
    CliResult result;
    if (!QTest::qWaitFor([process] { return process->state() == QProcess::NotRunning; }, timeoutMs)) {
        process->kill();
        process->waitForFinished();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.exitCode = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
    result.out = QString::fromUtf8(process->readAllStandardOutput()).trimmed();
    result.err = QString::fromUtf8(process->readAllStandardError()).trimmed();
    // In a sanitizer build (the asan and tsan presets) the executable reports on its stderr, which the
    // tests only compare. Show the report and fail the test, also where any exit code would do.
    if (result.err.contains(QLatin1String("Sanitizer:"))) {
        qWarning().noquote().nospace() << "episodedesk " << process->arguments().join(QLatin1Char(' '))
                                       << " reported:\n"
                                       << result.err;
        QTest::qFail("the episodedesk process reported a sanitizer error (above)", __FILE__, __LINE__);
    }
    return result;
}

inline CliResult runCli(const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 60000)
{
    QObject owner;
    return finishCli(startCli(arguments, &owner), input, timeoutMs);
}

// One database file driven through the command line, as a script would drive it.
class CliDatabase
{
public:
    explicit CliDatabase(QString path) : m_path(std::move(path)) { }

    const QString &path() const { return m_path; }

    CliResult run(const QStringList &arguments, const QByteArray &input = {}) const
    {
        return runCli(QStringList {QStringLiteral("--db"), m_path} + arguments, input);
    }

    // Runs an `add` command and returns the id it printed (empty on failure, with a warning).
    QString add(const QStringList &arguments, const QByteArray &input = {}) const
    {
        const CliResult result = run(arguments, input);
        bool ok = false;
        result.out.toLongLong(&ok);
        if (result.exitCode != 0 || !ok) {
            qWarning() << "command failed:" << arguments << result.exitCode << result.err;
            return {};
        }
        return result.out;
    }

    QJsonArray tweets() const
    {
        const CliResult result = run({QStringLiteral("tweets"), QStringLiteral("list"), QStringLiteral("--json")});
        return QJsonDocument::fromJson(result.out.toUtf8()).array();
    }

    QJsonObject tweet(const QString &id) const
    {
        for (const QJsonValue &value : tweets()) {
            if (QString::number(value.toObject().value(QLatin1String("id")).toInteger()) == id) {
                return value.toObject();
            }
        }
        return {};
    }

    QString status(const QString &id) const { return tweet(id).value(QLatin1String("status")).toString(); }

private:
    QString m_path;
};

} // namespace EpisodeDesk::Tests
