// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"

#include "databasesession.h"
#include "mainwindow.h"
#include "recentdatabases.h"
#include "secrets/databasepasswords.h"

#include <QApplication>
#include <QLoggingCategory>

namespace EpisodeDesk::App {

using namespace EpisodeDesk::Models;

Q_LOGGING_CATEGORY(lcApplication, "episodedesk.app")

Application::Application(bool demo, QObject *parent) : QObject(parent), m_demo(demo) { }

Application::~Application() = default;

Ui::MainWindow *Application::window() const
{
    return m_session ? m_session->window() : nullptr;
}

PostingService *Application::postingService() const
{
    return m_session ? m_session->postingService() : nullptr;
}

QString Application::currentLocation() const
{
    return m_session ? m_session->location().toString() : QString();
}

void Application::start(const QString &location)
{
    QMetaObject::invokeMethod(
        this,
        [this, location] {
            openSession(location,
                        [this](std::unique_ptr<DatabaseSession> session, const QString &error, Database::Error) {
                            if (!session) {
                                Q_EMIT started(false, error);
                                return;
                            }
                            adopt(std::move(session));
                            Q_EMIT started(true, QString());
                        });
        },
        Qt::QueuedConnection);
}

void Application::switchTo(const QString &location)
{
    QString error;
    const auto parsed = DatabaseLocation::parse(location, &error);
    Ui::MainWindow *current = window();
    if (!parsed) {
        if (current) {
            current->showOpenError(location, Database::Error::BadLocation, error);
        }
        Q_EMIT switched(false, error);
        return;
    }
    if (m_session && *parsed == m_session->location()) {
        Q_EMIT switched(true, QString()); // already open: nothing to do
        return;
    }
    // Asked first: the current window may have posts waiting for X, and the user may rather stay.
    if (current && !current->prepareToClose()) {
        Q_EMIT switched(false, tr("The current database stays open."));
        return;
    }
    openSession(
        location,
        [this, location](std::unique_ptr<DatabaseSession> session, const QString &message, Database::Error code) {
            if (!session) {
                qCInfo(lcApplication) << "the other database did not open; the current one stays";
                if (Ui::MainWindow *window = this->window()) {
                    window->showOpenError(location, code, message);
                }
                Q_EMIT switched(false, message);
                return;
            }
            adopt(std::move(session));
            Q_EMIT switched(true, QString());
        });
}

void Application::openSession(const QString &location, Opened done)
{
    auto open = [this, location, done] {
        // A server that does not answer takes libpq's connect timeout (10 s): show that work is going on.
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto session = std::make_unique<DatabaseSession>(m_demo);
        QString error;
        Database::Error code = Database::Error::None;
        const bool opened = session->open(location, &error, &code);
        QApplication::restoreOverrideCursor();
        if (!opened) {
            done(nullptr, error, code);
            return;
        }
        done(std::move(session), QString(), Database::Error::None);
    };
    const auto parsed = DatabaseLocation::parse(location, nullptr);
    if (!parsed || !parsed->isPostgreSql()) {
        open();
        return;
    }
    // The keychain answers asynchronously; this object is the context, so an answer after the
    // application is gone is dropped.
    DatabasePasswords::read(*parsed, this, [open, location = *parsed](const SecretResult &result, const QString &pw) {
        if (result.ok) {
            Database::setSessionPassword(location, pw);
        } else if (result.error != SecretError::NotFound) {
            // Not fatal: ~/.pgpass may have it; if the server insists, it says so.
            qCInfo(lcApplication) << "no team database password from the keychain:" << result.message;
        }
        open();
    });
}

void Application::adopt(std::unique_ptr<DatabaseSession> session)
{
    // The new window shows before the old one goes, so there is never a moment without a window (which
    // would end the application).
    std::unique_ptr<DatabaseSession> previous = std::move(m_session);
    m_session = std::move(session);
    // Queued: the switch deletes the window that asks, which must not happen inside its own signal.
    connect(m_session->window(), &Ui::MainWindow::openDatabaseRequested, this, &Application::switchTo,
            Qt::QueuedConnection);
    m_session->show();
    if (!m_demo) {
        Ui::RecentDatabases::add(m_session->location().toString());
    }
    previous.reset();
}

} // namespace EpisodeDesk::App
