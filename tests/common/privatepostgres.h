// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A PostgreSQL server of the test's own, for the failover tests that stop and restart the server: the
// shared one (the `postgres` fixture) must not go away under the other tests. It runs through
// cmake/test-postgres.sh, like the fixture, on a free port of 127.0.0.1, with its state in a QTemporaryDir.
//
//     PrivatePostgres server;
//     QVERIFY2(server.start(), qPrintable(server.errorString()));
//     ... Database::open(server.adminLocation(), ...) or TestDatabase::onServer(server.adminLocation()) ...
//     QVERIFY2(server.stopImmediately(), ...);   // a crash: connections drop, committed data stays
//     QVERIFY2(server.start(), ...);             // the same data on the same port
//
// The destructor stops the server and deletes its data. Each call waits for the script, which waits for
// pg_ctl, which waits until the server accepts connections (or has gone): no sleeps.

#include <QProcess>
#include <QString>
#include <QTcpServer>
#include <QTemporaryDir>

namespace EpisodeDesk::Tests {

class PrivatePostgres final
{
public:
    PrivatePostgres() = default;
    ~PrivatePostgres()
    {
        if (m_state != State::None) {
            stop();
        }
    }

    Q_DISABLE_COPY_MOVE(PrivatePostgres)

    // The first call (or the first after stop()) makes a fresh server on a free port; after
    // stopImmediately() it starts the server again on the same data and port; a running server is left
    // alone. False, with errorString(), when the server did not start.
    bool start()
    {
        if (m_state == State::Running) {
            return true;
        }
        if (m_state == State::Stopped) {
            return run({QStringLiteral("restart"), m_stateDir.path()}) && setState(State::Running);
        }
        if (!m_stateDir.isValid()) {
            m_error = QStringLiteral("cannot create a temporary directory: %1").arg(m_stateDir.errorString());
            return false;
        }
        // The port is free when asked for but may be taken by someone else before the server binds it:
        // then take another.
        for (int attempt = 0; attempt < 5; ++attempt) {
            m_port = freePort();
            if (m_port == 0) {
                m_error = QStringLiteral("no free TCP port on 127.0.0.1");
                return false;
            }
            if (run({QStringLiteral("start"), m_stateDir.path(), QString::number(m_port)})) {
                m_adminLocation = m_output.trimmed();
                return setState(State::Running);
            }
            if (!m_error.contains(QLatin1String("already in use"))) {
                break;
            }
        }
        // The script records the data directory before initdb: stop() removes what a failed start left.
        m_state = State::Stopped;
        stop();
        m_port = 0;
        return false;
    }

    // pg_ctl stop -m immediate: the server's processes quit at once, as in a crash; every connection
    // breaks. The data stays for start().
    bool stopImmediately()
    {
        if (m_state != State::Running) {
            m_error = QStringLiteral("the server is not running");
            return false;
        }
        return run({QStringLiteral("kill"), m_stateDir.path()}) && setState(State::Stopped);
    }

    // A clean restart (pg_ctl stop -m fast, then start): connections are closed, the data and port stay.
    bool restart()
    {
        if (m_state == State::None) {
            m_error = QStringLiteral("the server was never started");
            return false;
        }
        m_state = State::Stopped;
        return start();
    }

    // Stops the server and deletes its data; a later start() makes a fresh one.
    bool stop()
    {
        if (m_state == State::None) {
            return true;
        }
        const bool stopped = run({QStringLiteral("stop"), m_stateDir.path()});
        m_state = State::None;
        m_adminLocation.clear();
        return stopped;
    }

    bool isRunning() const { return m_state == State::Running; }
    quint16 port() const { return m_port; }
    // postgresql://postgres@127.0.0.1:PORT/postgres (trust authentication: no password); empty until started.
    QString adminLocation() const { return m_adminLocation; }
    QString errorString() const { return m_error; }

private:
    enum class State
    {
        None, // no server (never started, or stopped and deleted)
        Running,
        Stopped, // stopped immediately; its data waits for start()
    };

    bool setState(State state)
    {
        m_state = state;
        return true;
    }

    static quint16 freePort()
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            return 0;
        }
        return probe.serverPort();
    }

    // Runs cmake/test-postgres.sh; its stdout lands in m_output, and on failure its stderr in m_error.
    bool run(const QStringList &arguments)
    {
        QProcess script;
        script.setProgram(QStringLiteral("sh"));
        script.setArguments(QStringList {QStringLiteral(EPISODEDESK_SOURCE_DIR "/cmake/test-postgres.sh")} + arguments);
        script.start();
        // Generous: pg_ctl itself gives up after 30 s.
        if (!script.waitForFinished(90000)) {
            script.kill();
            script.waitForFinished();
            m_error = QStringLiteral("cmake/test-postgres.sh %1 did not finish").arg(arguments.join(QLatin1Char(' ')));
            return false;
        }
        m_output = QString::fromLocal8Bit(script.readAllStandardOutput());
        if (script.exitStatus() != QProcess::NormalExit || script.exitCode() != 0) {
            m_error = QStringLiteral("cmake/test-postgres.sh %1 failed: %2")
                          .arg(arguments.join(QLatin1Char(' ')),
                               QString::fromLocal8Bit(script.readAllStandardError()).trimmed());
            return false;
        }
        return true;
    }

    QTemporaryDir m_stateDir;
    State m_state = State::None;
    quint16 m_port = 0;
    QString m_adminLocation;
    QString m_output;
    QString m_error;
};

} // namespace EpisodeDesk::Tests
